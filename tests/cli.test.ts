import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, lineOf, NORDBY, ROOT, SHIPPED, SHIPPED_NOTE, text } from './helpers.js';
import { run as beredskab } from './run.js';

function tempRoster(content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'beredskab-e2e-'));
  const file = join(dir, 'roster.yaml');
  writeFileSync(file, content);
  return file;
}

const nordby = text(NORDBY);

describe('beredskab lint', () => {
  it('passes the shipped roster with warnings at the plan’s gaps', async () => {
    const run = await beredskab(['lint', '--today', '2026-11-27']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(SHIPPED_NOTE);
    expect(run.stdout).toMatch(/roster\.yaml:\d+:\d+ {2}advarsel {2}chain-ends-with-person {2}Kæden "Kontakt koordinatoren" ender hos en person \(Louise Hou Kragh\)/);
    expect(run.stdout).toContain('title-inconsistent  Gine Nørager');
    expect(run.stdout).toContain('title-inconsistent  Peter Pedersen');
    // The seed does not say who signed or approved it: one notice says that no signatures are recorded.
    expect(run.stdout).toMatch(/roster\.yaml:\d+:\d+ {2}besked {2}signatures-unrecorded {2}Ingen underskrifter er registreret/);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('0 fejl, 10 advarsler, 1 besked i 1 fil');
  });

  it('reports an invalid phone number at file:line:col and exits 1', async () => {
    const broken = nordby.replace('phone: "61234571"', 'phone: "1234"');
    const file = tempRoster(broken);
    const run = await beredskab(['lint', file, '--lang', 'en']);
    expect(run.code).toBe(1);
    const line = lineOf(broken, 'phone: "1234"');
    expect(run.stdout).toContain(`${file}:${line}:`);
    expect(run.stdout).toMatch(/error {2}phone-invalid {2}The phone number "1234" is not a valid Danish number/);
    expect(run.stdout).toContain('1 error, 2 warnings, 1 notice in 1 file');
    expect(run.stderr).toBe('');
  });

  it('prints JSON and GitHub annotations', async () => {
    const file = tempRoster(nordby.replace('id: omar-bakr', 'id: sara-holm'));
    const json = await beredskab(['lint', file, '--format', 'json']);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout) as Array<Record<string, unknown>>;
    expect(parsed.find((d) => d.code === 'id-duplicate')).toMatchObject({ severity: 'error', file, path: 'people[1].id' });
    const gh = await beredskab(['lint', file, '--format', 'github']);
    expect(gh.stdout).toMatch(new RegExp(`^::error file=${file.replace(/[/.]/g, '\\$&')},line=\\d+,col=\\d+,title=id-duplicate::Id'et "sara-holm"`, 'm'));
    expect(gh.stdout).toMatch(/^::warning file=.*title=member-without-substitute::/m);
  });

  it('--strict turns warnings into errors', async () => {
    expect((await beredskab(['lint', NORDBY, '--today', '2026-11-27'])).code).toBe(0);
    expect((await beredskab(['lint', NORDBY, '--strict', '--today', '2026-11-27'])).code).toBe(1);
  });

  it('lints several files, and uses --today for date rules', async () => {
    const run = await beredskab(['lint', NORDBY, SHIPPED, '--today', '2031-06-01']);
    expect(run.stdout).toContain('period-outside');
    expect(run.stdout).toContain('i 2 filer');
  });

  it('refuses a hostile file without a stack trace', async () => {
    const laughs = ['a: &a [x,x,x,x,x,x,x,x,x]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');
    const started = Date.now();
    const run = await beredskab(['lint', tempRoster(laughs)]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('yaml-too-many-aliases');
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('usage errors exit 2 with one clear line', async () => {
    const missing = await beredskab(['lint', '/nonexistent/roster.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('Filen findes ikke: /nonexistent/roster.yaml');
    expect((await beredskab(['lint', tmpdir()])).code).toBe(2);
    const unknown = await beredskab(['lint', '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('beredskab: ukendt tilvalg --bogus\n');
    const format = await beredskab(['lint', '--format', 'xml', '--lang', 'en']);
    expect(format.code).toBe(2);
    expect(format.stderr).toBe('beredskab: --format: "xml" is not valid; choose one of text, json, github\n');
    expect((await beredskab(['lint', '--today', '2026-02-30'])).code).toBe(2);
  });
});

describe('roster resolution and global options', () => {
  it('uses --roster, then BEREDSKAB_ROSTER, then ./roster.yaml, then the shipped roster', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-cwd-'));
    writeFileSync(join(dir, 'roster.yaml'), nordby);
    const args = ['activate', '--level', 'red', '--at', '2026-12-01T10:00', '--json'];
    const name = (run: { stdout: string }) => (JSON.parse(run.stdout) as { coordinator: { name: string } }).coordinator.name;
    expect(name(await beredskab(args))).toBe('Louise Hou Kragh');
    expect(name(await beredskab(args, { cwd: dir }))).toBe('Mette Lund');
    expect(name(await beredskab(args, { env: { BEREDSKAB_ROSTER: NORDBY } }))).toBe('Mette Lund');
    expect(name(await beredskab(['--roster', SHIPPED, ...args], { env: { BEREDSKAB_ROSTER: NORDBY } }))).toBe('Louise Hou Kragh');
  });

  it('help is Danish by default and English with --lang en or BEREDSKAB_LANG', async () => {
    const da = await beredskab(['--help']);
    expect(da.code).toBe(0);
    expect(da.stdout).toContain('Brug: beredskab');
    expect(da.stdout).toContain('Kommandoer:');
    expect(da.stdout).toContain('aktivér beredskabet');
    const en = await beredskab(['activate', '--help', '--lang', 'en']);
    expect(en.stdout).toContain('Usage: beredskab activate');
    expect(en.stdout).toContain('activate the plan');
    expect((await beredskab(['--help'], { env: { BEREDSKAB_LANG: 'en' } })).stdout).toContain('Commands:');
    expect((await beredskab(['--lang', 'fr', 'lint'])).code).toBe(2);
  });

  it('--version prints the package version (spawned: the bin itself, whose version the build writes in)', () => {
    const pkg = JSON.parse(text(join(ROOT, 'package.json'))) as { version: string };
    const run = cli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${pkg.version}\n`);
  });

  it('an invalid roster stops other commands with the lint text, exit 1', async () => {
    // A broken phone number alone does not stop activate (it is marked in the plan); any other error does.
    const file = tempRoster(nordby.replace('name: Mette Lund', 'name: "Mette\\aLund"'));
    const run = await beredskab(['--roster', file, 'activate', '--level', 'red']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('text-control-character');
    expect(run.stderr).toContain(`beredskab: ${file} indeholder fejl`);
  });
});

describe('beredskab schema', () => {
  it('matches the committed roster.schema.json', async () => {
    const run = await beredskab(['schema']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(text(join(ROOT, 'roster.schema.json')));
  });

  it('is the schema the roster points its editor at', () => {
    expect(text(SHIPPED).split('\n')[0]).toBe('# yaml-language-server: $schema=./roster.schema.json');
  });
});
