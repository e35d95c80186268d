import { describe, expect, it } from 'vitest';
import { lineOf, NORDBY, SHIPPED, text } from '../../tests/helpers.js';
import { loadRoster } from './load.js';
import { said } from '../../tests/said.js';

const base = text(NORDBY);
const enc = (s: string) => new TextEncoder().encode(s);

function swap(from: string, to: string): string {
  if (!base.includes(from)) throw new Error(`fixture lacks: ${from}`);
  return base.replace(from, to);
}

function load(input: string | Uint8Array, today = '2026-11-27') {
  return said(loadRoster(typeof input === 'string' ? enc(input) : input, { file: 'roster.yaml', today }), 'da');
}

const billionLaughs = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((k, i) => {
    const prev = 'abcdefghi'[i];
    return `${k}: &${k} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`;
  }),
].join('\n');

// One Latin-1 ø (0xF8) in an otherwise UTF-8 file.
const latin1 = (() => {
  const bytes = Buffer.from(swap('name: Ida Berg', 'name: Ida Bj\u0001rn'), 'utf8');
  bytes[bytes.indexOf(0x01)] = 0xf8;
  return bytes;
})();

interface Case {
  name: string;
  input: string | Uint8Array;
  code: string;
  line: number;
  col?: number;
}

const broken: Case[] = [
  { name: 'empty file', input: '', code: 'file-empty', line: 1 },
  { name: 'only a comment', input: '# nothing\n', code: 'file-empty', line: 1 },
  { name: 'Latin-1 ø', input: latin1, code: 'encoding-invalid', line: lineOf(base, 'name: Ida Berg'), col: lineOfCol(base, 'Berg') + 2 },
  { name: 'tab indentation', input: swap('  title: Beredskabsplan', '\ttitle: Beredskabsplan'), code: 'yaml-tab-indent', line: lineOf(base, '  title: Beredskabsplan'), col: 1 },
  { name: 'duplicate key', input: swap('  municipality: Nordby Kommune', '  municipality: Nordby Kommune\n  municipality: Sydby'), code: 'yaml-duplicate-key', line: lineOf(base, '  municipality:') + 1, col: 3 },
  // Refused at the alias whose expansion passes the limit (f: ten of e, a million strings), before any is expanded.
  { name: 'billion laughs', input: billionLaughs, code: 'yaml-too-many-aliases', line: 6, col: 8 },
  { name: 'over 100 aliases', input: `a: &a x\nb: [${Array.from({ length: 101 }, () => '*a').join(', ')}]\n`, code: 'yaml-too-many-aliases', line: 2 },
  { name: 'file over 1 MiB', input: `# ${'x'.repeat(1024 * 1024)}\n`, code: 'file-too-large', line: 0 },
  { name: 'unclosed quote', input: swap('  title: Beredskabsplan for Nordby Øst 2026-2030', '  title: "Beredskabsplan for Nordby'), code: 'yaml-unclosed-quote', line: lineOf(base, 'title: Beredskabsplan'), col: 10 },
  { name: 'YAML syntax', input: swap('  municipality: Nordby Kommune', '  municipality: Nordby: Kommune'), code: 'yaml-syntax', line: lineOf(base, 'municipality: Nordby') },
  { name: 'two documents', input: `${base}---\nrevision: 5\n`, code: 'yaml-syntax', line: base.split('\n').length + 1, col: 1 },
  { name: 'a list instead of a mapping', input: '- a\n- b\n', code: 'yaml-not-mapping', line: 1 },
  { name: 'missing key', input: swap('  municipality: Nordby Kommune\n', ''), code: 'key-missing', line: lineOf(base, '  title: Beredskabsplan') },
  { name: 'unknown key', input: swap('revision: 4', 'revision: 4\nrevison: 5'), code: 'key-unknown', line: lineOf(base, 'revision: 4') + 1, col: 1 },
  { name: 'wrong type', input: swap('revision: 4', 'revision: fire'), code: 'type-invalid', line: lineOf(base, 'revision: 4'), col: 11 },
  { name: 'wrong text type', input: swap('  purpose: At handle', '  purpose: [At handle]\n  x: y #'), code: 'key-unknown', line: lineOf(base, '  purpose: At handle') + 1 },
  { name: 'invalid date', input: swap('lastChanged: 2026-09-01', 'lastChanged: 2026-13-01'), code: 'format-invalid', line: lineOf(base, 'lastChanged') },
  { name: 'bad id', input: swap('id: ida-berg', 'id: Ida Berg'), code: 'format-invalid', line: lineOf(base, 'id: ida-berg') },
  { name: 'schema version', input: swap('schemaVersion: 1', 'schemaVersion: 2'), code: 'value-invalid', line: lineOf(base, 'schemaVersion') },
  { name: 'unknown convene type', input: swap('type: hours, hours: 12', 'type: minutes, hours: 12'), code: 'value-invalid', line: lineOf(base, 'type: hours') },
  { name: 'invalid phone', input: swap('phone: "61234571"', 'phone: "1234"'), code: 'phone-invalid', line: lineOf(base, 'phone: "61234571"') },
  { name: 'foreign phone', input: swap('phone: "61234571"', 'phone: "+46 70 123 45 67"'), code: 'phone-invalid', line: lineOf(base, 'phone: "61234571"') },
  { name: 'duplicate id', input: swap('id: omar-bakr', 'id: sara-holm'), code: 'id-duplicate', line: lineOf(base, 'id: omar-bakr') },
  { name: 'unknown reference', input: swap('contacts: [sara-holm, omar-bakr, vagtchef]', 'contacts: [sara-holm, omar-bak, vagtchef]'), code: 'ref-unknown', line: lineOf(base, 'contacts: [sara-holm') },
  { name: 'ad hoc reference to nothing', input: swap('adHoc: [Nordby Brand & Redning]', 'adHoc:\n  - Nordby Brand & Redning\n  - ref: brandvaesnet'), code: 'ref-unknown', line: lineOf(base, 'adHoc:') + 2 },
  { name: 'ad hoc entry neither text nor ref', input: swap('adHoc: [Nordby Brand & Redning]', 'adHoc:\n  - { id: vagtchef }'), code: 'type-invalid', line: lineOf(base, 'adHoc:') + 1 },
  { name: 'coordinator not a member', input: swap('coordinator: mette-lund', 'coordinator: karl-vinther'), code: 'ref-unknown', line: lineOf(base, 'coordinator: mette-lund') },
  { name: 'person twice in a chain', input: swap('contacts: [sara-holm, omar-bakr, vagtchef]', 'contacts: [sara-holm, omar-bakr, sara-holm, vagtchef]'), code: 'chain-repeat', line: lineOf(base, 'contacts: [sara-holm') },
  { name: 'missing level', input: swap("  red:\n    name: Rødt\n    meaning: Akut fare.\n    convene: { type: hours, hours: 12 }\n", ''), code: 'level-missing', line: lineOf(base, '  green:') },
  { name: 'period reversed', input: swap('end: 2030-12-31', 'end: 2025-12-31'), code: 'period-reversed', line: lineOf(base, 'period:') },
  { name: 'unknown time zone', input: swap('timezone: Europe/Copenhagen', 'timezone: Europe/Kobenhavn'), code: 'timezone-invalid', line: lineOf(base, 'timezone') },
];

