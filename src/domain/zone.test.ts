import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isKnownZone } from '../roster/timezone.js';
import { twelveMonthsBefore } from '../roster/rules.js';
import { COPENHAGEN, dateIn, zoneOf } from './zone.js';

describe('Copenhagen time from the tz database', () => {
  it.each([
    // Summer time starts at 01:00 UTC on the last Sunday of March and ends at 01:00 UTC on the last Sunday of October.
    ['2026-03-29T00:59:59Z', 60],
    ['2026-03-29T01:00:00Z', 120],
    ['2026-10-25T00:59:59Z', 120],
    ['2026-10-25T01:00:00Z', 60],
    ['2029-03-25T01:00:00Z', 120],
    // Before the EU rule: Denmark ended summer time in September until 1995.
    ['1995-10-01T12:00:00Z', 60],
  ])('%s is UTC%+d minutes', (iso, offset) => {
    expect(DateTime.fromISO(iso, { zone: zoneOf(COPENHAGEN) }).offset).toBe(offset);
  });

  it('knows zone names the runtime knows, and no others', () => {
    expect(isKnownZone('Europe/Copenhagen')).toBe(true);
    expect(isKnownZone('America/Nuuk')).toBe(true);
    expect(isKnownZone('Europe/Randers')).toBe(false);
  });

  it('dates an instant in the plan’s zone, Copenhagen when the zone is unknown', () => {
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
