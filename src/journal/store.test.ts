import { appendFileSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  JournalError,
  appendEvent,
  findOpenActivation,
  isActivationId,
  listActivations,
  parseJournal,
  readActivation,
  startActivation,
  summarise,
} from './index.js';

const at = DateTime.fromISO('2026-12-23T22:00:00', { zone: 'Europe/Copenhagen' });
const fresh = () => join(mkdtempSync(join(tmpdir(), 'journal-')), 'journal');
let n = 0;
const suffix = () => (n++ % 0x10000).toString(16).padStart(4, '0');

describe('activation ids', () => {
  it.each([
    ['2026-12-23T2200-red-a1b2', true],
    ['2026-12-23T2200-yellow-drill-00ff', true],
    ['2026-12-23T2200-blue-a1b2', false],
    ['2026-12-23T2200-red-A1B2', false],
    ['../2026-12-23T2200-red-a1b2', false],
    ['2026-12-23T2200-red-a1b2/../../x', false],
    ['2026-12-23T2200-red-a1b2\n', false],
    ['', false],
  ])('%j → %s', (id, ok) => expect(isActivationId(id)).toBe(ok));

  it('carries the local time of activation in the roster zone, the level and drill', () => {
    const dir = fresh();
    expect(startActivation(dir, { level: 'red', at, suffix: () => 'abcd' })).toBe('2026-12-23T2200-red-abcd');
    expect(startActivation(dir, { level: 'yellow', at: at.setZone('UTC').setZone('Europe/Copenhagen'), drill: true, suffix: () => 'abcd' })).toBe(
      '2026-12-23T2200-yellow-drill-abcd',
    );
  });

  it('draws another suffix when the id is taken, never reusing a file', () => {
    const dir = fresh();
    const suffixes = ['aaaa', 'aaaa', 'bbbb'];
    const first = startActivation(dir, { level: 'red', at, suffix: () => suffixes.shift()! });
    const second = startActivation(dir, { level: 'red', at, suffix: () => suffixes.shift()! });
    expect([first, second]).toEqual(['2026-12-23T2200-red-aaaa', '2026-12-23T2200-red-bbbb']);
  });

  it('refuses an id that is not one, before touching the file system', () => {
    expect(() => appendEvent(fresh(), '../../etc/passwd', { type: 'note', at: '2026-12-23T22:00:00+01:00', text: 'x' })).toThrow(JournalError);
    expect(() => readActivation(fresh(), 'x/../y')).toThrow(/bad-id/);
  });
});

describe('append and read', () => {
  it('reads back what was written, in order, with drill on every entry of a drill', () => {
    const dir = fresh();
    const id = startActivation(dir, { level: 'yellow', at, drill: true, by: 'Ida', reason: 'Øvelse', suffix });
    appendEvent(dir, id, { type: 'call', at: '2026-12-23T22:05:00+01:00', contact: 'lasse-bonde', answered: false });
    appendEvent(dir, id, { type: 'note', at: '2026-12-23T22:06:00+01:00', text: 'linje 1\nlinje 2 <script>' });
    appendEvent(dir, id, { type: 'close', at: '2026-12-23T23:00:00+01:00' });
    const read = readActivation(dir, id);
    expect(read.diagnostics).toEqual([]);
    expect(read.events.map((e) => e.type)).toEqual(['start', 'call', 'note', 'close']);
    expect(read.events.every((e) => e.drill === true && e.schemaVersion === 1 && e.activation === id)).toBe(true);
    expect(read.events[2]).toMatchObject({ text: 'linje 1\nlinje 2 <script>' });
    expect(readFileSync(read.file, 'utf8').split('\n')).toHaveLength(5);
  });

  it('creates the directory 0700 and the files 0600', () => {
    const dir = fresh();
    const id = startActivation(dir, { level: 'red', at, suffix });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, `${id}.jsonl`)).mode & 0o777).toBe(0o600);
  });

  it('never creates a file by appending, and refuses a link in place of one', () => {
    const dir = fresh();
    startActivation(dir, { level: 'red', at, suffix: () => 'aaaa' });
    expect(() => appendEvent(dir, '2026-12-23T2200-red-ffff', { type: 'close', at: '2026-12-23T23:00:00+01:00' })).toThrow(/missing/);
    const target = join(dir, 'elsewhere');
    writeFileSync(target, '');
    symlinkSync(target, join(dir, '2026-12-23T2200-red-eeee.jsonl'));
    expect(() => appendEvent(dir, '2026-12-23T2200-red-eeee', { type: 'close', at: '2026-12-23T23:00:00+01:00' })).toThrow(/not-a-file/);
    expect(readFileSync(target, 'utf8')).toBe('');
  });

  it('refuses to write an entry that would not read back', () => {
    const dir = fresh();
    const id = startActivation(dir, { level: 'red', at, suffix });
    expect(() => appendEvent(dir, id, { type: 'note', at: 'tomorrow', text: 'x' })).toThrow(/write-failed/);
    expect(() => appendEvent(dir, id, { type: 'note', at: '2026-12-23T22:00:00+01:00', text: '' })).toThrow(/write-failed/);
    expect(readActivation(dir, id).events).toHaveLength(1);
  });

  it('after a torn last line, the next entry starts on a line of its own and the damage stays reported', () => {
    const dir = fresh();
    const id = startActivation(dir, { level: 'red', at, suffix });
    appendEvent(dir, id, { type: 'note', at: '2026-12-23T22:01:00+01:00', text: 'før' });
    appendFileSync(join(dir, `${id}.jsonl`), '{"schemaVersion":1,"activation":"' + id + '","type":"no');
    expect(readActivation(dir, id).diagnostics).toEqual([expect.objectContaining({ line: 3, code: 'journal-torn' })]);
    appendEvent(dir, id, { type: 'note', at: '2026-12-23T22:02:00+01:00', text: 'efter' });
    const read = readActivation(dir, id);
    expect(read.events.map((e) => (e.type === 'note' ? e.text : e.type))).toEqual(['start', 'før', 'efter']);
    expect(read.diagnostics).toEqual([expect.objectContaining({ line: 3, code: 'journal-json' })]);
  });
});

