import fc from 'fast-check';
import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Roster } from '../roster/schema.js';
import { WorkingCalendar } from './calendar.js';
import { meetingDeadline } from './deadline.js';
import { danishPublicHolidays, fromDateHolidays } from './holidays.js';
import { FIRST_YEAR, LAST_YEAR } from './holidays-dk.js';
import { MomentError, parseMoment } from './time.js';

const ZONE = 'Europe/Copenhagen';

function rosterWith(calendar: Partial<Roster['calendar']> = {}): Pick<Roster, 'levels' | 'calendar' | 'plan'> {
  return {
    plan: { timezone: ZONE } as Roster['plan'],
    calendar: { workdayEnds: '16:00', customaryDaysOff: [], extraDaysOff: [], ...calendar },
    levels: {
      green: { name: 'Grønt', meaning: '-', convene: { type: 'none', forums: ['puls'] } },
      yellow: { name: 'Gult', meaning: '-', convene: { type: 'working-days', days: 3 } },
      red: { name: 'Rødt', meaning: '-', convene: { type: 'hours', hours: 24 } },
    },
  };
}

function deadline(level: 'yellow' | 'red', at: string, calendar: Partial<Roster['calendar']> = {}) {
  const roster = rosterWith(calendar);
  const result = meetingDeadline(roster, level, parseMoment(at, ZONE), new WorkingCalendar(roster.calendar))!;
  return { ...result, iso: result.deadline.toISO({ suppressMilliseconds: true }) };
}

describe('yellow: the 3rd working day after the activation day, at 16:00', () => {
  it.each([
    ['2026-12-23T10:00', '2026-12-29T16:00:00+01:00', 'Christmas: 25/12 and 26/12 (a Saturday) skipped'],
    ['2026-12-23T22:00', '2026-12-29T16:00:00+01:00', 'the hour does not matter'],
    ['2026-12-30T09:00', '2027-01-05T16:00:00+01:00', 'New Year: 1/1 is a Friday holiday'],
    ['2027-03-24T12:00', '2027-04-01T16:00:00+02:00', 'Easter in late March: 25/3 Maundy Thursday, 26/3 Good Friday, 29/3 Easter Monday'],
    ['2026-05-12T12:00', '2026-05-18T16:00:00+02:00', 'Kristi himmelfart 14/5; the Friday after is a working day by default'],
    ['2026-05-21T12:00', '2026-05-27T16:00:00+02:00', 'Whit Monday 25/5'],
    ['2023-05-03T12:00', '2023-05-09T16:00:00+02:00', 'Store Bededag 5/5/2023 is a holiday'],
    ['2024-04-24T12:00', '2024-04-29T16:00:00+02:00', 'Store Bededag 26/4/2024 is a working day'],
    ['2026-11-28T12:00', '2026-12-02T16:00:00+01:00', 'activated on a Saturday: Monday is day 1'],
    ['2026-11-29T12:00', '2026-12-02T16:00:00+01:00', 'activated on a Sunday'],
    ['2026-12-25T12:00', '2026-12-30T16:00:00+01:00', 'activated on a holiday'],
    ['2026-11-27T15:59', '2026-12-02T16:00:00+01:00', 'Friday afternoon'],
  ])('%s → %s (%s)', (at, expected) => {
    expect(deadline('yellow', at).iso).toBe(expected);
  });

  it('lists every day up to the deadline with its reason', () => {
    const d = deadline('yellow', '2026-12-23T10:00');
    expect(d.days.map((day) => [day.date, day.workingDay ?? day.reasons.map((r) => r.kind).join('+')])).toEqual([
      ['2026-12-24', 1],
      ['2026-12-25', 'holiday'],
      ['2026-12-26', 'weekend+holiday'],
      ['2026-12-27', 'weekend'],
      ['2026-12-28', 2],
      ['2026-12-29', 3],
    ]);
  });

  it('customary and explicit days off move the deadline', () => {
    expect(deadline('yellow', '2026-12-23T10:00', { customaryDaysOff: ['christmas-eve', 'new-years-eve'] }).iso).toBe('2026-12-30T16:00:00+01:00');
    expect(deadline('yellow', '2026-05-12T12:00', { customaryDaysOff: ['friday-after-ascension'] }).iso).toBe('2026-05-19T16:00:00+02:00');
    expect(deadline('yellow', '2026-04-28T12:00', { customaryDaysOff: ['may-day'] }).iso).toBe('2026-05-04T16:00:00+02:00');
    expect(deadline('yellow', '2026-06-02T12:00', { customaryDaysOff: ['constitution-day'] }).iso).toBe('2026-06-08T16:00:00+02:00');
    expect(deadline('yellow', '2026-11-30T12:00', { extraDaysOff: [{ date: '2026-12-02', name: 'Lukkedag' }] }).iso).toBe('2026-12-04T16:00:00+01:00');
    expect(deadline('yellow', '2026-11-30T12:00', { workdayEnds: '15:30' }).iso).toBe('2026-12-03T15:30:00+01:00');
  });
});

