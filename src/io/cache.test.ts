import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIPPED, text } from '../../tests/helpers.js';
import type { Detection } from '../roster/finding.js';
import { loadRoster } from '../roster/load.js';
import { parseYaml } from '../roster/source.js';
import { cacheWanted, defaultCacheLocation, RosterCache } from './cache.js';

const BUILD = '0.1.0+test';
const shipped = text(SHIPPED);
const bytes = new TextEncoder().encode(shipped);
const key = createHash('sha256').update(bytes).digest('hex');

function setup(build = BUILD, dir = join(mkdtempSync(join(tmpdir(), 'beredskab-cache-')), 'cache')) {
  const warnings: string[] = [];
  const cache = new RosterCache(dir, build, { unusable: (reason) => warnings.push(reason), notDirectory: 'not a directory', notOwn: 'not yours', openToOthers: 'open to others' });
  let parses = 0;
  const parse = () => {
    parses++;
    return parseYaml(shipped, [] as Detection[]);
  };
  return { dir, cache, warnings, parse, parses: () => parses, entry: join(dir, `${key}.json`) };
}

describe('the roster cache', () => {
  it('parses once, then answers from its file: mode 0600 in a directory of mode 0700', () => {
    const s = setup();
    const first = s.cache.source(bytes, s.parse)!;
    const second = s.cache.source(bytes, s.parse)!;
    expect(s.parses()).toBe(1);
    expect(second.data).toEqual(first.data);
    expect(second.locate(['people', 3, 'phone'])).toEqual(first.locate(['people', 3, 'phone']));
    expect(readdirSync(s.dir)).toEqual([`${key}.json`]);
    expect(statSync(s.entry).mode & 0o777).toBe(0o600);
    expect(statSync(s.dir).mode & 0o777).toBe(0o700);
    // Another process of the same build finds it too.
    const other = setup(BUILD, s.dir);
    other.cache.source(bytes, other.parse);
    expect(other.parses()).toBe(0);
    expect(s.warnings).toEqual([]);
  });

  it('a FIFO in an entry\'s place is not waited for: the roster is parsed and the FIFO left alone', () => {
    const s = setup();
    mkdirSync(s.dir, { mode: 0o700 });
    execFileSync('mkfifo', [s.entry]);
    expect(s.cache.source(bytes, s.parse)?.data).toEqual(parseYaml(shipped, [])?.data);
    expect(s.parses()).toBe(1);
  });

  it('leaves a directory others can write to as it is, and does not use it', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'beredskab-cache-')), 'open');
    mkdirSync(dir, { mode: 0o777 });
    chmodSync(dir, 0o777);
    const s = setup(BUILD, dir);
    s.cache.source(bytes, s.parse);
    expect(statSync(dir).mode & 0o777).toBe(0o777);
    expect(readdirSync(dir)).toEqual([]);
    expect(s.warnings).toEqual(['open to others']);
  });

  it('uses a directory of the user’s that others may only read, without changing its mode', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'beredskab-cache-')), 'readable');
    mkdirSync(dir);
    chmodSync(dir, 0o755);
    const s = setup(BUILD, dir);
    s.cache.source(bytes, s.parse);
    expect(statSync(dir).mode & 0o777).toBe(0o755);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  const damage: Array<[string, (entry: string) => string]> = [
    ['cut short', (e) => e.slice(0, e.length / 2)],
    ['emptied', () => ''],
    ['not JSON at all', () => 'garbage\n{}'],
    ['another build', (e) => e.replace(`"build":"${BUILD}"`, '"build":"0.1.0+other"')],
    ['another roster', (e) => e.replace(`"key":"${key}"`, `"key":"${'0'.repeat(64)}"`)],
    ['other data, the checksum of the old', (e) => e.replace('Louise Hou Kragh', 'Somebody Else')],
    [
      'other data with its own checksum, from another build',
      (e) => {
        const body = e.slice(e.indexOf('\n') + 1).replace('Louise Hou Kragh', 'Somebody Else');
        return `${JSON.stringify({ format: 1, build: '0.1.0+other', key, sum: createHash('sha256').update(body).digest('hex') })}\n${body}`;
      },
    ],
  ];
  it.each(damage)('ignores an entry %s, parses, and writes it anew', (_name, spoil) => {
    const s = setup();
    s.cache.source(bytes, s.parse);
    const good = readFileSync(s.entry, 'utf8');
    const spoilt = spoil(good);
    expect(spoilt).not.toBe(good);
    writeFileSync(s.entry, spoilt);
    const again = s.cache.source(bytes, s.parse)!;
    expect(s.parses()).toBe(2);
    expect(JSON.stringify(again.data)).toContain('Louise Hou Kragh');
    expect(JSON.stringify(again.data)).not.toContain('Somebody Else');
    expect(readFileSync(s.entry, 'utf8')).toBe(good);
    expect(s.warnings).toEqual([]);
  });

  it('a build never uses the entries of another', () => {
    const a = setup('0.1.0+aaaa');
    a.cache.source(bytes, a.parse);
    const b = setup('0.1.0+bbbb', a.dir);
    b.cache.source(bytes, b.parse);
    expect(b.parses()).toBe(1);
    expect(readFileSync(a.entry, 'utf8')).toContain('"build":"0.1.0+bbbb"');
  });

  it.each([
    ['a directory inside a file', (file: string) => join(file, 'cache')],
    ['a file where the directory should be', (file: string) => file],
  ])('cannot be used in %s: every roster is still parsed, and it says so once', (_name, where) => {
    const file = join(mkdtempSync(join(tmpdir(), 'beredskab-cache-')), 'plain-file');
    writeFileSync(file, 'x');
    const s = setup(BUILD, where(file));
    for (let i = 0; i < 5; i++) expect(s.cache.source(bytes, s.parse)?.data).toEqual(parseYaml(shipped, [])!.data);
    expect(s.parses()).toBe(5);
    expect(s.warnings).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it('gives the same diagnostics through loadRoster, from the file as from a parse', () => {
    const s = setup();
    const options = { file: 'roster.yaml', today: '2026-11-27' };
    const fresh = loadRoster(bytes, options);
    expect(loadRoster(bytes, { ...options, cache: s.cache })).toEqual(fresh);
    expect(loadRoster(bytes, { ...options, cache: s.cache })).toEqual(fresh);
    expect([s.cache.misses, s.cache.hits]).toEqual([1, 1]);
  });
});

