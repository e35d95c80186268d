import { rosterNames } from '../domain/names.js';
import { readFileSync } from 'node:fs';
import { Lexer, marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { messages } from '../i18n/index.js';
import { journalMessages } from '../i18n/journal.js';
import type { JournalEvent } from '../journal/schema.js';
import { loadRoster } from '../roster/load.js';
import { blocksHtml, blocksMarkdown, duration } from './evaluation.js';
import { eventText, listText, md, oneLine, type JournalView } from './journal.js';

const roster = loadRoster(readFileSync(new URL('../../roster.yaml', import.meta.url)), { file: 'roster.yaml' }).roster!;
const view = (lang: 'da' | 'en'): JournalView => ({ t: messages(lang), j: journalMessages(lang), lang, names: rosterNames(roster, lang) });

describe('markdown escaping of user text', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a | b', 'a | b'],
    ['**fed** _kursiv_', '**fed** _kursiv_'],
    ['[klik](javascript:alert(1))', '[klik](javascript:alert(1))'],
    ['`kode`', '`kode`'],
    ['linje 1\nlinje 2', 'linje 1 linje 2'],
    ['&amp; &lt;', '&amp;amp; &amp;lt;'],
    ['back\\slash', 'back\\slash'],
  ])('%j reads back as itself inside a table cell', (input, html) => {
    const doc = `| a |\n| --- |\n| ${md(input)} |\n`;
    const table = Lexer.lex(doc)[0] as unknown as { rows: { text: string }[][] };
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]).toHaveLength(1);
    const rendered = marked.parse(doc, { async: false });
    expect(rendered).toContain(`<td>${html}</td>`);
  });

  it('folds newlines and removes control characters for one-line listings', () => {
    expect(oneLine('a\r\nb\tc\u001b[31md\u0007')).toBe('a b c[31md');
  });
});

describe('entries in words', () => {
  const base = { schemaVersion: 1 as const, activation: '2026-12-23T1000-red-abcd', at: '2026-12-23T10:00:00+01:00' };
  it.each<[JournalEvent, string, string]>([
    [{ ...base, type: 'start', level: 'red', reason: 'Uro' }, 'Rødt niveau aktiveret: Uro', 'Red level activated: Uro'],
    [{ ...base, type: 'call', contact: 'politi-vagtchef', answered: false }, 'Ringede til Østjyllands Politis vagtchef: intet svar', 'Called East Jutland Police duty officer: no answer'],
    [{ ...base, type: 'informed', duty: 'beboere', channel: 'sms', by: 'Ida' }, 'Informeret: Louise Hou Kragh informerer beboerne', 'Informed: Louise Hou Kragh informs residents'],
    [{ ...base, type: 'evaluation', decided: false }, 'Gruppen besluttede ikke at evaluere', 'The group decided not to evaluate'],
    [{ ...base, type: 'interrupted', reason: 'Ctrl-C' }, 'Afbrudt: Ctrl-C', 'Interrupted: Ctrl-C'],
  ])('%#', (event, da, en) => {
    expect(eventText(event, view('da'))).toContain(da);
    expect(eventText(event, view('en'))).toContain(en);
  });

  it.each([
    [0, '0 min.'],
    [59, '59 min.'],
    [60, '1 t.'],
    [1020, '17 t.'],
    [1441, '1 døgn 1 min.'],
  ])('duration %i → %s', (minutes, text) => expect(duration(minutes, view('da'))).toBe(text));
});

describe('one document, two formats', () => {
  it('escapes every block kind in HTML and keeps headings single-line in markdown', () => {
    const v = view('da');
    const blocks = [
      { kind: 'h1' as const, text: '<h1>x</h1>' },
      { kind: 'p' as const, text: 'a\n# b' },
      { kind: 'list' as const, items: ['<img src=x>'] },
      { kind: 'table' as const, head: ['"q"'], rows: [["'s' & <t>"]] },
    ];
    const html = blocksHtml(blocks, v, '<title>');
    expect(html).not.toMatch(/<h1>x|<img|<title><title>/);
    expect(html).toContain('&#39;s&#39; &amp; &lt;t&gt;');
    const tokens = Lexer.lex(blocksMarkdown(blocks, v));
    expect(tokens.filter((t) => t.type === 'heading')).toHaveLength(1);
  });
});

describe('the list of activations', () => {
  const summary = { id: '2026-12-18T2130-red-a1b2', drill: false, startLevel: 'red' as const, level: 'yellow' as const, highest: 'red' as const, startedAt: '2026-12-18T21:30:00+01:00', interrupted: false, open: true, entries: 4 };
  it('shows the highest level reached and where it stands now', () => {
    const da = listText([summary], view('da'));
    expect(da).toContain('Rødt → Gult');
    expect(listText([summary], view('en'))).toContain('Red → Yellow');
  });
  it('shows one level where it never changed', () => {
    const da = listText([{ ...summary, level: 'red', highest: 'red' }], view('da'));
    expect(da).not.toContain('→');
  });
});
