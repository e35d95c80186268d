import type { DateTime } from 'luxon';
import type { Messages } from '../i18n/index.js';

/*
 * Dates in words come from the message tables, not from Intl: the same text on every machine and no locale data to
 * load. Every DateTime here is already in the roster's zone.
 */

function offsetLabel(dt: DateTime, t: Messages): string {
  const minutes = dt.offset;
  const sign = minutes < 0 ? '-' : '+';
  const h = Math.floor(Math.abs(minutes) / 60);
  const m = Math.abs(minutes) % 60;
  return t.time.offset(`${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`);
}

const weekday = (dt: DateTime, t: Messages): string => t.time.weekdays[dt.weekday - 1]!;

/** "tirsdag den 29. december 2026 kl. 16.00 (UTC+1)" */
export function longMoment(dt: DateTime, t: Messages): string {
  return `${t.time.long(weekday(dt, t), longDate(dt, t), clock(dt, t))} (${offsetLabel(dt, t)})`;
}

/**
 * The time as said to people (an SMS, an e-mail, a calendar invitation, the phone page): no UTC offset, which nobody
 * reads; only in the hour that October repeats is it said which of the two is meant ("kl. 02.30 (sommertid, UTC+2)").
 */
export function spokenMoment(dt: DateTime, t: Messages): string {
  return t.time.long(weekday(dt, t), longDate(dt, t), spokenClock(dt, t));
}

/** "21.30", or in the repeated hour which of the two (clockSaid). */
export function spokenClock(dt: DateTime, t: Messages): string {
  return clockSaid(dt, t);
}

/** "fredag 25/12" */
export function shortDay(dt: DateTime, t: Messages): string {
  return t.time.short(weekday(dt, t), dt.day, dt.month);
}

/** "27. november 2026": of a DateTime, or of an ISO calendar date ("2026-11-27"), which no time zone touches. */
export function longDate(date: DateTime | string, t: Messages): string {
  const [year, month, day] = typeof date === 'string' ? (date.split('-').map(Number) as [number, number, number]) : [date.year, date.month, date.day];
  return t.time.date(day, t.time.months[month - 1]!, year);
}

/** "23.00" / "23:00" */
export function clock(dt: DateTime, t: Messages): string {
  return t.time.clock(String(dt.hour).padStart(2, '0'), String(dt.minute).padStart(2, '0'));
}

/**
 * The clock, and in the hour that comes twice when summer time ends (02.00–02.59 on the last Sunday of October in
 * Denmark), which of the two: "02.30 (sommertid, UTC+2)". Anywhere else the clock alone is unambiguous.
 */
export function clockSaid(dt: DateTime, t: Messages): string {
  const text = clock(dt, t);
  return dt.getPossibleOffsets().length > 1 ? t.time.repeatedHour(text, dt.isInDST, offsetLabel(dt, t)) : text;
}

export function isoWithOffset(dt: DateTime): string {
  return dt.toISO({ suppressMilliseconds: true })!;
}
