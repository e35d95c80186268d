import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { ROOT, SHIPPED } from './helpers.js';
import { run as beredskab } from './run.js';

/*
 * The generated Randers document held against the plan it transcribes, paragraph by paragraph: every prose paragraph
 * of the seed is in the document, and every paragraph of the document's body is the seed's (the annex aside).
 */

/** The Randers plan as published (a copy of the seed it was transcribed from). */
const SEED_TEXT = readFileSync(`${ROOT}tests/fixtures/seed-randers.md`, 'utf8');

/** The misprints the shipped roster documents as corrected (its header comment), and nothing else. */
const CORRECTED: Array<[string, string]> = [
  ['SJÆLLANDSGADEKVARTRET', 'SJÆLLANDSGADEKVARTERET'],
  ['Politikommisær', 'Politikommissær'],
  ['Vagtcchef', 'Vagtchef'],
  ['sociale udsatte', 'socialt udsatte'],
];

/** Case, spacing and the grouping of phone numbers do not matter. */
const normal = (text: string) =>
  text
    .replace(/\*\*/g, '')
    .replace(/^\s*[-•]\s+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/(\d) (?=\d)/g, '$1');

/** Data generated from the roster may order title, organisation and name differently: the same words count. */
const words = (text: string) =>
  normal(text)
    .replace(/[,.:()]/g, ' ')
    .split(' ')
    .filter(Boolean)
    .sort()
    .join(' ');

interface SeedParagraph {
  text: string;
  section: string;
  data: boolean;
}

function seedParagraphs(): { title: string; headings: string[]; paragraphs: SeedParagraph[] } {
  let source = SEED_TEXT;
  for (const [wrong, right] of CORRECTED) source = source.split(wrong).join(right);
  const headings: string[] = [];
  const paragraphs: SeedParagraph[] = [];
  let title = '';
  let section = 'indledning';
  let block: string[] = [];
  const flush = () => {
    const lines = block;
    block = [];
    if (!lines.length) return;
    const push = (text: string, data: boolean) => paragraphs.push({ text, section, data });
    if (lines.some((l) => l.includes('\t'))) return lines.forEach((l) => push(l.replace(/\t/g, ' '), true));
    if (lines.every((l) => l.startsWith('- '))) {
      return lines.forEach((l) => push(l, (section === 'omverdenen' && l.includes('tlf.')) || l.includes('telefonnummer 114')));
    }
    const text = lines.join(' ');
    push(text, section === 'underskrift' || (section === 'deltagere' && text.includes('tlf.')));
  };
  for (const line of source.split('\n')) {
    const heading = /^(#+)\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const text = heading[2]!.replace(/\*\*/g, '').trim();
      if (heading[1] === '#') title = text;
      else {
        headings.push(text);
        section = { Formål: 'formaal', 'Deltagere i beredskabet': 'deltagere', 'Håndtering af omverdenen': 'omverdenen', Underskrift: 'underskrift' }[text] ?? text;
      }
    } else if (line.trim() === '') flush();
    else block.push(line.trim());
  }
  flush();
  return { title, headings, paragraphs };
}

