import type { DateTime } from 'luxon';
import type { Messages } from '../i18n/index.js';

function offsetLabel(dt: DateTime, t: Messages): string {
  const minutes = dt.offset;
  const sign = minutes < 0 ? '-' : '+';
  const h = Math.floor(Math.abs(minutes) / 60);
  const m = Math.abs(minutes) % 60;
  return t.time.offset(`${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`);
}

/** "tirsdag den 29. december 2026 kl. 16.00 (UTC+1)" */
export function longMoment(dt: DateTime, t: Messages): string {
  return `${dt.setLocale(t.time.locale).toFormat(t.time.long)} (${offsetLabel(dt, t)})`;
}

/** "fredag 25/12" for an ISO date. */
export function shortDay(dt: DateTime, t: Messages): string {
  return dt.setLocale(t.time.locale).toFormat(t.time.short);
}

/** "27. november 2026" */
export function longDate(dt: DateTime, t: Messages): string {
  return dt.setLocale(t.time.locale).toFormat(t.time.date);
}

/** "23.00" / "23:00" */
export function clock(dt: DateTime, t: Messages): string {
  return dt.toFormat(t.time.locale === 'da' ? 'HH.mm' : 'HH:mm');
}

export function isoWithOffset(dt: DateTime): string {
  return dt.toISO({ suppressMilliseconds: true })!;
}