describe('the default cache location', () => {
  it.each([
    ['XDG_CACHE_HOME set', { XDG_CACHE_HOME: '/var/cache/me' }, '/var/cache/me/beredskab'],
    ['XDG_CACHE_HOME relative (ignored, as the specification says)', { XDG_CACHE_HOME: 'rel' }, '/home/me/.cache/beredskab'],
    ['XDG_CACHE_HOME empty', { XDG_CACHE_HOME: '' }, '/home/me/.cache/beredskab'],
    ['no XDG_CACHE_HOME', {}, '/home/me/.cache/beredskab'],
  ])('%s', (_name, env, expected) => {
    expect(defaultCacheLocation(env, '/home/me')).toBe(expected);
  });
});

describe('whether the cache is on', () => {
  it.each([
    [undefined, {}, true],
    [undefined, { BEREDSKAB_CACHE: '' }, true],
    [undefined, { BEREDSKAB_CACHE: 'on' }, true],
    [false, {}, false],
    [undefined, { BEREDSKAB_CACHE: 'off' }, false],
    [undefined, { BEREDSKAB_CACHE: ' OFF ' }, false],
    [undefined, { BEREDSKAB_CACHE: '0' }, false],
    [true, { BEREDSKAB_CACHE: 'no' }, false],
  ])('flag %j, environment %j: %j', (flag, env, expected) => {
    expect(cacheWanted(flag, env)).toBe(expected);
  });
});
