import type { DateTime } from 'luxon';
import type { Messages } from '../i18n/index.js';

/*
 * Dates in words come from the message tables, not from Intl: the same text on every machine and no locale data to
 * load. Every DateTime here is already in the roster's zone.
 */

function offsetLabel(dt: DateTime, msg: Messages): string {
  const minutes = dt.offset;
  const sign = minutes < 0 ? '-' : '+';
  const h = Math.floor(Math.abs(minutes) / 60);
  const m = Math.abs(minutes) % 60;
  return msg.time.offset(`${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`);
}

const weekday = (dt: DateTime, msg: Messages): string => msg.time.weekdays[dt.weekday - 1]!;

/** "tirsdag den 29. december 2026 kl. 16.00 (UTC+1)" */
export function longMoment(dt: DateTime, msg: Messages): string {
  return `${msg.time.long(weekday(dt, msg), longDate(dt, msg), clock(dt, msg))} (${offsetLabel(dt, msg)})`;
}

/**
 * The time as said to people (an SMS, an e-mail, a calendar invitation, the phone page): no UTC offset, which nobody
 * reads; only in the hour that October repeats is it said which of the two is meant ("kl. 02.30 (sommertid, UTC+2)").
 */
export function spokenMoment(dt: DateTime, msg: Messages): string {
  return msg.time.long(weekday(dt, msg), longDate(dt, msg), spokenClock(dt, msg));
}

/** "21.30", or in the repeated hour which of the two (clockSaid). */
export function spokenClock(dt: DateTime, msg: Messages): string {
  return clockSaid(dt, msg);
}

/** "fredag 25/12" */
export function shortDay(dt: DateTime, msg: Messages): string {
  return msg.time.short(weekday(dt, msg), dt.day, dt.month);
}

/** "27. november 2026": of a DateTime, or of an ISO calendar date ("2026-11-27"), which no time zone touches. */
export function longDate(date: DateTime | string, msg: Messages): string {
  const [year, month, day] = typeof date === 'string' ? (date.split('-').map(Number) as [number, number, number]) : [date.year, date.month, date.day];
  return msg.time.date(day, msg.time.months[month - 1]!, year);
}

/** "23.00" / "23:00" */
export function clock(dt: DateTime, msg: Messages): string {
  return msg.time.clock(String(dt.hour).padStart(2, '0'), String(dt.minute).padStart(2, '0'));
}

/**
 * The clock, and in the hour that comes twice when summer time ends (02.00–02.59 on the last Sunday of October in
 * Denmark), which of the two: "02.30 (sommertid, UTC+2)". Anywhere else the clock alone is unambiguous.
 */
export function clockSaid(dt: DateTime, msg: Messages): string {
  const text = clock(dt, msg);
  return dt.getPossibleOffsets().length > 1 ? msg.time.repeatedHour(text, dt.isInDST, offsetLabel(dt, msg)) : text;
}

export function isoWithOffset(dt: DateTime): string {
  return dt.toISO({ suppressMilliseconds: true })!;
}
