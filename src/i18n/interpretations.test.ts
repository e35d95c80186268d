import { describe, expect, it } from 'vitest';
import { interpretationLine } from './plantext.js';
import type { Interpretations, Roster } from '../roster/schema.js';
import { WorkingCalendar } from '../domain/calendar.js';
import { meetingDeadline } from '../domain/deadline.js';
import { effectiveCalendar, interpretationsOf } from '../domain/interpretations.js';
import { parseMoment } from '../domain/time.js';

const ZONE = 'Europe/Copenhagen';

function roster(interpretations?: Interpretations, calendar: Partial<Roster['calendar']> = {}) {
  return {
    plan: { timezone: ZONE } as Roster['plan'],
    calendar: { workdayEnds: '16:00', customaryDaysOff: [], extraDaysOff: [], ...calendar },
    levels: {
      yellow: { name: 'Gult', meaning: '-', convene: { type: 'working-days' as const, days: 3 } },
      red: { name: 'Rødt', meaning: '-', convene: { type: 'hours' as const, hours: 24 } },
    },
    ...(interpretations ? { interpretations } : {}),
  } satisfies Pick<Roster, 'levels' | 'calendar' | 'plan' | 'interpretations'>;
}

function yellow(at: string, interpretations?: Interpretations, calendar: Partial<Roster['calendar']> = {}) {
  const r = roster(interpretations, calendar);
  const d = meetingDeadline(r, 'yellow', parseMoment(at, ZONE), new WorkingCalendar(effectiveCalendar(r)))!;
  return { ...d, iso: d.deadline.toISO({ suppressMilliseconds: true }), lines: d.used.map((i) => interpretationLine(i, 'da')) };
}

describe('interpretations absent: the computation the tool has always made, and it says so', () => {
  it('activation day not counted, working day ends at workdayEnds, 24/12 a working day, met when the meeting starts', () => {
    const d = yellow('2026-12-22T10:00');
    // 23/12 (1), 24/12 (2), 25–27/12 off, 28/12 (3) at 16:00.
    expect(d.iso).toBe('2026-12-28T16:00:00+01:00');
    expect(d.lines).toEqual([
      'Aktiveringsdagen tæller ikke med som arbejdsdag; planen siger ikke, om aktiveringsdagen tæller med (standard).',
      'En arbejdsdag slutter kl. 16.00; planen siger ikke, hvornår en arbejdsdag slutter; tidspunktet står i planfilen som calendar.workdayEnds (standard).',
      '24/12 regnes som arbejdsdag; planen nævner ikke juleaftensdag (standard).',
      'Fristen er overholdt, når mødet begynder senest ved fristen; planen siger »samles inden for« uden at sige, om mødet skal begynde eller være slut inden fristen (standard).',
    ]);
    expect(Object.values(interpretationsOf(roster())).every((i) => !i.stated)).toBe(true);
  });

  it('31/12 is named only when the count passes it', () => {
    expect(yellow('2026-12-29T10:00').lines.some((l) => l.startsWith('31/12 regnes som arbejdsdag; planen nævner ikke nytårsaftensdag'))).toBe(true);
    expect(yellow('2026-11-10T10:00').lines.some((l) => l.startsWith('24/12') || l.startsWith('31/12'))).toBe(false);
  });
});

describe('each interpretation changes the deadline as stated', () => {
  it('activationDayCounts: true makes a Tuesday-morning activation the first working day', () => {
    // Tuesday 10/11/2026 10:00: default Fri 13/11; counted, Thu 12/11.
    expect(yellow('2026-11-10T10:00').iso).toBe('2026-11-13T16:00:00+01:00');
    const d = yellow('2026-11-10T10:00', { activationDayCounts: true });
    expect(d.iso).toBe('2026-11-12T16:00:00+01:00');
    expect(d.days[0]).toEqual({ date: '2026-11-10', workingDay: 1, reasons: [] });
    expect(d.lines[0]).toContain('aftalt i planen');
    // After the working day has ended there is nothing left of the day to count.
    expect(yellow('2026-11-10T17:00', { activationDayCounts: true }).iso).toBe('2026-11-13T16:00:00+01:00');
    // A Saturday is not a working day, whether or not the activation day counts.
    expect(yellow('2026-11-14T10:00', { activationDayCounts: true }).iso).toBe(yellow('2026-11-14T10:00').iso);
  });

  it('workdayEnds moves the time of the yellow deadline and overrides calendar.workdayEnds', () => {
    const d = yellow('2026-11-10T10:00', { workdayEnds: '15:00' });
    expect(d.iso).toBe('2026-11-13T15:00:00+01:00');
    expect(d.rule).toEqual({ type: 'working-days', days: 3, workdayEnds: '15:00' });
    expect(d.lines[1]).toBe('En arbejdsdag slutter kl. 15.00; aftalt i planen.');
  });

  it('christmasEveWorkingDay: false skips 24/12', () => {
    const d = yellow('2026-12-22T10:00', { christmasEveWorkingDay: false });
    expect(d.iso).toBe('2026-12-29T16:00:00+01:00');
    expect(d.lines).toContain('24/12 regnes ikke som arbejdsdag; aftalt i planen.');
  });

  it('christmasEveWorkingDay: true makes 24/12 a working day even where calendar.customaryDaysOff names it', () => {
    expect(yellow('2026-12-22T10:00', undefined, { customaryDaysOff: ['christmas-eve'] }).iso).toBe('2026-12-29T16:00:00+01:00');
    expect(yellow('2026-12-22T10:00', { christmasEveWorkingDay: true }, { customaryDaysOff: ['christmas-eve'] }).iso).toBe('2026-12-28T16:00:00+01:00');
  });

  it('newYearsEveWorkingDay: false skips 31/12', () => {
    // Tue 29/12: 30/12 (1), 31/12 (2), 1/1 holiday, 4/1 (3) by default; without 31/12, 5/1.
    expect(yellow('2026-12-29T10:00').iso).toBe('2027-01-04T16:00:00+01:00');
    expect(yellow('2026-12-29T10:00', { newYearsEveWorkingDay: false }).iso).toBe('2027-01-05T16:00:00+01:00');
  });

  it('meetingDeadline is reported for red too; the deadline instant itself does not move', () => {
    const r = roster({ meetingDeadline: 'end' });
    const d = meetingDeadline(r, 'red', parseMoment('2026-11-10T10:00', ZONE), new WorkingCalendar(effectiveCalendar(r)))!;
    expect(d.deadline.toISO({ suppressMilliseconds: true })).toBe('2026-11-11T10:00:00+01:00');
    expect(d.used.map((i) => interpretationLine(i, 'en'))).toEqual(['The deadline is met when the meeting has ended by it; agreed in the plan.']);
  });
});