describe('loadRoster refuses broken rosters with a code and a line', () => {
  it.each(broken)('$name → $code', ({ input, code, line, col }) => {
    const started = performance.now();
    const { diagnostics, roster } = load(input);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.code)).toContain(code);
    const hit = errors.find((d) => d.code === code)!;
    expect(hit.line).toBe(line);
    if (col !== undefined) expect(hit.col).toBe(col);
    expect(hit.file).toBe('roster.yaml');
    expect(hit.message.length).toBeGreaterThan(5);
    if (['file-', 'yaml-', 'encoding'].some((p) => code.startsWith(p))) expect(roster).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('names the field and the YAML path of a schema error', () => {
    const { diagnostics } = load(swap('  municipality: Nordby Kommune\n', ''));
    expect(diagnostics[0]).toMatchObject({ code: 'key-missing', path: 'plan', message: 'Feltet "municipality" mangler' });
    const wrong = load(swap('phone: "61234571"', 'phone: "1234"')).diagnostics.find((d) => d.code === 'phone-invalid')!;
    expect(wrong.path).toBe('people[4].phone');
    expect(wrong.col).toBe(lineOfCol(swap('phone: "61234571"', 'phone: "1234"'), 'phone: "1234"') + 'phone: '.length);
  });
});

function lineOfCol(source: string, needle: string): number {
  const index = source.indexOf(needle);
  return index - source.lastIndexOf('\n', index - 1);
}

