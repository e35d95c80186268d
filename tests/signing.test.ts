import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { dateIn } from '../src/domain/zone.js';
import { applyEdit, type EditRequest } from '../src/roster/edit.js';
import { SHIPPED, text } from './helpers.js';
import { run as beredskab } from './run.js';

const OTHERS = ['camilla-nielsen', 'morten-strange', 'gine-norager', 'jorgen-lajer', 'peter-pedersen', 'louise-hou-kragh'];

/** Edits made in-process, to prepare a roster: the commands themselves are run below. */
function edited(source: string, requests: EditRequest[]): string {
  for (const request of requests) {
    const outcome = applyEdit(source, request, { file: 'roster.yaml', today: dateIn('Europe/Copenhagen', Date.now()) });
    if (outcome.status !== 'ok') throw new Error(outcome.status);
    source = outcome.text;
  }
  return source;
}

let repo: string;
const roster = () => readFileSync(join(repo, 'roster.yaml'), 'utf8');
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
const at = async (...args: string[]) => await beredskab(args, { cwd: repo });

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'beredskab-signing-'));
  writeFileSync(join(repo, 'roster.yaml'), text(SHIPPED));
  git('init', '-q');
  git('config', 'user.email', 'ci@example.invalid');
  git('config', 'user.name', 'CI');
  git('add', 'roster.yaml');
  git('commit', '-qm', 'the plan as transcribed');
});