describe('red: 24 elapsed hours', () => {
  it.each([
    ['2026-12-23T22:00', '2026-12-24T22:00:00+01:00'],
    ['2026-03-28T22:00', '2026-03-29T23:00:00+02:00'],
    ['2026-10-24T22:00', '2026-10-25T21:00:00+01:00'],
    ['2027-03-27T22:00', '2027-03-28T23:00:00+02:00'],
    ['2027-10-30T22:00', '2027-10-31T21:00:00+01:00'],
    ['2026-10-25T02:30+02:00', '2026-10-26T01:30:00+01:00'],
    ['2026-12-24T09:00Z', '2026-12-25T10:00:00+01:00'],
  ])('%s → %s', (at, expected) => {
    const d = deadline('red', at);
    expect(d.iso).toBe(expected);
    expect(d.deadline.toMillis() - d.activatedAt.toMillis()).toBe(24 * 3600_000);
  });
});

describe('parseMoment', () => {
  it.each([
    ['2026-12-23T22:00', '2026-12-23T22:00:00+01:00'],
    ['2026-12-23 22:00', '2026-12-23T22:00:00+01:00'],
    ['2026-12-23T22:00+01:00', '2026-12-23T22:00:00+01:00'],
    ['2026-12-23T22:00:30+00:00', '2026-12-23T23:00:30+01:00'],
    ['2026-07-01T08:15', '2026-07-01T08:15:00+02:00'],
    ['2026-12-01T10:00+14:00', '2026-11-30T21:00:00+01:00'],
    ['2026-12-01T10:00-14:00', '2026-12-02T01:00:00+01:00'],
    ['2026-12-01T10:00+0530', '2026-12-01T05:30:00+01:00'],
    ['1900-01-01T12:00Z', '1900-01-01T13:00:00+01:00'],
    ['2200-12-31T12:00', '2200-12-31T12:00:00+01:00'],
  ])('%s → %s', (input, expected) => {
    expect(parseMoment(input, ZONE).toISO({ suppressMilliseconds: true })).toBe(expected);
  });

  it.each([
    ['2026-03-29T02:30', 'nonexistent'],
    ['2027-03-28 02:00', 'nonexistent'],
    ['2026-10-25T02:30', 'ambiguous'],
    ['tomorrow', 'format'],
    ['2026-02-30T10:00', 'format'],
    ['2026-12-23T25:00', 'format'],
    ['2026-12-23', 'format'],
    ['2026-12-01T10:00+99:99', 'offset'],
    ['2026-12-01T10:00+25:00', 'offset'],
    ['2026-12-01T10:00+14:01', 'offset'],
    ['2026-12-01T10:00-01:60', 'offset'],
    ['2026-12-01T10:00+0960', 'offset'],
    ['0000-01-01T00:00', 'range'],
    ['1899-12-31T23:59', 'range'],
    ['2201-01-01T00:00Z', 'range'],
  ])('%s is refused (%s)', (input, problem) => {
    expect(() => parseMoment(input, ZONE)).toThrowError(MomentError);
    try {
      parseMoment(input, ZONE);
    } catch (error) {
      expect((error as MomentError).problem).toBe(problem);
    }
  });
});