describe('loadRoster accepts', () => {
  it('the fixture as it is', () => {
    const { diagnostics, roster } = load(base);
    expect(roster?.plan.municipality).toBe('Nordby Kommune');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('UTF-8 with a BOM and CRLF line ends, with the same lines', () => {
    const crlf = '\uFEFF' + swap('phone: "61234571"', 'phone: "1234"').replace(/\n/g, '\r\n');
    const { diagnostics } = load(crlf);
    const hit = diagnostics.find((d) => d.code === 'phone-invalid')!;
    expect(hit.line).toBe(lineOf(base, 'phone: "61234571"'));
  });

  it('phone numbers written as YAML numbers', () => {
    expect(load(base).roster?.people.find((p) => p.id === 'omar-bakr')?.phone).toBe(61234568);
  });
});

describe('warnings on the shipped Randers roster', () => {
  const shipped = text(SHIPPED);
  const { diagnostics, roster } = load(shipped);

  it('has no errors', () => {
    expect(roster).toBeDefined();
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('points at the plan’s real gaps', () => {
    const byCode = (code: string) => diagnostics.filter((d) => d.code === code);
    expect(byCode('chain-ends-with-person').map((d) => d.message)).toEqual([
      expect.stringContaining('Louise Hou Kragh'),
    ]);
    expect(byCode('title-inconsistent').map((d) => d.message)).toEqual([
      expect.stringContaining('Gine Nørager'),
      expect.stringContaining('Peter Pedersen'),
    ]);
    expect(byCode('signatory-not-member').map((d) => d.message)).toEqual([expect.stringContaining('Camilla Nielsen')]);
    expect(byCode('member-without-substitute')).toHaveLength(6);
    expect(byCode('title-inconsistent')[1]!.line).toBe(lineOf(shipped, 'title: Inspektør\n    organisation: Møllevænget'));
  });
});

describe('warnings that depend on today', () => {
  it('today outside the period', () => {
    const { diagnostics } = load(base, '2031-01-02');
    expect(diagnostics.map((d) => d.code)).toContain('period-outside');
    expect(load(base, '2026-06-01').diagnostics.map((d) => d.code)).not.toContain('period-outside');
  });

  it('a contact not confirmed within 12 months', () => {
    const stale = swap('phone: "61234571" }', 'phone: "61234571", confirmed: 2025-11-26 }');
    const found = load(stale, '2026-11-27').diagnostics.filter((d) => d.code === 'contact-stale');
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(lineOf(base, 'id: ida-berg'));
    const fresh = swap('phone: "61234571" }', 'phone: "61234571", confirmed: 2025-11-27 }');
    expect(load(fresh, '2026-11-27').diagnostics.map((d) => d.code)).not.toContain('contact-stale');
  });

  it('localises messages', () => {
    const result = said(loadRoster(enc(swap('phone: "61234571"', 'phone: "1234"')), { file: 'r.yaml' }), 'en');
    expect(result.diagnostics.find((d) => d.code === 'phone-invalid')!.message).toMatch(/^The phone number "1234" is not a valid Danish number/);
  });
});

describe('loadRoster names the real cause', () => {
  const utf16 = (bom: boolean) => {
    const body = Buffer.from(base, 'utf16le');
    return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
  };
  const cases: Array<Case & { message: RegExp }> = [
    { name: 'missing schemaVersion', input: swap('schemaVersion: 1\n', ''), code: 'key-missing', line: lineOf(base, 'revision: 4') - 1, message: /"schemaVersion" mangler/ },
    { name: 'missing phone', input: swap(', phone: "61234571"', ''), code: 'key-missing', line: lineOf(base, 'phone: "61234571"'), message: /"phone" mangler/ },
    { name: 'missing convene type', input: swap('type: hours, hours: 12', 'hours: 12'), code: 'key-missing', line: lineOf(base, 'type: hours'), message: /"type" mangler/ },
    { name: 'a file holding only ~', input: '~\n', code: 'yaml-not-mapping', line: 1, col: 1, message: /mapping/ },
    { name: 'UTF-16 with a byte-order mark', input: utf16(true), code: 'encoding-utf16', line: 1, message: /UTF-16/ },
    { name: 'UTF-16 without one', input: utf16(false), code: 'encoding-utf16', line: 1, message: /UTF-16/ },
    { name: 'a merge key', input: swap('revision: 4', 'revision: 4\n<<: { x: 1 }'), code: 'yaml-merge-key', line: lineOf(base, 'revision: 4') + 1, col: 1, message: /<</ },
    { name: 'a tag', input: swap('revision: 4', 'revision: !!binary 4'), code: 'yaml-tag', line: lineOf(base, 'revision: 4'), col: 11, message: /!!binary/ },
    { name: 'a custom tag', input: swap('revision: 4', 'revision: !cmd 4'), code: 'yaml-tag', line: lineOf(base, 'revision: 4'), message: /!cmd/ },
    { name: 'a phone written as an octal number', input: swap('phone: "61234571"', 'phone: 0o12345670'), code: 'phone-extra-text', line: lineOf(base, 'phone: "61234571"'), message: /"0o12345670"/ },
    { name: 'a colon too many, explained in Danish', input: swap('  municipality: Nordby Kommune', '  municipality: Nordby: Kommune'), code: 'yaml-syntax', line: lineOf(base, 'municipality: Nordby'), col: 23, message: /^YAML-fejl: der står et kolon for meget/ },
    { name: 'a list not closed', input: swap('areas: [', 'areas: [Øst,\n'), code: 'yaml-syntax', line: lineOf(base, 'areas: [') + 1, message: /^YAML-fejl: / },
    { name: 'an alias without its anchor', input: swap('revision: 4', 'revision: *nowhere'), code: 'yaml-syntax', line: lineOf(base, 'revision: 4'), message: /anker/ },
  ];
  it.each(cases)('$name → $code', ({ input, code, line, col, message }) => {
    const { diagnostics, roster } = load(input);
    const hit = diagnostics.find((d) => d.code === code);
    expect(hit, JSON.stringify(diagnostics)).toBeDefined();
    expect(hit!.line).toBe(line);
    if (col !== undefined) expect(hit!.col).toBe(col);
    expect(hit!.message).toMatch(message);
    if (code.startsWith('yaml-') || code.startsWith('encoding')) expect(roster).toBeUndefined();
    // One cause, one finding: no spurious errors beside it.
    expect(diagnostics.filter((d) => d.severity === 'error')).toHaveLength(1);
  });

  it('keeps strict YAML 1.2: 1_000, no and dates stay strings where the schema wants strings', () => {
    const { roster, diagnostics } = load(swap('municipality: Nordby Kommune', 'municipality: 1_000').replace('title: Beredskabsplan for Nordby Øst 2026-2030', 'title: no'));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(roster?.plan.municipality).toBe('1_000');
    expect(roster?.plan.title).toBe('no');
    expect(roster?.lastChanged).toBe('2026-09-01');
  });
});

describe('a working day that ends before noon', () => {
  it('is refused, since a yellow deadline at 00:00 would be the end of the day before', () => {
    const { diagnostics } = load(swap('workdayEnds: "15:00"', 'workdayEnds: "00:00"'));
    const hit = diagnostics.find((d) => d.code === 'workday-ends-early');
    expect(hit?.line).toBe(lineOf(base, 'workdayEnds'));
    expect(load(base).diagnostics.map((d) => d.code)).not.toContain('workday-ends-early');
  });
});
