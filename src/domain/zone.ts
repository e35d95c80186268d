import { DateTime, IANAZone, type Zone } from 'luxon';

/** The zone of every Danish plan, and the fallback for a roster whose zone is unknown. */
export const COPENHAGEN = 'Europe/Copenhagen';

/** A time zone from the runtime's tz database (Intl), so a tz update reaches the deadlines without a release. */
export function zoneOf(name: string): Zone {
  return IANAZone.create(name);
}

/** The calendar date (ISO) at an instant in a zone; an unknown zone counts as Copenhagen. */
export function dateIn(zoneName: string, millis: number): string {
  return DateTime.fromMillis(millis, { zone: zoneOf(IANAZone.isValidZone(zoneName) ? zoneName : COPENHAGEN) }).toISODate()!;
}
