import { DateTime, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { twelveMonthsBefore } from '../roster/rules.js';
import { COPENHAGEN, CopenhagenZone, dateIn, isKnownZone, zoneOf } from './zone.js';

const iana = IANAZone.create(COPENHAGEN);
const zone = CopenhagenZone.instance;

describe('Europe/Copenhagen without Intl', () => {
  it('has the offset of the time zone database every three hours from 1990 to 2100', () => {
    const end = Date.UTC(2101, 0, 1);
    for (let ts = Date.UTC(1990, 0, 1); ts < end; ts += 3 * 3_600_000) {
      if (zone.offset(ts) !== iana.offset(ts)) expect(zone.offset(ts), new Date(ts).toISOString()).toBe(iana.offset(ts));
    }
  });

  it('changes at the same millisecond as the database at every transition from 1996 to 2100', () => {
    for (let year = 1996; year <= 2100; year++) {
      for (const month of [2, 9]) {
        // The transition lies in the last week of March / October; find it in the database by bisection.
        let lo = Date.UTC(year, month, 24);
        let hi = Date.UTC(year, month + 1, 1, 3);
        expect(iana.offset(lo)).not.toBe(iana.offset(hi));
        while (hi - lo > 1) {
          const mid = Math.floor((lo + hi) / 2);
          if (iana.offset(mid) === iana.offset(lo)) lo = mid;
          else hi = mid;
        }
        expect([zone.offset(lo), zone.offset(hi)], `${year}-${month + 1}`).toEqual([iana.offset(lo), iana.offset(hi)]);
      }
    }
  });

  it('is the same zone as luxon’s for names, equality and offsets in ISO text', () => {
    const ts = Date.UTC(2026, 6, 1, 12);
    const ours = DateTime.fromMillis(ts, { zone });
    const theirs = DateTime.fromMillis(ts, { zone: COPENHAGEN });
    expect(ours.toISO()).toBe(theirs.toISO());
    expect(ours.zoneName).toBe(COPENHAGEN);
    expect(ours.equals(theirs)).toBe(true);
    expect(zone.formatOffset(ts, 'short')).toBe('+02:00');
    expect(zone.offsetName(ts, { format: 'short', locale: 'en-GB' })).toBe(iana.offsetName(ts, { format: 'short', locale: 'en-GB' }));
  });

  it('wall-clock arithmetic across the spring change: 22:00 + 24 hours is 23:00', () => {
    const start = DateTime.fromISO('2026-03-28T22:00', { zone });
    expect(start.plus({ hours: 24 }).toISO()).toBe('2026-03-29T23:00:00.000+02:00');
    expect(start.plus({ days: 1 }).toISO()).toBe('2026-03-29T22:00:00.000+02:00');
  });

  it('other zones are asked of Intl', () => {
    expect(zoneOf('America/New_York')).toBeInstanceOf(IANAZone);
    expect(zoneOf(COPENHAGEN)).toBe(zone);
    expect(isKnownZone('Europe/Copenhagen')).toBe(true);
    expect(isKnownZone('America/Nuuk')).toBe(true);
    expect(isKnownZone('Europe/Randers')).toBe(false);
  });

  it('gives the date in a zone, an unknown zone counting as Copenhagen', () => {
    const ts = Date.UTC(2026, 11, 31, 23, 30);
    expect(dateIn(COPENHAGEN, ts)).toBe('2027-01-01');
    expect(dateIn('Europe/Randers', ts)).toBe('2027-01-01');
    expect(dateIn('America/New_York', ts)).toBe('2026-12-31');
  });
});

describe('twelve months before a date', () => {
  it('agrees with luxon', () => {
    for (const date of ['2026-11-27', '2024-02-29', '2025-03-01', '2000-01-01', '2026-12-31']) {
      expect(twelveMonthsBefore(date), date).toBe(DateTime.fromISO(date, { zone: 'UTC' }).minus({ months: 12 }).toISODate());
    }
  });
});
