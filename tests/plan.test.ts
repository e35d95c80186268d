import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { displayPhone } from '../src/roster/phone.js';
import { BIN, NORDBY, ROOT, SHIPPED, SHIPPED_NOTE } from './helpers.js';
import { run as beredskab } from './run.js';
import { HEADINGS_DA, rosterOf } from './helpers.js';

const HOSTILE = `${ROOT}tests/fixtures/hostile.yaml`;

/** The template's own top-level headings, in its order, and the annex. */
const TEMPLATE_DA = ['Formål', 'Deltagere i beredskabet', 'Organisering', 'Kompetencer og handlemuligheder i beredskabssituationer', 'Håndtering af omverdenen', 'Kommissorium', 'Underskrift', 'Bilag: sådan regner beredskab fristerne'];


const tmp = mkdtempSync(join(tmpdir(), 'beredskab-plan-'));
let counter = 0;

/** The shipped roster without the plan's text (its last key): the document written from the data alone. */
const SHIPPED_DATA = join(tmp, 'randers-data.yaml');
writeFileSync(SHIPPED_DATA, readFileSync(SHIPPED, 'utf8').split('\ntext:\n')[0]!.replace('$schema=./roster.schema.json', `$schema=${ROOT}roster.schema.json`));

/** Runs `plan` into a file and returns its bytes. */
async function planFile(format: string, roster: string, extra: string[] = []): Promise<Buffer> {
  const out = join(tmp, `plan-${++counter}.${format === 'markdown' ? 'md' : format}`);
  const run = await beredskab(['--roster', roster, 'plan', '--format', format, '--output', out, ...extra]);
  // The one line that says where the document went, in the language asked for.
  expect(run.stderr).toBe(`${extra.includes('en') ? 'Wrote' : 'Skrev'} ${out}\n`);
  expect(run.code).toBe(0);
  expect(run.stdout).toBe('');
  return readFileSync(out);
}

const unescapeHtml = (s: string) => s.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/**
 * The .docx read back by mammoth: its text, and its headings with their level, in order. Phone numbers are written
 * with non-breaking spaces, so that Word keeps each on one line; they are read as spaces.
 */
async function readDocx(bytes: Buffer) {
  const nbsp = (s: string) => s.replace(/\u00A0/g, ' ');
  const text = nbsp((await mammoth.extractRawText({ buffer: bytes })).value);
  const html = nbsp((await mammoth.convertToHtml({ buffer: bytes })).value);
  const headings = [...html.matchAll(/<h([1-6])>(.*?)<\/h\1>/g)].map((m) => ({ level: Number(m[1]), text: unescapeHtml(m[2]!) }));
  return { text, html, headings };
}

