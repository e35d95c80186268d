import { parse as parseCsv } from 'csv-parse/sync';
import { Lexer, marked } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  cssString,
  csvCell,
  foldContentLine,
  html,
  icalParameter,
  markdown,
  replaceUnsafe,
  terminalSafe,
  terminalSafeData,
  vcardText,
  withoutControls,
  workflowData,
  workflowProperty,
  xmlText,
} from './escape.js';

/** Every character of the unsafe set, one of each kind, and what no output may contain raw. */
const HOSTILE = 'a\x00b\x07c\x1b[2Jd\x7fe\x85f\x9b31mg\u202eh\u202ai\u2066j\u2069k\ufffel\uffffm\ud800n\udc00o';
// eslint-disable-next-line no-control-regex
const RAW = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('the one set of unsafe characters', () => {
  it.each([
    ['C0 controls', 'a\x00b\x01c\x07d\x1be\x1f', 'a\ufffdb\ufffdc\ufffdd\ufffde\ufffd'],
    ['DEL and C1 controls', 'a\x7fb\x80c\x85d\x9be\x9f', 'a\ufffdb\ufffdc\ufffdd\ufffde\ufffd'],
    ['bidi embeddings, overrides and isolates', 'a\u202ab\u202ec\u2066d\u2069', 'a\ufffdb\ufffdc\ufffdd\ufffd'],
    ['noncharacters', 'a\ufffeb\uffff', 'a\ufffdb\ufffd'],
    ['lone surrogates', 'a\ud800b\udc00', 'a\ufffdb\ufffd'],
    ['line breaks and tab', 'a\tb\nc\rd', 'a\ufffdb\ufffdc\ufffdd'],
    ['what is not among them', 'Søren Ærø – “citat” 😀 Ikke\u00a0brud \u200b', 'Søren Ærø – “citat” 😀 Ikke\u00a0brud \u200b'],
  ])('%s', (_what, input, expected) => expect(replaceUnsafe(input)).toBe(expected));

  it('keeps what the format asks to keep', () => expect(replaceUnsafe('a\tb\nc\rd\x1b', '\t\n\r')).toBe('a\tb\nc\rd\ufffd'));
});

describe('terminalSafe: one line on a terminal', () => {
  it.each([
    ['\x1b[2J\x1b[31mClaus\x1b]0;pwned\x07', '\ufffd[2J\ufffd[31mClaus\ufffd]0;pwned\ufffd'],
    ['Claus\0Hansen', 'Claus\ufffdHansen'],
    ['Claus\nHansen\t!', 'Claus Hansen !'],
    // A carriage return would move the cursor to the start of the line: it is shown, not obeyed.
    ['Claus\r\nHansen', 'Claus\ufffd Hansen'],
    ['Linje\n\nSkift', 'Linje  Skift'],
    ['a\u202eb\u2066c\u2069', 'a\ufffdb\ufffdc\ufffd'],
    ['\x9b31m', '\ufffd31m'],
    ['Åse Ørum 😀 Ikke\u00a0brud', 'Åse Ørum 😀 Ikke\u00a0brud'],
  ])('%j → %j', (input, expected) => expect(terminalSafe(input)).toBe(expected));

  it('leaves nothing of the unsafe set and no line break', () => {
    expect(terminalSafe(HOSTILE)).not.toMatch(RAW);
    expect(terminalSafe(`${HOSTILE}\r\n\t`)).not.toMatch(/[\r\n\t]/);
  });

  it('cleans every string in plain data and keeps other objects', () => {
    const date = new Date(0);
    const data = terminalSafeData({ a: ['x\x1by'], b: { c: 'p\nq', d: 3 }, date });
    expect(data).toEqual({ a: ['x\ufffdy'], b: { c: 'p q', d: 3 }, date });
    expect(data.date).toBe(date);
  });
});

describe('withoutControls: JSON', () => {
  it('shows the unsafe characters as U+FFFD and keeps line breaks and tabs', () => {
    expect(withoutControls({ note: 'Ryd \x1b[2J\u202eskærmen\nny linje\tx\r', n: 2 })).toEqual({ note: 'Ryd \ufffd[2J\ufffdskærmen\nny linje\tx\r', n: 2 });
    expect(JSON.stringify(withoutControls([HOSTILE]))).not.toMatch(/\\u00(0|1[0-9a-f]|7f|8|9)|\\ud[89ab]/i);
  });
});

