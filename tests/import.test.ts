import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { run as beredskab } from './run.js';

const SEED = join(ROOT, 'tests/fixtures/import/beredskabsplan-randers-2025-2029.md');
const VEJLE = join(ROOT, 'tests/fixtures/import/vejle-noerremarken.txt');
const temp = () => mkdtempSync(join(tmpdir(), 'beredskab-import-'));

describe('beredskab import', () => {
  it('writes a roster from the Randers plan that lint passes, 0600, with the review list, and exits 0', async () => {
    const dir = temp();
    // Imported on the day lint is asked about: the roster's lastChanged is the day of the import.
    const run = await beredskab(['import', SEED], { cwd: dir, now: new Date('2026-11-30T12:00:00Z') });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^At gennemgå \(7\):\n {2}1\. \[antagelse\] afsnit 2, linje 5: Boligområderne er læst/);
    expect(run.stdout).toContain('Planen nævner kun årstallene 2025–2029; perioden er sat til 1. januar 2025 – 31. december 2029');
    expect(run.stdout).toContain('Ret med: beredskab --roster roster.yaml calendar set --workday-ends TT:MM');
    expect(run.stdout).toContain('title-inconsistent  Peter Pedersen');
    expect(run.stdout).toContain('roster.yaml er skrevet: 12 personer, 9 organisationer, 2 kæder.');
    const file = join(dir, 'roster.yaml');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['roster.yaml']);
    const lint = await beredskab(['lint', file, '--today', '2026-11-30']);
    expect(lint.code).toBe(0);
    expect(lint.stdout.trim().split('\n').at(-1)).toBe('0 fejl, 10 advarsler, 1 besked i 1 fil');
    const deadline = await beredskab(['--roster', file, 'deadline', '--level', 'yellow', '--at', '2026-12-23T15:30', '--json']);
    const shipped = await beredskab(['deadline', '--level', 'yellow', '--at', '2026-12-23T15:30', '--json']);
    expect(JSON.parse(deadline.stdout).deadline).toBe(JSON.parse(shipped.stdout).deadline);

    // Never over an existing file: the second import is refused and the first roster is untouched.
    const before = readFileSync(file, 'utf8');
    const again = await beredskab(['import', SEED], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('beredskab: roster.yaml findes allerede; import overskriver aldrig en fil. Vælg et andet navn med --output\n');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('gives a plan document whose prose is the plan\'s, paragraph by paragraph', async () => {
    const dir = temp();
    expect((await beredskab(['import', SEED], { cwd: dir })).code).toBe(0);
    const plan = await beredskab(['--roster', 'roster.yaml', 'plan', '--format', 'markdown'], { cwd: dir });
    expect(plan.code).toBe(0);
    const lines = new Set(plan.stdout.split('\n').map((l) => l.trim()));
    const seed = readFileSync(SEED, 'utf8').split('\n').map((l) => l.trim());
    // Every line of prose, bullets included; the data lines (participants, press, signatures) are generated from the
    // roster, with the numbers written the Danish way.
    const prose = seed.filter((l) => l && !l.startsWith('#') && !l.includes('\t') && !/tlf\.|: [A-ZÆØÅ][a-zæøå]+ [A-ZÆØÅ]/.test(l));
    expect(prose).toHaveLength(38);
    for (const line of prose) expect(lines.has(line), line).toBe(true);
    expect(lines.has('- Østjyllands Politis Vagtcchef kontaktes på telefonnummer 114.')).toBe(true);
    expect(plan.stdout).toContain('SSP-konsulent, Randers Ungdomsskole, Claus Hansen, tlf. 40 86 74 08');
  });

  it('--output - prints the roster and sends the review list to standard error; --dry-run writes nothing', async () => {
    const dir = temp();
    const out = await beredskab(['import', VEJLE, '--output', '-', '--lang', 'en'], { cwd: dir });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('coordinator: mette-holm');
    expect(out.stdout).toContain('# ANTAGELSE: Planen nævner kun årstallene 2026–2030');
    expect(out.stderr).toContain('To review (7):');
    expect(out.stderr).toContain('Change with: beredskab calendar set --workday-ends HH:MM');
    const dry = await beredskab(['import', VEJLE, '--dry-run'], { cwd: dir });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Intet er skrevet (--dry-run).');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('exits 1 when the roster needs review, and writes it with the blanks and REVIEW comments', async () => {
    const dir = temp();
    const plan = join(dir, 'plan.md');
    writeFileSync(plan, readFileSync(VEJLE, 'utf8').replace('Hanne Vest, Driftschef, Boligselskabet Vejle, tlf. 29-11-22-33, suppleant: Ole Bak, tlf. 29 11 22 34', 'Hanne Vest, Driftschef, Boligselskabet Vejle, suppleant: Ole Bak, tlf. 29 11 22 34'));
    const run = await beredskab(['import', plan, '--output', 'ny.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('3. [udfyld] afsnit 16, linje 31: Hanne Vest står uden telefonnummer');
    expect(run.stdout).toContain('Ret med: beredskab --roster ny.yaml person set hanne-vest --phone NUMMER');
    expect(run.stdout).toContain('blank-unfilled  Ikke udfyldt endnu: Hanne Vests telefonnummer');
    expect(run.stdout).toContain('Planfilen skal gennemgås før brug: 1 fejl, 1 punkt at gennemgå eller udfylde.');
    // The Danish name of the file is "planfilen"; "roster" stands only in file names.
    expect(run.stdout.replace(/[\w./-]*roster[\w./-]*\.yaml/g, '').replace(/ --roster /g, ' ')).not.toMatch(/roster/i);
    expect(readFileSync(join(dir, 'ny.yaml'), 'utf8')).toContain('phone: "UDFYLD: Hanne Vests telefonnummer"');
  });

  it('says it in English with --lang en', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'plan.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const run = await beredskab(['import', 'plan.doc', '--lang', 'en'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('beredskab: plan.doc is in the old Word format (.doc), which cannot be read. Open it in Word and save it as a Word document (.docx)\n');
    expect(readdirSync(dir)).toEqual(['plan.doc']);
  });

  it.each([
    ['plan.doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), 'er i det gamle Word-format (.doc), som ikke kan læses. Åbn den i Word, og gem den som Word-dokument (.docx)'],
    ['plan.docx', Buffer.from('PK\x03\x04 ikke en zip'), 'er ikke et gyldigt Word-dokument (filen er beskadiget eller ikke en .docx). Åbn den i Word, og gem den igen som .docx'],
  ])('refuses %s with a Danish message, exit 2, nothing written', async (name, content, message) => {
    const dir = temp();
    writeFileSync(join(dir, name), content);
    const run = await beredskab(['import', name], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`beredskab: ${name} ${message}\n`);
    expect(existsSync(join(dir, 'roster.yaml'))).toBe(false);
  });
});
