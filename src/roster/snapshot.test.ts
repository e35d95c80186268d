import { describe, expect, it } from 'vitest';
import { NORDBY, ROOT, SHIPPED, text } from '../../tests/helpers.js';
import type { Detection, YamlPath } from './finding.js';
import { loadRoster, type SourceCache } from './load.js';
import { snapshotFromJson, snapshotToJson, sourceFromSnapshot } from './snapshot.js';
import { parseYaml, type Source } from './source.js';
import { said } from '../../tests/said.js';

const HOSTILE = `${ROOT}tests/fixtures/hostile.yaml`;
const enc = (s: string) => new TextEncoder().encode(s);
const nordby = text(NORDBY);

function swap(from: string, to: string): string {
  if (!nordby.includes(from)) throw new Error(`fixture lacks: ${from}`);
  return nordby.replace(from, to);
}

function live(yaml: string): Source {
  const findings: Detection[] = [];
  const source = parseYaml(yaml, findings);
  if (!source) throw new Error(JSON.stringify(findings));
  return source;
}

/** The snapshot as the cache keeps it: through JSON and back. */
function stored(source: Source): Source {
  const json = snapshotToJson(source.snapshot());
  if (json === undefined) throw new Error('not storable');
  return sourceFromSnapshot(snapshotFromJson(json)!);
}

