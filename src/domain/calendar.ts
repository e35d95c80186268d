import { DateTime } from 'luxon';
import type { CustomaryDayOff, LocalText, Roster } from '../roster/schema.js';
import { ASCENSION_RULE, danishPublicHolidays, type Holiday } from './holidays.js';

/** Why a day is not a working day. */
export interface DayOffReason {
  kind: 'weekend' | 'holiday' | 'day-off';
  name?: LocalText;
}

export const CUSTOMARY_NAMES: Record<CustomaryDayOff, LocalText> = {
  'christmas-eve': { da: 'Juleaftensdag', en: 'Christmas Eve' },
  'new-years-eve': { da: 'Nytårsaftensdag', en: "New Year's Eve" },
  'constitution-day': { da: 'Grundlovsdag', en: 'Constitution Day' },
  'may-day': { da: '1. maj', en: 'May Day' },
  'friday-after-ascension': { da: 'Fredag efter Kristi Himmelfartsdag', en: 'Friday after Ascension Day' },
};

/**
 * The date of a customary day off in a year. The Friday after Ascension is the day after the holiday source's Ascension
 * Day (undefined should the source not have it), so Easter is computed in one place: date-holidays.
 */
function customaryDate(day: CustomaryDayOff, year: number, holidays: readonly Holiday[]): string | undefined {
  switch (day) {
    case 'christmas-eve':
      return `${year}-12-24`;
    case 'new-years-eve':
      return `${year}-12-31`;
    case 'constitution-day':
      return `${year}-06-05`;
    case 'may-day':
      return `${year}-05-01`;
    case 'friday-after-ascension': {
      const ascension = holidays.find((h) => h.rule === ASCENSION_RULE);
      return ascension && DateTime.fromISO(ascension.date, { zone: 'UTC' }).plus({ days: 1 }).toISODate()!;
    }
  }
}

export type HolidaySource = (year: number) => readonly Holiday[];

/** The Danish working-day calendar of one roster: weekends, public holidays and the roster's own days off. */
export class WorkingCalendar {
  private readonly years = new Map<number, Map<string, DayOffReason[]>>();

  constructor(
    private readonly calendar: Roster['calendar'],
    private readonly holidays: HolidaySource = danishPublicHolidays,
  ) {}

  /** The reasons a date (ISO) is not a working day; empty for a working day. */
  reasonsOff(date: string): DayOffReason[] {
    const reasons: DayOffReason[] = [];
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
    if (weekday === 0 || weekday === 6) reasons.push({ kind: 'weekend' });
    reasons.push(...(this.yearTable(Number(date.slice(0, 4))).get(date) ?? []));
    return reasons;
  }

  isWorkingDay(date: string): boolean {
    return this.reasonsOff(date).length === 0;
  }

  private yearTable(year: number): Map<string, DayOffReason[]> {
    let table = this.years.get(year);
    if (table) return table;
    table = new Map();
    const add = (date: string, reason: DayOffReason) => table!.set(date, [...(table!.get(date) ?? []), reason]);
    const holidays = this.holidays(year);
    for (const h of holidays) add(h.date, { kind: 'holiday', name: h.name });
    for (const day of this.calendar.customaryDaysOff) {
      const date = customaryDate(day, year, holidays);
      if (date) add(date, { kind: 'day-off', name: CUSTOMARY_NAMES[day] });
    }
    for (const extra of this.calendar.extraDaysOff) {
      if (extra.date.startsWith(`${year}-`)) add(extra.date, { kind: 'day-off', name: extra.name });
    }
    this.years.set(year, table);
    return table;
  }
}