describe('properties over 2024–2040', () => {
  const roster = rosterWith();
  const calendar = new WorkingCalendar(roster.calendar);
  const moment = fc
    .integer({ min: DateTime.fromISO('2024-01-01T00:00', { zone: ZONE }).toMillis(), max: DateTime.fromISO('2040-12-31T23:59', { zone: ZONE }).toMillis() })
    .map((ms) => DateTime.fromMillis(ms, { zone: ZONE }));

  it('a yellow deadline is a working day after the activation day, with exactly two working days between', () => {
    fc.assert(
      fc.property(moment, (at) => {
        const d = meetingDeadline(roster, 'yellow', at, calendar)!;
        const day = d.deadline.toISODate()!;
        expect(calendar.isWorkingDay(day)).toBe(true);
        expect(day > at.toISODate()!).toBe(true);
        let between = 0;
        for (let x = at.startOf('day').plus({ days: 1 }); x.toISODate()! < day; x = x.plus({ days: 1 })) {
          if (calendar.isWorkingDay(x.toISODate()!)) between++;
        }
        expect(between).toBe(2);
        expect(d.deadline.toFormat('HH:mm')).toBe('16:00');
      }),
      { numRuns: 300 },
    );
  });

  it('a later activation never gives an earlier deadline', () => {
    fc.assert(
      fc.property(moment, moment, fc.constantFrom('yellow' as const, 'red' as const), (a, b, level) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const d1 = meetingDeadline(roster, level, early, calendar)!.deadline;
        const d2 = meetingDeadline(roster, level, late, calendar)!.deadline;
        expect(d2.toMillis()).toBeGreaterThanOrEqual(d1.toMillis());
      }),
      { numRuns: 300 },
    );
  });

  it('red deadline − activation = 24 hours of real time, never before the activation', () => {
    fc.assert(
      fc.property(moment, (at) => {
        const d = meetingDeadline(roster, 'red', at, calendar)!;
        expect(d.deadline.toMillis() - at.toMillis()).toBe(86_400_000);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the calendar and date-holidays agree', () => {
  it('on every public holiday 2020–2060', () => {
    const reference = new Holidays('DK', { types: ['public'] });
    const calendar = new WorkingCalendar(rosterWith().calendar);
    for (let year = 2020; year <= 2060; year++) {
      const expected = new Set(reference.getHolidays(year).map((h) => h.date.slice(0, 10)));
      expect(new Set(danishPublicHolidays(year).map((h) => h.date))).toEqual(expected);
      for (let day = DateTime.fromISO(`${year}-01-01`, { zone: 'UTC' }); day.year === year; day = day.plus({ days: 1 })) {
        const iso = day.toISODate()!;
        const working = day.weekday <= 5 && !expected.has(iso);
        expect(calendar.isWorkingDay(iso), iso).toBe(working);
      }
    }
  });

  it('the generated table is date-holidays, names included, for every year it holds; other years ask date-holidays', () => {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      expect(danishPublicHolidays(year), String(year)).toEqual(fromDateHolidays(year));
    }
    expect(JSON.stringify(danishPublicHolidays(2023))).toContain('Store Bededag');
    expect(JSON.stringify(danishPublicHolidays(2024))).not.toContain('Store Bededag');
    expect(danishPublicHolidays(LAST_YEAR + 1)).toEqual(fromDateHolidays(LAST_YEAR + 1));
    expect(danishPublicHolidays(FIRST_YEAR - 1).map((h) => h.date)).toContain(`${FIRST_YEAR - 1}-12-25`);
  });

  it('counts only public holidays, not observances such as 1 May or Grundlovsdag', () => {
    const calendar = new WorkingCalendar(rosterWith().calendar);
    expect(calendar.isWorkingDay('2026-05-01')).toBe(true);
    expect(calendar.isWorkingDay('2026-06-05')).toBe(true);
    expect(calendar.isWorkingDay('2026-12-24')).toBe(true);
    expect(calendar.isWorkingDay('2023-05-05')).toBe(false);
    expect(calendar.isWorkingDay('2024-04-26')).toBe(true);
  });

  it('the Friday after Ascension is 40 days after date-holidays\' Easter Sunday, in and outside the table', () => {
    const calendar = new WorkingCalendar(rosterWith({ customaryDaysOff: ['friday-after-ascension'] }).calendar);
    const plain = new WorkingCalendar(rosterWith().calendar);
    const reference = new Holidays('DK', { types: ['public'] });
    for (let year = FIRST_YEAR - 2; year <= LAST_YEAR + 2; year++) {
      const easter = reference.getHolidays(year).find((h) => h.rule === 'easter')!.date.slice(0, 10);
      const friday = DateTime.fromISO(easter, { zone: 'UTC' }).plus({ days: 40 }).toISODate()!;
      expect(calendar.reasonsOff(friday), friday).toEqual([{ kind: 'day-off', name: { da: 'Fredag efter Kristi Himmelfartsdag', en: 'Friday after Ascension Day' } }]);
      expect(plain.isWorkingDay(friday), friday).toBe(true);
    }
    expect(['2024-05-10', '2025-05-30', '2026-05-15', '2027-05-07', '2038-06-04'].map((d) => calendar.isWorkingDay(d))).toEqual([false, false, false, false, false]);
  });
});