describe('plan --format docx read back by mammoth', () => {
  for (const [name, path, rules] of [
    ['Randers without its text', SHIPPED_DATA, ['Samles inden for 3 arbejdsdage.', 'Samles inden for 24 timer.', 'beredskabsgruppen samles inden for 3 arbejdsdage', 'beredskabsgruppen samles inden for 24 timer', 'Intet møde i beredskabsgruppen; det forebyggende arbejde foregår i de faste fora: de ordinære, fælles mødefora som f.eks. pulsmøderne og SSP-samarbejdet.']],
    ['Nordby', NORDBY, ['Samles inden for 2 arbejdsdage.', 'Samles inden for 12 timer.', 'Intet møde i beredskabsgruppen; det forebyggende arbejde foregår i de faste fora: Områdeforum.']],
  ] as const) {
    it(`${name}: every person's name and number, the convening rules, 114, § 115 and the sections in the template's order`, async () => {
      const roster = rosterOf(path);
      const { text, headings } = await readDocx(await planFile('docx', path));
      for (const person of roster.people) {
        expect(text).toContain(person.name);
        expect(text).toContain(displayPhone(person.phone));
      }
      for (const rule of rules) expect(text).toContain(rule);
      expect(text).toContain('tlf. 114');
      expect(text).toContain('§ 115');
      expect(text).toContain(roster.plan.title);
      expect(headings.map((h) => h.text)).toEqual(HEADINGS_DA);
      expect(headings.filter((h) => h.level === 1).map((h) => h.text)).toEqual(TEMPLATE_DA);
      // The police come first in the call order, down to the duty officer; signatures carry title and organisation.
      const callOrder = text.slice(text.indexOf('Aktivering: hvem ringes op'));
      expect(callOrder.indexOf('(hvis ingen svarer)')).toBeGreaterThan(0);
      for (const s of roster.signatories) expect(text.slice(text.lastIndexOf('Underskrift'))).toContain(s.organisation);
    });
  }

  it('Randers without its text: the group as a table, the coordinator, the hotline last in the police chain', async () => {
    const { html, text } = await readDocx(await planFile('docx', SHIPPED_DATA));
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[dh]>(.*?)<\/t[dh]>/g)].map((c) => unescapeHtml(c[1]!)));
    expect(rows).toContainEqual(['Navn', 'Titel', 'Organisation', 'Telefon', 'Suppleant']);
    expect(rows).toContainEqual(['Lasse Bonde', 'Politikommissær', 'Østjyllands Politi', '25 58 32 49', 'Allan AarslevPolitikommissær, Østjyllands Politi22 70 12 26']);
    expect(rows).toContainEqual(['Louise Hou Kragh (koordinator)', 'Chef for bystrategisk udvikling', 'Bysekretariatet', '42 14 86 00', '']);
    // The signatures: name, title and organisation as signed; lines for the date and the signature.
    expect(rows).toContainEqual(['Navn', 'Dato', '', 'Underskrift']);
    expect(rows).toContainEqual(['Peter PedersenInspektørMøllevænget & Storgaarden', '', '', '']);
    expect(text).toMatch(/Lasse Bonde, Politikommissær, Østjyllands Politi, tlf\. 25 58 32 49\s+Allan Aarslev, Politikommissær, Østjyllands Politi, tlf\. 22 70 12 26 \(hvis ingen svarer\)\s+Østjyllands Politis vagtchef, Østjyllands Politi, tlf\. 114 \(hvis ingen svarer\)/);
    expect(text).toContain('Koordinatoren er Louise Hou Kragh, Chef for bystrategisk udvikling, Bysekretariatet, tlf. 42 14 86 00. Kontaktes ved aktivering');
  });

  it("Word's heading styles, a table of contents field, rows that do not split, page numbers and the roster in the footer", async () => {
    const zip = await JSZip.loadAsync(await planFile('docx', SHIPPED_DATA));
    const document = await zip.file('word/document.xml')!.async('string');
    const styles = await zip.file('word/styles.xml')!.async('string');
    const settings = await zip.file('word/settings.xml')!.async('string');
    const footerName = Object.keys(zip.files).find((f) => /^word\/footer\d+\.xml$/.test(f))!;
    const footer = await zip.file(footerName)!.async('string');
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
    for (const level of [1, 2, 3]) expect(styles).toMatch(new RegExp(`w:styleId="Heading${level}"><w:name w:val="Heading ${level}"/>.*?<w:outlineLvl w:val="${level - 1}"/>`));
    expect(document).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-3&quot;<\/w:instrText>/);
    expect(settings).toContain('<w:updateFields/>');
    expect(document).toContain('<w:cantSplit/>');
    expect(document).toContain('<w:tblHeader/>');
    // The signatures start a page of their own, so that they stay together; so does the annex.
    expect(document.match(/<w:pageBreakBefore\/>/g)).toHaveLength(2);
    expect(footer).toMatch(/Version 1 · ændret 27\. november 2026 · indhold [0-9a-f]{12}/);
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
  });

  it('English with --lang en: the headings, the rules and the roster\'s English texts', async () => {
    const { text, headings } = await readDocx(await planFile('docx', SHIPPED_DATA, ['--lang', 'en']));
    expect(headings.filter((h) => h.level === 1).map((h) => h.text)).toEqual(['Purpose', 'Members of the group', 'Organisation', 'Powers and options in an emergency', 'Dealing with the outside world', 'Terms of reference (kommissorium)', 'Signatures', 'Annex: how beredskab counts the deadlines']);
    for (const needle of ['Meets within 3 working days.', 'Meets within 24 hours.', 'East Jutland Police duty officer, Østjyllands Politi, tel. 114', 'retsplejelovens § 115', 'No terms of reference (kommissorium) have been drawn up.', 'Yellow level: the group meets within 3 working days.']) {
      expect(text).toContain(needle);
    }
  });

  it('the same content hash as the contact sheet', async () => {
    const sheet = JSON.parse((await beredskab(['contacts', '--format', 'json'])).stdout) as { footer: { hash: string } };
    expect(readFileSync(join(tmp, `plan-1.docx`)).length).toBeGreaterThan(0);
    const zip = await JSZip.loadAsync(await planFile('docx', SHIPPED));
    const footerName = Object.keys(zip.files).find((f) => /^word\/footer\d+\.xml$/.test(f))!;
    expect(await zip.file(footerName)!.async('string')).toContain(`indhold ${sheet.footer.hash}`);
  });
});

