import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { JournalEvent } from '../journal/schema.js';
import { loadRoster } from '../roster/load.js';
import { WorkingCalendar } from './calendar.js';
import { decisionOf, evaluate, meetingVerdict } from './evaluation.js';

const roster = loadRoster(readFileSync(new URL('../../roster.yaml', import.meta.url)), { file: 'roster.yaml' }).roster!;
const calendar = new WorkingCalendar(roster.calendar);
const ID = '2026-12-23T1000-yellow-abcd';
const base = { schemaVersion: 1 as const, activation: ID };
const start = (level: 'green' | 'yellow' | 'red', at: string): JournalEvent => ({ ...base, type: 'start', level, at });
const level = (l: 'green' | 'yellow' | 'red', at: string): JournalEvent => ({ ...base, type: 'level', level: l, at });
const meeting = (at: string): JournalEvent => ({ ...base, type: 'meeting', at, present: [] });
const now = (iso: string) => DateTime.fromISO(iso, { setZone: true });
const shared = new Map<string, DateTime | undefined>();

describe('the meeting against the deadline', () => {
  it.each([
    ['yellow over Christmas, met the 30th: missed by 17 h', [start('yellow', '2026-12-23T10:00:00+01:00'), meeting('2026-12-30T09:00:00+01:00')], 'missed', '2026-12-29T16:00:00.000+01:00', 1020],
    ['yellow over Christmas, met the 29th at 15.00: met with 60 min to spare', [start('yellow', '2026-12-23T10:00:00+01:00'), meeting('2026-12-29T15:00:00+01:00')], 'met', '2026-12-29T16:00:00.000+01:00', 60],
    ['red across the spring change: 24 elapsed hours', [start('red', '2026-03-28T12:00:00+01:00'), meeting('2026-03-29T12:30:00+02:00')], 'met', '2026-03-29T13:00:00.000+02:00', 30],
    ['yellow raised to red: the red deadline from the change is stricter', [start('yellow', '2026-06-01T10:00:00+02:00'), level('red', '2026-06-01T12:00:00+02:00'), meeting('2026-06-02T13:00:00+02:00')], 'missed', '2026-06-02T12:00:00.000+02:00', 60],
    ['two meetings: the first counts', [start('red', '2026-06-01T10:00:00+02:00'), meeting('2026-06-03T10:00:00+02:00'), meeting('2026-06-01T20:00:00+02:00')], 'met', '2026-06-02T10:00:00.000+02:00', 14 * 60],
  ])('%s', (_name, events, kind, deadline, minutes) => {
    const v = meetingVerdict(roster, events, calendar, now('2027-01-01T00:00:00+01:00'));
    // The same answer from the cache the status report shares across activations, before and after it is filled.
    expect(meetingVerdict(roster, events, calendar, now('2027-01-01T00:00:00+01:00'), shared)).toEqual(v);
    expect(meetingVerdict(roster, events, calendar, now('2027-01-01T00:00:00+01:00'), shared)).toEqual(v);
    expect(v.kind).toBe(kind);
    if (v.kind !== 'met' && v.kind !== 'missed') throw new Error(v.kind);
    expect(v.deadline.toISO()).toBe(deadline);
    expect(v.kind === 'met' ? v.marginMinutes : v.lateMinutes).toBe(minutes);
  });

  it('green throughout requires no meeting; a missing meeting is overdue only once the deadline has passed', () => {
    expect(meetingVerdict(roster, [start('green', '2026-06-01T10:00:00+02:00')], calendar, now('2026-06-01T11:00:00+02:00')).kind).toBe('not-required');
    const red = [start('red', '2026-06-01T10:00:00+02:00')];
    expect(meetingVerdict(roster, red, calendar, now('2026-06-02T09:59:00+02:00'))).toMatchObject({ kind: 'no-meeting', overdue: false });
    expect(meetingVerdict(roster, red, calendar, now('2026-06-02T10:01:00+02:00'))).toMatchObject({ kind: 'no-meeting', overdue: true });
  });
});

describe('the call chain as it went', () => {
  it('places each call at its step and says when each chain was reached', () => {
    const events: JournalEvent[] = [
      start('red', '2026-06-01T10:00:00+02:00'),
      { ...base, type: 'call', at: '2026-06-01T10:03:00+02:00', contact: 'lasse-bonde', answered: false },
      { ...base, type: 'call', at: '2026-06-01T10:04:00+02:00', contact: 'allan-aarslev', answered: false },
      { ...base, type: 'call', at: '2026-06-01T10:06:00+02:00', contact: 'politi-vagtchef', answered: true },
      { ...base, type: 'call', at: '2026-06-01T10:20:00+02:00', contact: 'claus-hansen', answered: true },
    ];
    const e = evaluate(roster, ID, events, calendar, now('2026-06-01T11:00:00+02:00'), 'da')!;
    expect(e.chains.map((c) => [c.id, c.calls.map((x) => x.step), c.reached?.minutes])).toEqual([
      ['politi', [1, 2, 3], 6],
      ['koordinator', [], undefined],
    ]);
    expect(e.otherCalls.map((c) => c.contact)).toEqual(['claus-hansen']);
  });
});

describe('the decision on evaluation', () => {
  it('takes the latest statement of each part', () => {
    const ev = (o: object): JournalEvent => ({ ...base, type: 'evaluation', at: '2026-06-01T10:00:00+02:00', ...o }) as JournalEvent;
    expect(decisionOf([ev({ decided: false }), ev({ decided: true, due: '2026-07-01' }), ev({ held: '2026-06-20' })])).toEqual({ decided: true, due: '2026-07-01', held: '2026-06-20' });
    expect(decisionOf([])).toEqual({});
  });
});