describe('signing and approving the Randers plan', () => {
  it('status says plainly that no signatures are recorded in the shipped roster', async () => {
    const run = await at('status', '--today', '2026-12-01');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Periode: 1. januar 2025 – 31. december 2029\n  Perioden slutter om 1.126 dage.\n');
    expect(run.stdout).toContain('Ingen underskrifter er registreret: planfilen siger ikke, hvem der har underskrevet planen.');
    expect(run.stdout).toMatch(/ {2}Claus Hansen, SSP-konsulent, Randers Ungdomsskole +ikke underskrevet\n/);
  });

  it('sign records the version and date; --dry-run writes nothing; a wrong version or a future date is refused', async () => {
    const before = roster();
    const dry = await at('sign', 'claus-hansen', '--date', '2025-02-01', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Underskrift: Claus Hansen har underskrevet version 1 (2025-02-01)');
    expect(dry.stdout).toContain('Prøvekørsel: intet er skrevet.');
    expect(roster()).toBe(before);

    const wrong = await at('sign', 'claus-hansen', '--version', '2');
    expect([wrong.code, wrong.stderr]).toEqual([2, 'beredskab: version 2 findes ikke; planens indhold er i version 1\n']);
    const notNumber = await at('--lang', 'en', 'sign', 'claus-hansen', '--version', 'two');
    expect([notNumber.code, notNumber.stderr]).toEqual([2, 'beredskab: --version: "two" is not a version number (a whole number from 1)\n']);
    const future = await at('sign', 'claus-hansen', '--date', '2100-01-01');
    expect(future.code).toBe(2);
    expect(future.stderr).toMatch(/^beredskab: --date: 2100-01-01 ligger efter i dag/);
    expect(roster()).toBe(before);

    const signed = await at('sign', 'claus-hansen', '--date', '2025-02-01', '--version', '1');
    expect(signed.code).toBe(0);
    expect(signed.stdout).toContain('roster.yaml er opdateret (revision 1 → 2).');
    expect(roster()).toContain('  - person: claus-hansen\n    title: SSP-konsulent\n    organisation: Randers Ungdomsskole\n    signed:\n      - version: 1\n        date: 2025-02-01\n');
    expect(roster()).toMatch(/\ncontent:\n {2}version: 1\n {2}hash: "[0-9a-f]{12}"\n$/);
    // The program's own --version is still there for everything else.
    expect((await beredskab(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('approve records who, when and the reference; status shows the plan in force', async () => {
    writeFileSync(join(repo, 'roster.yaml'), edited(roster(), OTHERS.map((id) => ({ kind: 'sign', id, date: '2025-02-03' }))));
    const approved = await at('approve', '--by', 'Landsbyggefonden', '--date', '2025-03-01', '--reference', 'J.nr. 2025-17');
    expect(approved.code).toBe(0);
    expect(approved.stdout).toContain('Godkendelse: Landsbyggefonden har godkendt version 1 (2025-03-01)');
    expect(roster()).toMatch(/\napprovals:\n {2}- by: Landsbyggefonden\n {4}date: 2025-03-01\n {4}version: 1\n {4}reference: J\.nr\. 2025-17\n$/);
    const missing = await at('approve');
    expect(missing.code).toBe(2);

    const status = await at('--lang', 'en', 'status', '--today', '2026-12-01');
    expect(status.stdout).toContain('Version in force: 1, signed by everyone (last on 3 February 2025)\n');
    expect(status.stdout).toContain('Approved: Landsbyggefonden on 1 March 2025, J.nr. 2025-17 (version 1)\n');
    expect(status.stdout).toMatch(/ {2}Claus Hansen, SSP-konsulent, Randers Ungdomsskole +version 1, 1 February 2025\n/);
    const lint = await at('lint', '--strict', '--today', '2026-12-01', '--format', 'json');
    const codes = (JSON.parse(lint.stdout) as Array<{ code: string }>).map((d) => d.code);
    expect(codes.filter((c) => /^(signature|signatures|approval|content)-/.test(c))).toEqual([]);
    git('commit', '-qam', 'signed and approved');
  });

  it('the signature page of the Word file has each date beside its name; the footer says it is the signed version', async () => {
    const out = join(repo, 'plan.docx');
    const run = await at('plan', '--format', 'docx', '--output', out);
    expect(run.code).toBe(0);
    const bytes = readFileSync(out);
    const raw = (await mammoth.extractRawText({ buffer: bytes })).value.replace(/\u00A0/g, ' ');
    // Each signatory's line of the plan's own words, then the line to sign on with the date and version on it.
    const page = raw.slice(raw.lastIndexOf('Underskrift')).replace(/\s+/g, ' ');
    expect(page).toContain(
      'SSP-konsulent, Randers Ungdomsskole: Claus Hansen Underskrevet 1. februar 2025 (version 1) Vicepolitiinspektør, Østjyllands Politi: Camilla Nielsen Underskrevet 3. februar 2025 (version 1)',
    );
    expect(page).toContain('Chef for bystrategisk udvikling, Bysekretariatet: Louise Hou Kragh Underskrevet 3. februar 2025 (version 1)');
    const zip = await JSZip.loadAsync(bytes);
    const footers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/footer\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(footers.join('')).toContain('Planens indhold, version 1: den underskrevne version. Godkendt af Landsbyggefonden 1. marts 2025.');
  });

  it('a confirm needs no new signatures: lint --base says nothing about signing', async () => {
    const confirmed = await at('confirm', 'claus-hansen', 'camilla-nielsen');
    expect(confirmed.code).toBe(0);
    expect(confirmed.stdout).not.toContain('Planens indhold');
    const lint = await at('lint', 'roster.yaml', '--base', 'HEAD', '--today', '2026-12-01');
    expect(lint.code).toBe(0);
    expect(lint.stdout).not.toMatch(/signatures-|content-|approval-/);
    expect(roster()).toMatch(/\ncontent:\n {2}version: 1\n/);
    git('commit', '-qam', 'details confirmed');
  });

  it('a change of the text after full signatures: lint --base names the change and who must sign', async () => {
    // Changed by hand, with the revision raised but not the content's version.
    const byHand = roster()
      .replace('phone: "40867408"', 'phone: "40867409"')
      .replace(/^revision: (\d+)$/m, (_, n: string) => `revision: ${Number(n) + 1}`);
    writeFileSync(join(repo, 'roster.yaml'), byHand);
    const lint = await at('lint', 'roster.yaml', '--base', 'HEAD', '--today', '2026-12-01');
    expect(lint.code).toBe(0);
    expect(lint.stdout).toMatch(/advarsel {2}content-version-not-raised {2}Planens indhold er ændret \(Deltagere i beredskabet\), men content\.version er ikke hævet \(var 1, er 1\); sæt den til 2\n/);
    expect((await at('lint', 'roster.yaml', '--base', 'HEAD', '--strict', '--today', '2026-12-01')).code).toBe(1);

    // The same change made with the command raises the version, and says which part changed and who must sign.
    git('checkout', '-q', '--', 'roster.yaml');
    const set = await at('person', 'set', 'claus-hansen', '--phone', '40 86 74 09');
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('Planens indhold: version 1 → 2');
    const base = await at('lint', 'roster.yaml', '--base', 'HEAD', '--today', '2026-12-01');
    expect(base.stdout).toMatch(
      /besked {2}content-new-version {2}Ændringen gør planen til en ny version, 2 \(ændret: Deltagere i beredskabet\); den skal underskrives af Claus Hansen, Camilla Nielsen, Morten Strange, Gine Nørager, Jørgen Lajer, Peter Pedersen og Louise Hou Kragh og godkendes igen\n/,
    );
    expect((await at('sign', 'claus-hansen')).code).toBe(0);
    expect((await at('sign', 'louise-hou-kragh')).code).toBe(0);
    const after = await at('lint', '--today', '2026-12-01');
    expect(after.stdout).toContain(
      'signatures-outdated  Planens tekst er ændret siden version 1, som alle underskrev; 2 af 7 har underskrevet version 2: Claus Hansen og Louise Hou Kragh. Mangler: Camilla Nielsen, Morten Strange, Gine Nørager, Jørgen Lajer og Peter Pedersen',
    );
    const status = await at('status', '--today', '2026-12-01');
    expect(status.stdout).toContain('Gældende version: 1, underskrevet af alle (senest 3. februar 2025)\n');
    expect(status.stdout).toContain('  Version 2 skal underskrives: 2 af 7 har underskrevet den. Mangler: Camilla Nielsen, Morten Strange, Gine Nørager, Jørgen Lajer og Peter Pedersen.\n');
    expect(status.stdout).toMatch(/ {2}Camilla Nielsen, Vicepolitiinspektør, Østjyllands Politi +version 1, 3\. februar 2025; mangler version 2\n/);
    expect(status.stdout).toMatch(/ {2}Claus Hansen, SSP-konsulent, Randers Ungdomsskole +version 2, \d+\. \w+ 20\d\d\n/);
    const md = (await at('plan', '--format', 'markdown')).stdout;
    expect(md).toContain('_Planens indhold, version 2: ikke den underskrevne version; 2 af 7 har underskrevet den._');
    expect(md).toContain('Vicepolitiinspektør, Østjyllands Politi: Camilla Nielsen\n\n_Underskrevet 3. februar 2025 (version 1, ikke den nuværende version 2)_\n');
    expect(md).toContain('Randers Ungdomsskole: Claus Hansen\n\n_Underskrevet ');
  });
});