describe('plan on the command line', () => {
  it('markdown is the default, to stdout; a bad --format is a usage error and writes nothing', async () => {
    const run = await beredskab(['plan']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(SHIPPED_NOTE);
    expect(run.stdout.startsWith('# Boligsocial Beredskabsplan 2025-2029\n')).toBe(true);
    const bad = await beredskab(['plan', '--format', 'pdf', '--output', join(tmp, 'x.pdf')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('beredskab: --format: "pdf" er ikke gyldig; vælg en af markdown, html, docx\n');
    expect(existsSync(join(tmp, 'x.pdf'))).toBe(false);
  });

  // Spawned: standard output a real pipe, then a real terminal (script(1)).
  it('docx goes to a pipe, and is refused on a terminal (exit 2) with a message saying what to do', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', BEREDSKAB_LANG: '' };
    delete env.BEREDSKAB_ROSTER;
    const piped = spawnSync(process.execPath, [BIN, '--roster', SHIPPED, 'plan', '--format', 'docx'], { cwd: '/', env });
    expect(piped.status).toBe(0);
    expect(piped.stdout.subarray(0, 2).toString()).toBe('PK');
    const script = ['/usr/bin/script', '/bin/script'].find((p) => existsSync(p));
    if (!script) return;
    // `script` gives the command a terminal as its output; -e passes its exit code on.
    const tty = spawnSync(script, ['-qec', `"${process.execPath}" "${BIN}" --roster "${SHIPPED}" plan --format docx`, '/dev/null'], { cwd: '/', env, encoding: 'utf8' });
    expect(tty.status).toBe(2);
    expect(tty.stdout).toContain('beredskab: docx er en binær fil og skrives ikke til terminalen; angiv --output plan.docx');
    expect(tty.stdout).not.toContain('PK');
  });

  it('--output onto the roster itself is refused and the roster is left as it was', async () => {
    const copy = join(tmp, 'roster-copy.yaml');
    writeFileSync(copy, readFileSync(NORDBY));
    const run = await beredskab(['--roster', copy, 'plan', '--format', 'html', '--output', copy]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`beredskab: --output: ${copy} er en af de filer, kommandoen læser; vælg en anden fil, så planfilen ikke overskrives\n`);
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(NORDBY, 'utf8'));
  });

  it('an invalid roster gives its diagnostics and exit 1, and no output file', async () => {
    const bad = join(tmp, 'bad.yaml');
    writeFileSync(bad, readFileSync(NORDBY, 'utf8').replace('phone: "61234571"', 'phone: "123"'));
    const out = join(tmp, 'bad.docx');
    const run = await beredskab(['--roster', bad, 'plan', '--format', 'docx', '--output', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('phone-invalid');
    expect(existsSync(out)).toBe(false);
  });
});

describe('plan and plan set: one command', () => {
  it('plan --format markdown gives the document, plan set --dry-run shows the change and writes nothing, plan set writes it', async () => {
    const copy = join(tmp, 'nordby-set.yaml');
    writeFileSync(copy, readFileSync(NORDBY));
    const doc = await beredskab(['--roster', copy, 'plan', '--format', 'markdown']);
    expect(doc.stderr).toBe('');
    expect(doc.code).toBe(0);
    expect(doc.stdout.startsWith('# Beredskabsplan for Nordby Øst 2026-2030\n')).toBe(true);
    expect(doc.stdout).toContain('\n## Formål\n');
    expect(doc.stdout).toContain('\n## Underskrift\n');

    const dry = await beredskab(['--roster', copy, 'plan', 'set', '--title', 'Beredskabsplan for Nordby Vest', '--dry-run']);
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Ændringer fra revision ');
    expect(dry.stdout).toContain('Prøvekørsel: intet er skrevet.');
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(NORDBY, 'utf8'));

    const set = await beredskab(['--roster', copy, 'plan', 'set', '--title', 'Beredskabsplan for Nordby Vest']);
    expect(set.code).toBe(0);
    expect(readFileSync(copy, 'utf8')).toContain('title: Beredskabsplan for Nordby Vest\n');
    expect((await beredskab(['--roster', copy, 'plan'])).stdout.startsWith('# Beredskabsplan for Nordby Vest\n')).toBe(true);
  });

  it("options of the document and of set stay apart: each is refused by the other (exit 2)", async () => {
    expect(await beredskab(['--roster', NORDBY, 'plan', '--title', 'X'])).toEqual({ code: 2, stdout: '', stderr: 'beredskab: ukendt tilvalg --title\n' });
    expect(await beredskab(['--roster', NORDBY, 'plan', 'set', '--title', 'X', '--format', 'docx', '--dry-run'])).toEqual({ code: 2, stdout: '', stderr: 'beredskab: ukendt tilvalg --format\n' });
    expect(await beredskab(['--lang', 'en', '--roster', NORDBY, 'plan', '--output', 'plan.md', 'set', '--title', 'X', '--dry-run'])).toEqual({ code: 2, stdout: '', stderr: 'beredskab: unknown option --output\n' });
    const stray = await beredskab(['--roster', NORDBY, 'plan', 'sæt']);
    expect(stray.code).toBe(2);
    expect(stray.stdout).toBe('');
  });

  for (const [lang, words] of [
    ['da', { usage: 'Brug:', plan: 'planen som dokument til underskrift', format: 'format: docx, html eller markdown (standard: markdown)', set: 'ret planens titel, kommune, periode eller boligområder', title: 'planens titel' }],
    ['en', { usage: 'Usage:', plan: 'the plan as a document for signing', format: 'format: docx, html or markdown (default: markdown)', set: 'change the plan’s title, municipality, period or areas', title: 'the plan’s title' }],
  ] as const) {
    it(`help in ${lang}: plan names its own options and set; plan set names its options`, async () => {
      const plan = await beredskab(['--lang', lang, 'plan', '--help']);
      expect(plan.code).toBe(0);
      expect(plan.stdout).toContain(words.usage);
      expect(plan.stdout).toContain(words.format);
      expect(plan.stdout).toMatch(/--output <[a-z]+>/);
      expect(plan.stdout).toMatch(new RegExp(`\\n  set \\[[a-z]+\\] +${words.set}`));
      const top = await beredskab(['--lang', lang, '--help']);
      expect(top.stdout).toContain(words.plan);
      const set = await beredskab(['--lang', lang, 'plan', 'set', '--help']);
      expect(set.code).toBe(0);
      expect(set.stdout).toContain(words.title);
      expect(set.stdout).toContain('--dry-run');
      expect(set.stdout).not.toContain('--format');
    });
  }
});

const name = '<script>alert(1)</script> Hansen';
const title = 'Plan <script>alert(\'x\')</script> & "co"; ok, fine';

describe('the hostile roster through every format', () => {
  it('markdown: no raw HTML, no forged headings or table rows, the text intact', async () => {
    const md = new MarkdownIt();
    const out = (await planFile('markdown', HOSTILE)).toString('utf8');
    const tokens = md.parse(out, {});
    const all = tokens.flatMap((t) => [t, ...(t.children ?? [])]);
    expect(all.filter((t) => t.type === 'html_block' || t.type === 'html_inline')).toEqual([]);
    // The title and one heading per section, as in any roster.
    expect(tokens.filter((t) => t.type === 'heading_open')).toHaveLength(1 + HEADINGS_DA.length);
    // Two tables: the levels (3 rows) and the group (2 members), each with a header row.
    expect(tokens.filter((t) => t.type === 'table_open')).toHaveLength(2);
    expect(tokens.filter((t) => t.type === 'tr_open')).toHaveLength(4 + 3);
    const text = tokens.filter((t) => t.type === 'inline').map((t) => t.children!.map((c) => c.content).join('')).join('\n');
    for (const needle of [title, name, 'Linje Skift | *ikke* en ny række', 'Ikke\u00a0brud 😀', '=HYPERLINK("http://evil.example","Ring")', '<b>Område</b> og a|b', 'Vagt <b>&amp;</b>', '<img src=x onerror=alert(1)>', 'Ring <u>nu</u>', 'Chef "for" alt; og, mere', '-1; @home\\path']) {
      expect(text).toContain(needle);
    }
  });

  it('a roster with control characters is refused (exit 1) and no document is written', async () => {
    const file = join(tmp, 'control.yaml');
    writeFileSync(file, readFileSync(NORDBY, 'utf8').replace('name: Ida Berg,', 'name: "Ida\\aBerg\\x01",'));
    const out = join(tmp, 'control.docx');
    const run = await beredskab(['--roster', file, 'plan', '--format', 'docx', '--output', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('text-control-character');
    expect(existsSync(out)).toBe(false);
  });

  it('docx: the text intact', async () => {
    const { text, html, headings } = await readDocx(await planFile('docx', HOSTILE));
    expect(headings.map((h) => h.text)).toEqual(HEADINGS_DA);
    // A line break in an ad hoc entry stays a line break.
    expect(html).toContain('Linje<br />Skift | *ikke* en ny række');
    // readDocx reads non-breaking spaces as spaces.
    for (const needle of [title, name, 'Ikke brud 😀', '=HYPERLINK("http://evil.example","Ring")', 'Vagt <b>&amp;</b>', '<img src=x onerror=alert(1)>', 'Ring <u>nu</u>', '-1; @home\\path']) {
      expect(text).toContain(needle);
    }
  });
});