describe('damaged lines are reported with their line number, the rest read', () => {
  const id = '2026-12-23T2200-red-abcd';
  const start = JSON.stringify({ schemaVersion: 1, activation: id, type: 'start', at: '2026-12-23T22:00:00+01:00', level: 'red' });
  const note = (extra: object) => JSON.stringify({ schemaVersion: 1, activation: id, type: 'note', at: '2026-12-23T22:01:00+01:00', text: 'x', ...extra });
  it.each([
    ['not JSON', `${start}\n{oops\n${note({})}\n`, [[2, 'journal-json']], 2],
    ['a later schema version', `${start}\n${note({ schemaVersion: 2 })}\n`, [[2, 'journal-version']], 1],
    ['a wrong field', `${start}\n${note({ text: 42 })}\n`, [[2, 'journal-schema']], 1],
    ['an unknown field', `${start}\n${note({ resident: 'navn' })}\n`, [[2, 'journal-unknown-field']], 1],
    ['an unknown type', `${start}\n${note({ type: 'gossip' })}\n`, [[2, 'journal-schema']], 1],
    ['another activation', `${start}\n${note({ activation: '2026-12-23T2200-red-ffff' })}\n`, [[2, 'journal-foreign']], 1],
    ['a drill flag on a real activation', `${start}\n${note({ drill: true })}\n`, [[2, 'journal-drill-mismatch']], 1],
    ['a second start', `${start}\n${start}\n`, [[2, 'journal-second-start']], 1],
    ['no start', `${note({})}\n`, [[1, 'journal-no-start']], 1],
    ['a torn last line', `${start}\n${note({})}\n{"schemaVers`, [[3, 'journal-torn']], 2],
    ['blank lines', `${start}\n\n${note({})}\n`, [], 2],
  ])('%s', (_name, text, expected, count) => {
    const { events, diagnostics } = parseJournal(text, id, 'journal/x.jsonl');
    expect(diagnostics.map((d) => [d.line, d.code])).toEqual(expected);
    expect(diagnostics.every((d) => d.file === 'journal/x.jsonl')).toBe(true);
    expect(events).toHaveLength(count);
  });
});

describe('the open activation', () => {
  it('is the one neither closed nor interrupted; none and several are said as such', () => {
    const dir = fresh();
    expect(findOpenActivation(dir)).toEqual({ kind: 'none' });
    const a = startActivation(dir, { level: 'red', at, suffix });
    expect(findOpenActivation(dir)).toEqual({ kind: 'one', id: a });
    const b = startActivation(dir, { level: 'yellow', at: at.plus({ minutes: 1 }), drill: true, suffix });
    expect(findOpenActivation(dir)).toEqual({ kind: 'several', ids: [a, b] });
    appendEvent(dir, b, { type: 'interrupted', at: '2026-12-23T22:10:00+01:00', reason: 'Ctrl-C' });
    expect(findOpenActivation(dir)).toEqual({ kind: 'one', id: a });
    appendEvent(dir, a, { type: 'close', at: '2026-12-23T23:00:00+01:00' });
    expect(findOpenActivation(dir)).toEqual({ kind: 'none' });
    expect(listActivations(dir)).toEqual([a, b]);
  });

  it('summarises levels: where it started, stands and the highest reached', () => {
    const id = '2026-12-23T2200-yellow-abcd';
    const base = { schemaVersion: 1 as const, activation: id, at: '2026-12-23T22:00:00+01:00' };
    const s = summarise(id, [
      { ...base, type: 'start', level: 'yellow' },
      { ...base, type: 'level', level: 'red' },
      { ...base, type: 'level', level: 'green' },
    ]);
    expect(s).toMatchObject({ startLevel: 'yellow', level: 'green', highest: 'red', open: true, drill: false, entries: 3 });
    expect(summarise(id, [])).toBeUndefined();
  });
});
