import { DateTime, FixedOffsetZone, IANAZone, Settings, Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from 'luxon';
import { COPENHAGEN, isKnownZone } from '../roster/timezone.js';

export { COPENHAGEN, isKnownZone };

/*
 * Time zones without Intl. Luxon asks Intl (ICU) for every IANA zone offset and for the system locale; loading
 * ICU's data costs a start-up of tens of milliseconds and megabytes of memory, and every Danish plan uses one zone.
 * Europe/Copenhagen is therefore computed from its rule (the EU's, in force since 1996, which the tz database also
 * projects into the future), checked by a test against Intl at every transition and every few hours of 1996–2100;
 * instants before 1996 and every other zone are asked of Intl. Dates are printed with this project's own Danish and
 * English names, so luxon's locale only ever serves technical formats and need not be looked up.
 */
Settings.defaultLocale = 'en-US';

/** 1996-01-01T00:00Z: from here Denmark's summer time follows the EU rule. */
const RULE_FROM = Date.UTC(1996, 0, 1);

/** The last Sunday of a month (1-based), 01:00 UTC: when EU summer time begins (March) and ends (October). */
function lastSundayAt0100Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return Date.UTC(year, month - 1, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}


/** Europe/Copenhagen as a luxon zone that needs no Intl from 1996 on. */
export class CopenhagenZone extends Zone {
  static readonly instance = new CopenhagenZone();
  private iana: IANAZone | undefined;

  private get database(): IANAZone {
    return (this.iana ??= IANAZone.create(COPENHAGEN));
  }

  override get type(): string {
    return 'iana';
  }

  override get name(): string {
    return COPENHAGEN;
  }

  get ianaName(): string {
    return COPENHAGEN;
  }

  override get isUniversal(): boolean {
    return false;
  }

  override get isValid(): boolean {
    return true;
  }

  override offset(ts: number): number {
    if (!(ts >= RULE_FROM)) return this.database.offset(ts);
    const year = new Date(ts).getUTCFullYear();
    return ts >= lastSundayAt0100Utc(year, 3) && ts < lastSundayAt0100Utc(year, 10) ? 120 : 60;
  }

  override offsetName(ts: number, options: ZoneOffsetOptions): string | null {
    return this.database.offsetName(ts, options);
  }

  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return FixedOffsetZone.instance(this.offset(ts)).formatOffset(ts, format);
  }

  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === COPENHAGEN;
  }
}

/** The luxon zone for a time zone name: Copenhagen computed here, any other asked of Intl. */
export function zoneOf(name: string): Zone {
  return name === COPENHAGEN ? CopenhagenZone.instance : IANAZone.create(name);
}

/** The calendar date (ISO) at an instant in a zone; an unknown zone counts as Copenhagen. */
export function dateIn(zoneName: string, millis: number): string {
  return DateTime.fromMillis(millis, { zone: zoneOf(isKnownZone(zoneName) ? zoneName : COPENHAGEN) }).toISODate()!;
}