/** Every path in the data, and beside each a few that do not exist or are spelt another way. */
function pathsOf(data: unknown): YamlPath[] {
  const out: YamlPath[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    out.push(path, [...path, 'missing'], [...path, 99], [...path, 0], [...path, '0'], [...path, -1], [...path, 'missing', 'deeper']);
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(data, []);
  return out;
}

const documents: Array<[string, string]> = [
  ['the shipped roster', text(SHIPPED)],
  ['the Nordby fixture', nordby],
  ['the hostile fixture', text(HOSTILE)],
  [
    'anchors, aliases, flow collections, keys that read alike, __proto__, numbers as written',
    [
      'a: &x { b: 1, c: [1, 2, { d: e }] }',
      'copy: *x',
      'n: 0o12345670',
      'h: 0x1F',
      'f: 1e3',
      't: true',
      'z: ~',
      'empty:',
      '1: first',
      '"1": second',
      'list:',
      '  - - nested',
      '  - [k: v]',
      '  - !!str 12',
      '  - &y tagged',
      '  - *y',
      '? [complex, key]',
      ': value',
      '"quo\\"te": x',
      '__proto__: { polluted: 1 }',
      'block: |',
      '  line one',
      '  line two',
      '',
    ].join('\n'),
  ],
];

describe('a snapshot of a parsed roster answers as the parse does', () => {
  it.each(documents)('%s: every position and every written scalar, at value and at key', (_name, yaml) => {
    const source = live(yaml);
    const copy = stored(source);
    expect(copy.data).toEqual(source.data);
    const paths = pathsOf(source.data);
    expect(paths.length).toBeGreaterThan(50);
    for (const path of paths) {
      for (const atKey of [false, true]) expect(copy.locate(path, atKey), `${JSON.stringify(path)} atKey=${atKey}`).toEqual(source.locate(path, atKey));
      expect(copy.written(path), JSON.stringify(path)).toBe(source.written(path));
    }
  });

  it('keeps what numbers looked like in the file', () => {
    const copy = stored(live('n: 0o12345670\nh: 0x1F\nf: 1e3\ns: "0o1"\nlist: [007]\n'));
    expect([copy.written(['n']), copy.written(['h']), copy.written(['f']), copy.written(['list', 0])]).toEqual(['0o12345670', '0x1F', '1e3', '007']);
    // Text is text: only what YAML read as something else has a written form.
    expect(copy.written(['s'])).toBeUndefined();
  });

  it('is not stored when JSON cannot carry the data exactly', () => {
    for (const yaml of ['a: .nan\n', 'a: .inf\n', 'a: -.inf\n', 'a: -0\n', 'a: [1, -0.0]\n']) expect(snapshotToJson(live(yaml).snapshot()), yaml).toBeUndefined();
    expect(snapshotToJson(live('a: 0\nb: -1.5\n').snapshot())).toBeDefined();
  });

  const good = snapshotToJson(live('a: 1\n').snapshot())!;
  it.each([
    ['not JSON', good.slice(0, -3)],
    ['not an object', '[1, 2]'],
    ['no data', JSON.stringify({ positions: { '': [1, 1] }, written: {} })],
    ['no root position', JSON.stringify({ data: {}, positions: {}, written: {} })],
    ['a position of three numbers', JSON.stringify({ data: {}, positions: { '': [1, 1, 1] }, written: {} })],
    ['a position that is not a number', JSON.stringify({ data: {}, positions: { '': [1, '1'] }, written: {} })],
    ['a written value that is not text', JSON.stringify({ data: {}, positions: { '': [1, 1] }, written: { '."a"': 1 } })],
  ])('refuses a damaged snapshot: %s', (_name, json) => {
    expect(snapshotFromJson(json)).toBeUndefined();
  });
});

/** A store in memory that keeps what the real one keeps: the JSON of the snapshot. */
function memoryCache() {
  const entries = new Map<string, string>();
  let parses = 0;
  const cache: SourceCache = {
    source(bytes, parse) {
      const key = Buffer.from(bytes).toString('base64');
      const json = entries.get(key);
      if (json !== undefined) return sourceFromSnapshot(snapshotFromJson(json)!);
      parses++;
      const source = parse();
      const out = source && snapshotToJson(source.snapshot());
      if (out !== undefined) entries.set(key, out);
      return source;
    },
  };
  return { cache, entries, parses: () => parses };
}

const rosters: Array<[string, string]> = [
  ['the shipped roster', text(SHIPPED)],
  ['the Nordby fixture', nordby],
  ['the hostile fixture', text(HOSTILE)],
  ['a phone written as 0o12345670', swap('phone: "61234571"', 'phone: 0o12345670')],
  ['a phone written as a plain number', swap('phone: "61234571"', 'phone: 61234571')],
  ['a missing key at the top', swap('schemaVersion: 1\n', '')],
  ['a missing key in a person', swap(', phone: "61234571"', '')],
  ['a missing convene type, three levels down', swap('type: hours, hours: 12', 'hours: 12')],
  ['an unknown key at the top', swap('revision: 4', 'revision: 4\nextra: 1')],
  ['an unknown key in a level', swap('type: hours, hours: 12', 'type: hours, hours: 12, minutes: 5')],
  ['a wrong type deep down', swap('type: hours, hours: 12', 'type: hours, hours: [12]')],
  ['a list where a mapping belongs', swap('revision: 4', 'revision: [4]')],
  ['a value out of range', swap('type: hours, hours: 12', 'type: hours, hours: -3')],
  ['an unknown reference', swap('organisation: nordby-kommune', 'organisation: nowhere')],
];

describe('diagnostics from a stored parse are the same as from a fresh one', () => {
  it.each(rosters)('%s', (_name, yaml) => {
    const bytes = enc(yaml);
    const memory = memoryCache();
    const options = { file: 'roster.yaml', today: '2026-11-27' };
    const fresh = loadRoster(bytes, options);
    const first = loadRoster(bytes, { ...options, cache: memory.cache });
    const second = loadRoster(bytes, { ...options, cache: memory.cache });
    expect(first).toEqual(fresh);
    expect(second).toEqual(fresh);
    // Parsed once; every later load came from the store.
    expect(memory.parses()).toBe(1);
    expect(memory.entries.size).toBe(1);
  });

  it('the rosters above are broken each in its own way (the plain-number phone is fine)', () => {
    const codes = rosters.slice(3).map(([, yaml]) => said(loadRoster(enc(yaml), { file: 'r', today: '2026-11-27' }), 'en').diagnostics.find((d) => d.severity === 'error')?.code);
    expect(codes).toEqual(['phone-extra-text', undefined, 'key-missing', 'key-missing', 'key-missing', 'key-unknown', 'key-unknown', 'type-invalid', 'type-invalid', 'value-out-of-range', 'ref-unknown']);
  });

  it('a file that does not parse is not stored: it is parsed again, and says the same', () => {
    const memory = memoryCache();
    const bytes = enc(swap('  municipality: Nordby Kommune', '  municipality: Nordby: Kommune'));
    const options = { file: 'roster.yaml' };
    const fresh = loadRoster(bytes, options);
    expect(fresh.findings[0]?.code).toBe('yaml-syntax');
    expect(loadRoster(bytes, { ...options, cache: memory.cache })).toEqual(fresh);
    expect(loadRoster(bytes, { ...options, cache: memory.cache })).toEqual(fresh);
    expect(memory.entries.size).toBe(0);
    expect(memory.parses()).toBe(2);
  });
});
