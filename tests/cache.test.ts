// lint --cache and the parsed-roster cache, run in-process through main(): the same answers as without it, from entries
// it can trust, in a directory of its own. One test spawns the bin: the build id an entry carries is the bundle's,
// written into dist/cli.cjs by `npm run build`, which the sources run in-process do not have.
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NORDBY, ROOT, SHIPPED, cli, text } from './helpers.js';
import { currentBuild } from '../src/io/cache.js';
import { run as beredskab } from './run.js';

const HOSTILE = `${ROOT}tests/fixtures/hostile.yaml`;
const nordby = text(NORDBY);
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const isRoot = process.getuid?.() === 0;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'beredskab-cache-'));
}

function swap(from: string, to: string): string {
  if (!nordby.includes(from)) throw new Error(`fixture lacks: ${from}`);
  return nordby.replace(from, to);
}

/** The bundle's build, as it names its entries: the package version and the id at the end of dist/cli.cjs. */
function bundleBuild(): string {
  const version = (JSON.parse(text(`${ROOT}package.json`)) as { version: string }).version;
  const id = /\/\/# beredskab-build=([0-9a-f]+)\s*$/.exec(text(`${ROOT}dist/cli.cjs`))![1];
  return `${version}+${id}`;
}

const entryOf = (dir: string, file: string) => join(dir, `${sha256(readFileSync(file))}.json`);

describe('the bundle', () => {
  it('names its entries by the package version and the build id of dist/cli.cjs (spawned: the bin itself)', () => {
    const cache = join(tempDir(), 'cache');
    const run = cli(['lint', '--today', '2026-11-27', NORDBY, '--cache', '--cache-location', cache]);
    expect(run.stderr).toBe('');
    expect(JSON.parse(readFileSync(entryOf(cache, NORDBY), 'utf8').split('\n')[0]!)).toMatchObject({ build: bundleBuild(), key: sha256(readFileSync(NORDBY)) });
    expect(bundleBuild()).not.toBe(currentBuild());
  });
});