/** The body of the markdown document: headings and paragraphs (bullet items and table rows each one), up to the annex. */
function markdownBody(md: string): { headings: string[]; paragraphs: string[] } {
  const headings: string[] = [];
  const paragraphs: string[] = [];
  let block: string[] = [];
  const unescape = (s: string) => s.replace(/\\([\\`*_{}[\]()#+\-.!|&<>~])/g, '$1');
  const flush = () => {
    if (block.length) paragraphs.push(unescape(block.join(' ')));
    block = [];
  };
  for (const line of md.split('\n')) {
    if (/^#{1,6} Bilag/.test(line)) break;
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (heading) {
      flush();
      if (heading[1] !== '#') headings.push(unescape(heading[2]!));
      else paragraphs.push(unescape(heading[2]!));
    } else if (line.startsWith('|')) {
      flush();
      if (!/^\|( ---* \|)+$/.test(line)) paragraphs.push(unescape(line.slice(1, -1).split(' | ').map((c) => c.trim()).join(' ')));
    } else if (line.startsWith('- ')) {
      flush();
      paragraphs.push(unescape(line.slice(2)));
    } else if (line.trim() === '') flush();
    else block.push(line.trim());
  }
  flush();
  return { headings, paragraphs };
}

const unhtml = (s: string) => s.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\u00A0/g, ' ');

/** The body of the Word file read back by mammoth: a table row is one paragraph; empty paragraphs are room to sign. */
async function docxBody(bytes: Buffer): Promise<{ headings: string[]; paragraphs: string[] }> {
  const html = (await mammoth.convertToHtml({ buffer: bytes })).value.replace(/<tr>(.*?)<\/tr>/g, (_, row: string) =>
    `<p>${[...row.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) => unhtml(c[1]!)).join(' ')}</p>`,
  );
  const headings: string[] = [];
  const paragraphs: string[] = [];
  for (const m of html.matchAll(/<(h[1-6]|p|li)>(.*?)<\/\1>/g)) {
    const text = unhtml(m[2]!).trim();
    if (m[1]!.startsWith('h')) {
      if (text.startsWith('Bilag')) break;
      if (m[1] === 'h1' && headings.length === 0 && paragraphs.length === 0 && text === seed.title) paragraphs.push(text);
      else headings.push(text);
    } else if (/\p{L}/u.test(text)) paragraphs.push(text);
  }
  return { headings, paragraphs };
}

const seed = seedParagraphs();
const prose = seed.paragraphs.filter((p) => !p.data);

function compare(body: { headings: string[]; paragraphs: string[] }) {
  const found = new Set(body.paragraphs.map(normal));
  const missing = prose.filter((p) => !found.has(normal(p.text))).map((p) => p.text);
  const seedNormal = new Set([seed.title, ...prose.map((p) => p.text)].map(normal));
  const seedData = new Set(seed.paragraphs.filter((p) => p.data).map((p) => words(p.text)));
  const foreign = body.paragraphs.filter((p) => !seedNormal.has(normal(p)) && !seedData.has(words(p)));
  const dataKept = seed.paragraphs.filter((p) => p.data && body.paragraphs.some((b) => words(b) === words(p.text))).length;
  return { missing, foreign, kept: prose.length - missing.length, dataKept };
}

describe('the Randers document is the Randers plan', () => {
  it('the seed has the paragraphs this test holds the document against', () => {
    expect(prose.length).toBe(37);
    expect(seed.paragraphs.filter((p) => p.data)).toHaveLength(24);
  });

  it('markdown: every prose paragraph of the seed, every data line, the seed\'s headings, and nothing else in the body', async () => {
    const run = await beredskab(['--roster', SHIPPED, 'plan', '--format', 'markdown']);
    expect(run.code).toBe(0);
    const body = markdownBody(run.stdout);
    const result = compare(body);
    expect(result.missing).toEqual([]);
    expect(result.foreign).toEqual([]);
    expect(result.kept).toBe(prose.length);
    expect(result.dataKept).toBe(24);
    expect(body.headings).toEqual(seed.headings);
    // The footer, not the body, carries version, date and content.
    const footer = run.stdout.trimEnd().split('\n').slice(-3);
    expect(footer[0]).toMatch(/^_Version 1 · ændret 27\. november 2026 · indhold [0-9a-f]{12}_$/);
    expect(footer[2]).toBe('_Ingen underskrifter er registreret._');
  });

  it('the Word file read back with mammoth: the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-plantext-'));
    const out = join(dir, 'plan.docx');
    const run = await beredskab(['--roster', SHIPPED, 'plan', '--format', 'docx', '--output', out]);
    expect(run.code).toBe(0);
    const body = await docxBody(readFileSync(out));
    const result = compare(body);
    expect(result.missing).toEqual([]);
    expect(result.foreign).toEqual([]);
    expect(result.dataKept).toBe(24);
    expect(body.headings).toEqual(seed.headings);
  });

  it('a paraphrase is caught: a changed word in the roster\'s text is a missing paragraph and a foreign one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-plantext-'));
    const file = join(dir, 'roster.yaml');
    writeFileSync(file, readFileSync(SHIPPED, 'utf8').replace('I akutte krisesituationer følger parterne som udgangspunkt politiets anvisninger og støtter op herom.', 'I akutte krisesituationer følger parterne politiets anvisninger og støtter op herom.').replace('$schema=./', `$schema=${ROOT}`));
    const result = compare(markdownBody((await beredskab(['--roster', file, 'plan'])).stdout));
    expect(result.missing).toHaveLength(1);
    expect(result.foreign).toEqual([expect.stringContaining('I akutte krisesituationer følger parterne politiets anvisninger')]);
  });
});

describe('text a roster holds is escaped in every format', () => {
  const dir = mkdtempSync(join(tmpdir(), 'beredskab-plantext-'));
  const file = join(dir, 'roster.yaml');
  const hostile = [
    '  - section: formaal',
    '    heading: { da: "# Falsk <script>alert(1)</script>" }',
    '    body:',
    '      da: |-',
    '        <img src=x onerror=alert(1)> **ikke fed** [link](javascript:alert(1))',
    '',
    '        # Ikke en overskrift',
    '',
    '        | ikke | en tabel |',
    '',
    '        {{niveauer}}',
  ].join('\n');
  writeFileSync(file, readFileSync(`${ROOT}tests/fixtures/nordby.yaml`, 'utf8') + `\ntext:\n${hostile}\n`);

  it('markdown: no raw HTML, no forged heading or table, the words intact', async () => {
    const run = await beredskab(['--roster', file, 'plan']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/(^|[^\\])<(img|script)/m);
    expect(run.stdout).not.toMatch(/^# Ikke/m);
    expect(run.stdout).not.toMatch(/^\| ikke/m);
    const body = markdownBody(run.stdout);
    expect(body.headings[0]).toBe('# Falsk <script>alert(1)</script>');
    expect(body.paragraphs).toContain('# Ikke en overskrift');
  });

  it('html: escaped; docx: the text intact', async () => {
    const html = (await beredskab(['--roster', file, 'plan', '--format', 'html'])).stdout;
    expect(html).not.toMatch(/<img|<script>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const out = join(dir, 'plan.docx');
    expect((await beredskab(['--roster', file, 'plan', '--format', 'docx', '--output', out])).code).toBe(0);
    const text = (await mammoth.extractRawText({ buffer: readFileSync(out) })).value;
    expect(text).toContain('<img src=x onerror=alert(1)> **ikke fed** [link](javascript:alert(1))');
  });
});
