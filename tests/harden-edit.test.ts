import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { cli, SHIPPED } from './helpers.js';

/** Edits of rosters written in ways the shipped one is not: each changes only what it names. */

let dir: string;
const file = () => join(dir, 'roster.yaml');
const shipped = () => readFileSync(SHIPPED, 'utf8').replace('lastChanged: 2026-11-27', 'lastChanged: 2026-01-05');
const run = (...args: string[]) => cli(['--roster', file(), ...args], { cwd: dir });
const today = () => DateTime.now().setZone('Europe/Copenhagen').toISODate()!;
const bytes = () => readFileSync(file());
/** The lines of `after` that are not the line at the same place in `before`. */
const changedLines = (before: string, after: string) => {
  const a = before.split('\n');
  const b = after.split('\n');
  return b.filter((line, i) => line !== a[i]);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'beredskab-harden-edit-'));
});

describe('an anchor in the roster', () => {
  it('moving one person to another organisation does not move the people who share the value by an alias', () => {
    writeFileSync(
      file(),
      shipped()
        .replace('  - id: allan-aarslev\n    name: Allan Aarslev\n', '  - id: allan-aarslev\n    name: Allan Aarslev\n')
        .replace(/(id: allan-aarslev[\s\S]*?organisation: )ostjyllands-politi/, '$1&politi ostjyllands-politi')
        .replace(/(id: camilla-nielsen[\s\S]*?organisation: )ostjyllands-politi/, '$1*politi'),
    );
    const result = run('person', 'set', 'allan-aarslev', '--organisation', 'lejerbo');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const people = (parse(bytes().toString('utf8')) as { people: Array<{ id: string; organisation: string }> }).people;
    const org = (id: string) => people.find((p) => p.id === id)!.organisation;
    expect([org('allan-aarslev'), org('camilla-nielsen'), org('lasse-bonde')]).toEqual(['lejerbo', 'ostjyllands-politi', 'ostjyllands-politi']);
    expect(result.stdout).not.toContain('Camilla');
  });
});

describe('the bytes of a roster', () => {
  it('an edit keeps a byte-order mark', () => {
    writeFileSync(file(), '\ufeff' + shipped());
    expect(run('person', 'set', 'lasse-bonde', '--phone', '25583250').code).toBe(0);
    expect([...bytes().subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(changedLines('\ufeff' + shipped(), bytes().toString('utf8'))).toEqual(['revision: 2', `lastChanged: ${today()}`, '    phone: "25 58 32 50"']);
  });

  it('a roster with mixed line ends keeps every line it does not edit, byte for byte', () => {
    // Every other line ends \r\n.
    const mixed = shipped().split('\n').map((line, i, all) => (i < all.length - 1 && i % 2 === 0 ? line + '\r' : line)).join('\n');
    writeFileSync(file(), mixed);
    const result = run('person', 'set', 'lasse-bonde', '--phone', '25583250');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const after = bytes().toString('utf8');
    const changed = changedLines(mixed, after);
    expect(changed).toHaveLength(3);
    expect(changed.map((l) => l.replace(/\r$/, ''))).toEqual(['revision: 2', `lastChanged: ${today()}`, '    phone: "25 58 32 50"']);
    expect(after.split('\n').length).toBe(mixed.split('\n').length);
  });

  it('a roster without a final line end takes a new person, and still ends as it did', () => {
    // The people last in the file, so that the new person is added at its very end.
    const all = shipped();
    const people = all.slice(all.indexOf('\npeople:\n') + 1, all.indexOf('\nhotlines:\n') + 1);
    const source = (all.replace(people, '').replace(/\n+$/, '') + '\n\n' + people).replace(/\n+$/, '');
    writeFileSync(file(), source);
    const result = run('person', 'add', '--name', 'Anne Andersen', '--title', 'Konsulent', '--organisation', 'lejerbo', '--phone', '31313131');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const after = bytes().toString('utf8');
    expect(after.endsWith('\n')).toBe(false);
    expect(after.slice(source.length)).toBe('\n  - id: anne-andersen\n    name: Anne Andersen\n    title: Konsulent\n    organisation: lejerbo\n    phone: "31 31 31 31"');
    expect(run('lint').code).toBe(0);
  });
});

describe('folded and literal texts', () => {
  it('person set --title on a folded title of the shipped roster', () => {
    writeFileSync(file(), shipped());
    const result = run('person', 'set', 'jens-heslop', '--title', 'Bestyrelsesformand og direktør for Udvikling, Miljø og Teknik');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(bytes().toString('utf8')).toContain('  - id: jens-heslop\n    name: Jens Heslop\n    title: >-\n      Bestyrelsesformand og direktør for Udvikling, Miljø og Teknik\n    organisation: randers-kommune\n');
    expect(run('lint').code).toBe(0);
  });

  it('a person written as one anchored flow mapping takes a new key in place', () => {
    writeFileSync(file(), shipped().replace(/  - id: kenneth-hansen\n    name: (.*)\n    title: (.*)\n    organisation: (.*)\n    phone: (.*)\n/, '  - &k { id: kenneth-hansen, name: $1, title: $2, organisation: $3, phone: $4 }\n'));
    const result = run('person', 'set', 'kenneth-hansen', '--email', 'k@example.dk');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(bytes().toString('utf8')).toMatch(/  - &k \{id: kenneth-hansen, .*, email: k@example\.dk\}\n/);
  });
});

describe('member replace', () => {
  it('hands on every reference to the leaver, those called in ad hoc included', () => {
    writeFileSync(file(), shipped().replace('adHoc:\n', 'adHoc:\n  - ref: jorgen-lajer\n  - { ref: jorgen-lajer }\n'));
    const result = run('member', 'replace', 'jorgen-lajer', '--name', 'Anne Andersen', '--phone', '31 31 31 31');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const after = bytes().toString('utf8');
    expect(after).toContain('adHoc:\n  - ref: anne-andersen\n  - { ref: anne-andersen }\n');
    const roster = parse(after) as { people: Array<{ id: string }>; adHoc: unknown[]; group: { members: Array<{ person: string }> }; communication: Array<{ by: string[] }> };
    const uses = JSON.stringify({ ...roster, people: [], signatories: [] });
    expect(uses).not.toContain('jorgen-lajer');
    const red = cli(['--roster', file(), 'activate', '--level', 'red'], { cwd: dir });
    expect(red.code).toBe(0);
    expect(red.stdout).toContain('Anne Andersen');
    expect(red.stdout).not.toContain('Jørgen Lajer');
  });
});