describe('lint --cache', () => {
  const dir = tempDir();
  const broken: Array<[string, string]> = [
    ['octal-phone.yaml', swap('phone: "61234571"', 'phone: 0o12345670')],
    ['missing-key.yaml', swap(', phone: "61234571"', '')],
    ['unknown-key.yaml', swap('type: hours, hours: 12', 'type: hours, hours: 12, minutes: 5')],
    ['deep-type.yaml', swap('type: hours, hours: 12', 'type: hours, hours: [12]')],
    ['no-version.yaml', swap('schemaVersion: 1\n', '')],
    ['syntax.yaml', swap('  municipality: Nordby Kommune', '  municipality: Nordby: Kommune')],
  ];
  for (const [name, content] of broken) writeFileSync(join(dir, name), content);
  const files = [SHIPPED, NORDBY, HOSTILE, ...broken.map(([name]) => join(dir, name))];
  const parsable = files.filter((f) => !f.endsWith('syntax.yaml'));

  it('says exactly what lint says without it, parsing once and then reading its entries (text and JSON, Danish and English)', async () => {
    for (const format of [['--format', 'text'], ['--format', 'json', '--lang', 'en']]) {
      const cache = join(tempDir(), 'cache');
      const args = ['lint', ...format, '--today', '2026-11-27', ...files];
      const plain = await beredskab(args);
      expect(plain.code).toBe(1);
      expect(plain.stdout).toContain('0o12345670');
      expect(plain.stdout).toContain('syntax.yaml');
      const cold = await beredskab([...args, '--cache', '--cache-location', cache]);
      expect(cold).toEqual(plain);
      // One entry for each file that parsed; none for the one with a syntax error.
      expect(readdirSync(cache).sort()).toEqual(parsable.map((f) => `${sha256(readFileSync(f))}.json`).sort());
      expect(statSync(cache).mode & 0o777).toBe(0o700);
      for (const f of parsable) {
        const entry = entryOf(cache, f);
        expect(statSync(entry).mode & 0o777).toBe(0o600);
        expect(JSON.parse(readFileSync(entry, 'utf8').split('\n')[0]!)).toMatchObject({ build: currentBuild(), key: sha256(readFileSync(f)) });
      }
      const before = parsable.map((f) => statSync(entryOf(cache, f)).ino);
      const warm = await beredskab([...args, '--cache', '--cache-location', cache]);
      expect(warm).toEqual(plain);
      // Read, not rewritten: a miss would have replaced each file by a new one.
      expect(parsable.map((f) => statSync(entryOf(cache, f)).ino)).toEqual(before);
    }
  });

  it('does not trust an entry whose data was changed: lint still reads the roster, and the entry is written anew', async () => {
    const cache = join(tempDir(), 'cache');
    const args = ['lint', '--today', '2026-11-27', SHIPPED, '--cache', '--cache-location', cache];
    const first = await beredskab(args);
    const entry = entryOf(cache, SHIPPED);
    const good = readFileSync(entry, 'utf8');
    const [header, body] = [good.slice(0, good.indexOf('\n')), good.slice(good.indexOf('\n') + 1)];
    // A person renamed in the data: were the entry believed, lint would name Clara.
    const altered = body.replaceAll('Claus Hansen', 'Clara Hansen');
    expect(altered).not.toBe(body);
    const forged = (h: Record<string, unknown>) => `${JSON.stringify({ ...JSON.parse(header), ...h })}\n${altered}`;
    for (const planted of [
      `${header}\n${altered}`, // the checksum of the data it replaced
      forged({ sum: sha256(altered), build: '0.1.0+0000000000000000' }), // checked, but by another build
      forged({ sum: sha256(altered), key: sha256('another roster') }), // checked, but for other bytes
      good.slice(0, 1000), // cut short
    ]) {
      writeFileSync(entry, planted);
      const run = await beredskab(args);
      expect(run).toEqual(first);
      expect(run.stdout).toContain('Claus Hansen har ingen suppleant');
      expect(run.stdout).not.toContain('Clara');
      expect(readFileSync(entry, 'utf8')).toBe(good);
    }
  });

  it('without a usable directory lints as without --cache and says so in one line', async () => {
    const plainFile = join(tempDir(), 'a-file');
    writeFileSync(plainFile, 'not a directory');
    const args = ['lint', '--today', '2026-11-27', SHIPPED, NORDBY, HOSTILE];
    const plain = await beredskab(args);
    for (const [lang, where, reason] of [
      ['da', join(plainFile, 'cache'), /^beredskab: advarsel: cachen .*a-file\/cache kan ikke bruges \(ENOTDIR\); planfilerne kontrolleres uden den$/],
      ['en', plainFile, /^beredskab: warning: the cache .*a-file cannot be used \(not a directory\); the rosters are checked without it$/],
    ] as const) {
      const run = await beredskab([...args, '--lang', lang, '--cache', '--cache-location', where]);
      const expected = lang === 'da' ? plain : await beredskab([...args, '--lang', 'en']);
      expect(run.code).toBe(expected.code);
      expect(run.stdout).toBe(expected.stdout);
      const extra = run.stderr.replace(expected.stderr, '').split('\n').filter(Boolean);
      expect(extra).toHaveLength(1);
      expect(extra[0]).toMatch(reason);
    }
    expect(readFileSync(plainFile, 'utf8')).toBe('not a directory');
  });

  it.skipIf(isRoot)('in a directory it may read but not write, uses what is there and warns once', async () => {
    const cache = join(tempDir(), 'cache');
    const base = ['lint', '--today', '2026-11-27'];
    await beredskab([...base, SHIPPED, '--cache', '--cache-location', cache]);
    const entry = entryOf(cache, SHIPPED);
    chmodSync(cache, 0o500);
    try {
      const plain = await beredskab([...base, SHIPPED, NORDBY, HOSTILE]);
      const run = await beredskab([...base, SHIPPED, NORDBY, HOSTILE, '--cache', '--cache-location', cache]);
      expect([run.code, run.stdout]).toEqual([plain.code, plain.stdout]);
      expect(run.stderr.replace(plain.stderr, '').split('\n').filter(Boolean)).toHaveLength(1);
      expect(readdirSync(cache)).toEqual([basename(entry)]);
    } finally {
      chmodSync(cache, 0o700);
    }
  });

  it('is kept in $XDG_CACHE_HOME/beredskab, else in ~/.cache/beredskab, wherever lint runs', async () => {
    const project = tempDir();
    mkdirSync(join(project, 'node_modules'));
    writeFileSync(join(project, 'roster.yaml'), nordby);
    const home = tempDir();
    const xdg = tempDir();
    const key = `${sha256(nordby)}.json`;
    expect((await beredskab(['lint', '--cache'], { cwd: project, env: { HOME: home, XDG_CACHE_HOME: xdg } })).code).toBe(0);
    expect(readdirSync(join(xdg, 'beredskab'))).toEqual([key]);
    expect((await beredskab(['lint', '--cache'], { cwd: project, env: { HOME: home, XDG_CACHE_HOME: '' } })).code).toBe(0);
    expect(readdirSync(join(home, '.cache', 'beredskab'))).toEqual([key]);
    expect(readdirSync(project).sort()).toEqual(['node_modules', 'roster.yaml']);
    expect(readdirSync(join(project, 'node_modules'))).toEqual([]);
  });

  it.each([
    [['--cache', '--cache-location', ''], '--cache-location: tom værdi; angiv en mappe, eller udelad tilvalget'],
    [['--cache', '--no-cache'], '--cache og --cache-location kan ikke bruges, når cachen er slået fra med --no-cache eller BEREDSKAB_CACHE'],
    [['--cache-location', '/tmp', '--no-cache'], '--cache og --cache-location kan ikke bruges, når cachen er slået fra med --no-cache eller BEREDSKAB_CACHE'],
  ])('%j is a usage error', async (options, message) => {
    const run = await beredskab(['lint', NORDBY, ...options], { env: { XDG_CACHE_HOME: tempDir() } });
    expect(run).toEqual({ code: 2, stdout: '', stderr: `beredskab: ${message}\n` });
  });
});

