// Spawned: the bin's start-up from the bundle and its V8 code cache, in copies of bin/ and dist/.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, cli } from './helpers.js';

const require = createRequire(import.meta.url);

/** A copy of the installed CLI (bin, dist, shipped roster) whose files a test may spoil. */
function copyOfCli(): string {
  const dir = mkdtempSync(join(tmpdir(), 'beredskab-start-'));
  for (const part of ['bin', 'dist', 'roster.yaml', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  return dir;
}

const copies: string[] = [];
afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

function run(dir: string, args: string[]) {
  const result = spawnSync(process.execPath, [join(dir, 'bin', 'beredskab.js'), ...args], {
    cwd: '/',
    env: { ...process.env, NO_COLOR: '1', BEREDSKAB_LANG: '', BEREDSKAB_ROSTER: undefined },
    encoding: 'utf8',
    // A start that waits (on a FIFO, say) fails the test instead of stalling it.
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('start-up from the code cache', () => {
  // The roster named: the shipped one's path differs between the copies, and stderr would say it.
  const args = ['--roster', join(ROOT, 'roster.yaml'), 'activate', '--level', 'yellow', '--at', '2026-12-23T10:00'];
  const expected = cli(args);

  type Bin = {
    compile: (bundle?: string, useCache?: boolean, command?: string) => { cacheUsed: boolean; id: string };
    cacheOf: (bundle: string, command?: string) => string;
    commandOf: (args: string[]) => string | undefined;
    OWN_CACHE: string[];
    BUNDLE: string;
  };
  const bin = require(join(ROOT, 'bin', 'beredskab.js')) as Bin;

  it('the build leaves a cache that V8 accepts for this bundle, named for this V8', () => {
    const { compile, cacheOf, BUNDLE } = bin;
    expect(cacheOf(BUNDLE)).toBe(`${BUNDLE}.${process.versions.v8}-${process.arch}.cache`);
    const loaded = compile();
    expect(loaded.id).toMatch(/^[0-9a-f]{16}$/);
    expect(loaded.cacheUsed).toBe(true);
    expect(expected.code).toBe(0);
    expect(expected.stdout).toContain('tirsdag den 29. december 2026 kl. 16.00');
  });

  it('the commands run most often have a cache of their own, which V8 accepts, smaller than the whole', () => {
    const { compile, cacheOf, OWN_CACHE, BUNDLE } = bin;
    expect(OWN_CACHE).toEqual(expect.arrayContaining(['activate', 'deadline', 'lint', 'contacts', 'invite', 'plan', 'log', 'diff']));
    const whole = statSync(cacheOf(BUNDLE)).size;
    for (const command of OWN_CACHE) {
      const own = cacheOf(BUNDLE, command);
      expect(own).toBe(`${BUNDLE}.${command}.${process.versions.v8}-${process.arch}.cache`);
      expect(statSync(own).size).toBeLessThan(whole);
      expect(compile(BUNDLE, true, command).cacheUsed).toBe(true);
    }
  });

  it('a command line picks the cache of its command by the first word that names one; anything else the whole cache', () => {
    const { commandOf } = bin;
    expect(commandOf(['activate', '--level', 'red'])).toBe('activate');
    expect(commandOf(['--roster', 'plan.yaml', '--lang', 'en', 'lint', '--base', 'HEAD'])).toBe('lint');
    expect(commandOf(['log', 'show'])).toBe('log');
    expect(commandOf(['schema'])).toBeUndefined();
    expect(commandOf(['--help'])).toBeUndefined();
    expect(commandOf(['person', 'add', 'lint'])).toBe('lint');
  });

  it('gives the same output without a cache, with a cache of another build, and with a damaged cache', () => {
    const dir = copyOfCli();
    copies.push(dir);
    const { cacheOf } = require(join(dir, 'bin', 'beredskab.js')) as Bin;
    const bundle = join(dir, 'dist', 'cli.cjs');
    // The command's own cache, then the whole one it falls back to.
    for (const cache of [cacheOf(bundle, 'activate'), cacheOf(bundle)]) {
      const original = readFileSync(cache);

      rmSync(cache);
      expect(run(dir, args)).toEqual(expected);

      // Another build's cache: the id in its first line differs, so it is not even handed to V8.
      writeFileSync(cache, Buffer.concat([Buffer.from('0000000000000000\n'), original.subarray(original.indexOf(10) + 1)]));
      expect(run(dir, args)).toEqual(expected);

      // The right id in front of bytes V8 cannot use: V8 rejects them and compiles.
      writeFileSync(cache, Buffer.concat([original.subarray(0, original.indexOf(10) + 1), Buffer.from('not a code cache')]));
      expect(run(dir, args)).toEqual(expected);
      rmSync(cache);
    }
    // Another command's cache in the command's place: only the time differs.
    cpSync(cacheOf(join(ROOT, 'dist', 'cli.cjs'), 'lint'), cacheOf(bundle, 'activate'));
    expect(run(dir, args)).toEqual(expected);
  });

  it('a FIFO or an endless device where a cache belongs is passed over, neither waited for nor read', () => {
    const dir = copyOfCli();
    copies.push(dir);
    const { cacheOf } = require(join(dir, 'bin', 'beredskab.js')) as Bin;
    const own = cacheOf(join(dir, 'dist', 'cli.cjs'), 'activate');
    rmSync(own);
    execFileSync('mkfifo', [own]);
    expect(run(dir, args)).toEqual(expected);
    rmSync(own);
    symlinkSync('/dev/zero', own);
    expect(run(dir, args)).toEqual(expected);
  });

  it('the bundle is ASCII throughout, as the bin reads it (Latin-1), and says its Danish all the same', () => {
    const bytes = readFileSync(join(ROOT, 'dist', 'cli.cjs'));
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    expect(bytes.toString('latin1')).toBe(bytes.toString('utf8'));
    expect(expected.stdout).toContain('Gruppen skal mødes senest');
  });

  it('a bundle rebuilt without its cache does not run the old code', () => {
    const dir = copyOfCli();
    copies.push(dir);
    const bundle = join(dir, 'dist', 'cli.cjs');
    // The same bundle with another build id, as the next build would leave it before its cache is written.
    const source = readFileSync(bundle, 'utf8').replace(/beredskab-build=[0-9a-f]+/, 'beredskab-build=ffffffffffffffff');
    writeFileSync(bundle, source.replace('Gruppen skal m', 'Gruppen SKAL m'));
    const { stdout } = run(dir, args);
    expect(stdout).toContain('Gruppen SKAL mødes senest');
  });
});

describe('what a start does not load is there when needed', () => {
  it('the bundle has no import() left: it runs as CommonJS, where no module loader serves one', () => {
    // The messages' namespace called import (`.import()`, `get import()`) is a property, not a dynamic import.
    expect(readFileSync(join(ROOT, 'dist', 'cli.cjs'), 'utf8')).not.toMatch(/(?<![.$\w]|get )import\(/);
  });


  it('years outside the holiday table ask date-holidays; instants before 1996 ask the time zone database', () => {
    const later = cli(['deadline', '--level', 'yellow', '--at', '2150-12-23T10:00', '--json']);
    expect(later.code).toBe(0);
    const data = JSON.parse(later.stdout) as { deadline: string; skipped: { date: string }[] };
    expect(data.deadline).toBe('2150-12-29T16:00:00+01:00');
    expect(data.skipped.map((d) => d.date)).toEqual(['2150-12-25', '2150-12-26', '2150-12-27']);
    const earlier = cli(['deadline', '--level', 'red', '--at', '1985-07-01T10:00', '--json']);
    expect(JSON.parse(earlier.stdout).deadline).toBe('1985-07-02T10:00:00+02:00');
  });
});