describe('markdown: read as text, never as markup', () => {
  it.each([
    ['Claus Hansen', 'Claus Hansen'],
    ['a|b', 'a\\|b'],
    ['<script>x</script>', '\\<script\\>x\\</script\\>'],
    ['Vagt <b>&amp;</b>', 'Vagt \\<b\\>\\&amp;\\</b\\>'],
    ['*fed* _kursiv_ `kode` ~streg~', '\\*fed\\* \\_kursiv\\_ \\`kode\\` \\~streg\\~'],
    ['[link](http://x) ![billede](y)', '\\[link\\](http://x) \\!\\[billede\\](y)'],
    ['# ikke en overskrift', '\\# ikke en overskrift'],
    ['Linje\nSkift', 'Linje Skift'],
    ['Linje \r\n  # overskrift', 'Linje \\# overskrift'],
    ['- ikke en liste', '\\- ikke en liste'],
    ['+ heller ikke', '\\+ heller ikke'],
    ['2025. ikke en nummereret liste', '2025\\. ikke en nummereret liste'],
    ['1) heller ikke', '1\\) heller ikke'],
    ['=== ', '\\=== '],
    ['a\\b', 'a\\\\b'],
    ['Tab\there', 'Tab here'],
    ['\x1b[31mrød\u202e', '\ufffd\\[31mrød\ufffd'],
    ['42 14 86 00', '42 14 86 00'],
    ['Børne- og ungecenter', 'Børne- og ungecenter'],
  ])('%j → %j', (input, expected) => expect(markdown(input)).toBe(expected));

  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a | b', 'a | b'],
    ['**fed** _kursiv_', '**fed** _kursiv_'],
    ['[klik](javascript:alert(1))', '[klik](javascript:alert(1))'],
    ['`kode`', '`kode`'],
    ['linje 1\nlinje 2', 'linje 1 linje 2'],
    ['&amp; &lt;', '&amp;amp; &amp;lt;'],
    ['back\\slash', 'back\\slash'],
    ['- 1. # > liste', '- 1. # &gt; liste'],
  ])('%j reads back as itself inside a table cell', (input, rendered) => {
    const doc = `| a |\n| --- |\n| ${markdown(input)} |\n`;
    const table = Lexer.lex(doc)[0] as unknown as { rows: { text: string }[][] };
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]).toHaveLength(1);
    expect(marked.parse(doc, { async: false })).toContain(`<td>${rendered}</td>`);
  });

  it('a text at the start of a line opens no list, heading, quote or underline', () => {
    for (const text of ['- a', '+ a', '1. a', '1) a', '# a', '> a', '===', '---']) {
      expect(marked.parse(markdown(text), { async: false }), text).toMatch(/^<p>/);
    }
  });
});

describe('html: text and attribute values', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [`"q" & 's'`, '&quot;q&quot; &amp; &#39;s&#39;'],
    ['&amp;', '&amp;amp;'],
    ['Linje\nSkift\tx', 'Linje\nSkift\tx'],
    ['a\x1b[2Jb\u202ec\x00', 'a\ufffd[2Jb\ufffdc\ufffd'],
    ['Søren 😀', 'Søren 😀'],
  ])('%j → %j', (input, expected) => expect(html(input)).toBe(expected));

  it('an attribute value cannot be left, whichever quote holds it', () => {
    const value = html(`x" onerror="alert(1)' y='`);
    expect(value).not.toMatch(/["'<>]/);
  });

  it('leaves nothing of the unsafe set but line breaks and tabs', () => expect(html(HOSTILE)).not.toMatch(RAW));
});

