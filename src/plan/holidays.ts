import Holidays from 'date-holidays';
import type { LocalText } from '../roster/schema.js';

export interface Holiday {
  date: string;
  name: LocalText;
}

let source: Holidays | undefined;

/** Denmark's official public holidays (helligdage) only: never date-holidays' observances such as 1 May. */
export function danishPublicHolidays(year: number): Holiday[] {
  source ??= new Holidays('DK', { types: ['public'] });
  const da = source.getHolidays(year, 'da');
  const en = source.getHolidays(year, 'en');
  return da.map((h, i) => ({ date: h.date.slice(0, 10), name: { da: h.name, en: en[i]?.name ?? h.name } }));
}