/** A cache folder of its own for one test: the default cache is $XDG_CACHE_HOME/beredskab. */
function cacheHome(): { env: Record<string, string>; dir: string } {
  const home = tempDir();
  return { env: { XDG_CACHE_HOME: home }, dir: join(home, 'beredskab') };
}

describe('the parsed-roster cache of every command that reads a roster', () => {
  const off = { BEREDSKAB_CACHE: 'off' };
  const commands: string[][] = [
    ['activate', '--level', 'red', '--at', '2026-12-01T16:00'],
    ['deadline', '--level', 'yellow', '--at', '2026-12-23T10:00'],
    ['contacts', '--format', 'csv'],
    ['invite', '--level', 'red', '--at', '2026-12-01T16:00', '--format', 'sms'],
    ['plan', '--format', 'markdown'],
    ['lint', '--today', '2026-11-27'],
    ['diff', SHIPPED, NORDBY],
  ];

  it.each(commands)('%s: the same output, from an entry of mode 0600 in a folder of mode 0700, read and not rewritten', async (...args) => {
    const { env, dir } = cacheHome();
    const all = ['--roster', NORDBY, ...args];
    const plain = await beredskab(all, { env: off });
    expect(plain.code).toBe(0);
    const cold = await beredskab(all, { env });
    expect(cold).toEqual(plain);
    const entry = entryOf(dir, NORDBY);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(entry).mode & 0o777).toBe(0o600);
    const inode = statSync(entry).ino;
    expect(await beredskab(all, { env })).toEqual(plain);
    expect(statSync(entry).ino).toBe(inode);
  });

  it('answers from the entry: an entry for these bytes and this build is believed', async () => {
    const { env, dir } = cacheHome();
    const args = ['--roster', NORDBY, 'contacts', '--format', 'csv'];
    await beredskab(args, { env });
    const entry = entryOf(dir, NORDBY);
    const good = readFileSync(entry, 'utf8');
    const header = JSON.parse(good.slice(0, good.indexOf('\n'))) as Record<string, unknown>;
    const body = good.slice(good.indexOf('\n') + 1).replaceAll('Sara Holm', 'Sara Kalm');
    writeFileSync(entry, `${JSON.stringify({ ...header, sum: sha256(body) })}\n${body}`);
    // Only a parse read back from the entry can name her so: the file says Sara Holm.
    expect((await beredskab(args, { env })).stdout).toContain('Sara Kalm');
    expect((await beredskab(args, { env: { ...env, ...off } })).stdout).not.toContain('Sara Kalm');
  });

  it('is never used for a file that changed: the new bytes are parsed and kept beside the old', async () => {
    const { env, dir } = cacheHome();
    const roster = join(tempDir(), 'roster.yaml');
    writeFileSync(roster, nordby);
    const args = ['--roster', roster, 'contacts', '--format', 'csv'];
    expect((await beredskab(args, { env })).stdout).toContain('Sara Holm');
    const changed = nordby.replaceAll('Sara Holm', 'Sara Kalm');
    writeFileSync(roster, changed);
    const run = await beredskab(args, { env });
    expect(run).toEqual(await beredskab(args, { env: off }));
    expect(run.stdout).toContain('Sara Kalm');
    expect(run.stdout).not.toContain('Sara Holm');
    expect(readdirSync(dir).sort()).toEqual([`${sha256(nordby)}.json`, `${sha256(changed)}.json`].sort());
  });

  it('ignores a damaged entry without a word, and writes it anew', async () => {
    const { env, dir } = cacheHome();
    const args = ['--roster', NORDBY, 'activate', '--level', 'red', '--at', '2026-12-01T16:00'];
    const plain = await beredskab(args, { env: off });
    await beredskab(args, { env });
    const entry = entryOf(dir, NORDBY);
    const good = readFileSync(entry, 'utf8');
    for (const damaged of [good.slice(0, 500), 'x'.repeat(100), good.replace('"data"', '"dat"'), '']) {
      writeFileSync(entry, damaged);
      expect(await beredskab(args, { env })).toEqual(plain);
      expect(readFileSync(entry, 'utf8')).toBe(good);
    }
  });

  it('keeps out of a folder others can write to, and says nothing about it', async () => {
    const { env, dir } = cacheHome();
    mkdirSync(dir, { mode: 0o777 });
    chmodSync(dir, 0o777);
    const args = ['--roster', NORDBY, 'deadline', '--level', 'red', '--at', '2026-12-01T16:00'];
    expect(await beredskab(args, { env })).toEqual(await beredskab(args, { env: off }));
    expect(readdirSync(dir)).toEqual([]);
    expect(statSync(dir).mode & 0o777).toBe(0o777);
  });

  it('is turned off by --no-cache and by BEREDSKAB_CACHE=off: nothing read, nothing written', async () => {
    const { env, dir } = cacheHome();
    const args = ['activate', '--level', 'red', '--at', '2026-12-01T16:00', '--roster', NORDBY];
    const plain = await beredskab(args, { env: off });
    expect(await beredskab(['--no-cache', ...args], { env })).toEqual(plain);
    expect(await beredskab([...args, '--no-cache'], { env })).toEqual(plain);
    expect(await beredskab(args, { env: { ...env, ...off } })).toEqual(plain);
    expect(existsSync(dir)).toBe(false);
  });
});