describe('cssString', () => {
  it.each([
    ['Version 3', '"Version 3"'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ['</style><script>', '"\\3C /style>\\3C script>"'],
    ['to\nlinjer\r\nher', '"to\\A linjer\\A her"'],
    ['a\x1bb\u202ec\rd', '"a\ufffdb\ufffdc\ufffdd"'],
  ])('%j → %j', (input, expected) => expect(cssString(input)).toBe(expected));
});

describe('xmlText: a Word file Word opens', () => {
  it.each([
    ['Ida\u0007Berg\u0001', 'Ida\ufffdBerg\ufffd'],
    ['Ida\u000cBerg\u000b', 'Ida\ufffdBerg\ufffd'],
    ['Ida\ud800Berg', 'Ida\ufffdBerg'],
    ['Ida\u202eBerg\u0085', 'Ida\ufffdBerg\ufffd'],
    ['Linje\nSkift\tx', 'Linje\nSkift\tx'],
    ['Ida 😀 Berg', 'Ida 😀 Berg'],
  ])('%j → %j', (input, expected) => expect(xmlText(input)).toBe(expected));
});

describe('csvCell: a Danish Excel', () => {
  it.each([
    ['Claus Hansen', 'Claus Hansen'],
    ['a;b', '"a;b"'],
    ['Org "A"', '"Org ""A"""'],
    ['Linje\nSkift', '"Linje\nSkift"'],
    ['Linje\r\nSkift', '"Linje\r\nSkift"'],
    [' kant ', '" kant "'],
    ['=1+1', "'=1+1"],
    ['+SUM(A1:A9)', "'+SUM(A1:A9)"],
    ['-1; @home', `"'-1; @home"`],
    ['@SUM(A1)', "'@SUM(A1)"],
    [' =1+1', "' =1+1"],
    ['\u00a0=1+1', "'\u00a0=1+1"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['Kommune; =1+1', '"Kommune; =1+1"'],
    ['a\x1bb\u202ec', 'a\ufffdb\ufffdc'],
    ['40 86 74 08', '40 86 74 08'],
  ])('%j → %j', (input, expected) => expect(csvCell(input)).toBe(expected));

  it('reads back as the cell it was, formulas made text', () => {
    const cells = ['=HYPERLINK("http://evil.example","Ring")', 'a;b\r\nc', '"q"', ' x '];
    const [row] = parseCsv(cells.map(csvCell).join(';') + '\r\n', { delimiter: ';' }) as string[][];
    expect(row).toEqual([`'${cells[0]}`, cells[1], cells[2], cells[3]]);
  });
});

describe('vCard and iCalendar', () => {
  it.each([
    ['Hansen, Claus; chef', 'Hansen\\, Claus\\; chef'],
    ['back\\slash', 'back\\\\slash'],
    ['Linje\nSkift\r\nigen', 'Linje\\nSkift\\nigen'],
    ['a\rb\x1bc\u202ed', 'a\ufffdb\ufffdc\ufffdd'],
  ])('vcardText %j → %j', (input, expected) => expect(vcardText(input)).toBe(expected));

  it.each([
    ['Claus "C" Hansen', "Claus 'C' Hansen"],
    ['Linje\r\n\tSkift', 'Linje Skift'],
    ['a\x1bb\u202ec', 'a\ufffdb\ufffdc'],
  ])('icalParameter %j → %j', (input, expected) => expect(icalParameter(input)).toBe(expected));

  it('folds at 75 octets, continuation lines starting with a space, never inside a character', () => {
    expect(foldContentLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldContentLine('x'.repeat(150))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
    const folded = foldContentLine(`NOTE:${'æ'.repeat(80)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`NOTE:${'æ'.repeat(80)}`);
  });
});

describe('GitHub workflow commands', () => {
  it.each([
    ['50% done', '50%25 done'],
    ['to\r\nlinjer', 'to%0D%0Alinjer'],
    ['a\x1b[2Jb\u202e', 'a\ufffd[2Jb\ufffd'],
    ['a: b, c', 'a: b, c'],
  ])('data %j → %j', (input, expected) => expect(workflowData(input)).toBe(expected));

  it.each([
    ['roster.yaml', 'roster.yaml'],
    ['C:\\a,b.yaml', 'C%3A\\a%2Cb.yaml'],
    ['x\ny', 'x%0Ay'],
  ])('property %j → %j', (input, expected) => expect(workflowProperty(input)).toBe(expected));
});
