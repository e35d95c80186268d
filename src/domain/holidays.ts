import { createRequire } from 'node:module';
import type HolidaysType from 'date-holidays';
import type { LocalText } from '../roster/schema.js';
import { FIRST_YEAR, LAST_YEAR, NAMES, YEARS } from './holidays-dk.js';

export interface Holiday {
  date: string;
  name: LocalText;
  /** date-holidays' rule for the day: "12-25", "easter 39" (39 days after Easter Sunday) … */
  rule: string;
}

/** date-holidays' rule for Ascension Day (Kristi Himmelfartsdag), 39 days after Easter Sunday. */
export const ASCENSION_RULE = 'easter 39';

let fallback: HolidaysType | undefined;

/**
 * Denmark's official public holidays (helligdage) only: never date-holidays' observances such as 1 May.
 * Years FIRST_YEAR–LAST_YEAR come from a table generated from date-holidays; other years ask date-holidays itself,
 * which is loaded only then (it carries every country's data).
 */
export function danishPublicHolidays(year: number): Holiday[] {
  if (year >= FIRST_YEAR && year <= LAST_YEAR) {
    const entry = YEARS[year - FIRST_YEAR]!;
    return entry.split(' ').map((h) => {
      const { name, rule } = NAMES[parseInt(h.slice(4), 36)]!;
      return { date: `${year}-${h.slice(0, 2)}-${h.slice(2, 4)}`, name, rule };
    });
  }
  return fromDateHolidays(year);
}

/** The same answer straight from date-holidays, for years outside the table (and for the test of the table). */
export function fromDateHolidays(year: number): Holiday[] {
  if (!fallback) {
    const Holidays = createRequire(import.meta.url)('date-holidays') as typeof HolidaysType;
    fallback = new Holidays('DK', { types: ['public'] });
  }
  const da = fallback.getHolidays(year, 'da');
  const en = fallback.getHolidays(year, 'en');
  return da.map((h, i) => ({ date: h.date.slice(0, 10), name: { da: h.name, en: en[i]?.name ?? h.name }, rule: h.rule }));
}
