import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { messages } from '../i18n/index.js';
import { longDate, longMoment, spokenMoment } from './dates.js';

const at = (iso: string) => DateTime.fromISO(iso, { setZone: true }).setZone('Europe/Copenhagen');

describe('times as said to people', () => {
  it.each([
    ['2026-12-18T21:30:00+01:00', 'fredag den 18. december 2026 kl. 21.30', 'Friday 18 December 2026 at 21:30'],
    ['2026-07-01T08:00:00+02:00', 'onsdag den 1. juli 2026 kl. 08.00', 'Wednesday 1 July 2026 at 08:00'],
    // October repeats 02.00–02.59: which of the two is said in words.
    ['2026-10-25T02:30:00+02:00', 'søndag den 25. oktober 2026 kl. 02.30 (sommertid, UTC+2)', 'Sunday 25 October 2026 at 02:30 (summer time, UTC+2)'],
    ['2026-10-25T02:30:00+01:00', 'søndag den 25. oktober 2026 kl. 02.30 (vintertid, UTC+1)', 'Sunday 25 October 2026 at 02:30 (winter time, UTC+1)'],
  ])('%s', (iso, da, en) => {
    expect(spokenMoment(at(iso), messages('da'))).toBe(da);
    expect(spokenMoment(at(iso), messages('en'))).toBe(en);
  });
  it('the terminal keeps the offset', () => {
    expect(longMoment(at('2026-12-18T21:30:00+01:00'), messages('da'))).toBe('fredag den 18. december 2026 kl. 21.30 (UTC+1)');
  });
});

describe('a calendar date in words', () => {
  it.each([
    ['2025-01-01', 'da', '1. januar 2025'],
    ['2029-12-31', 'da', '31. december 2029'],
    ['2026-05-07', 'en', '7 May 2026'],
  ] as const)('longDate(%s, %s) = %s', (iso, lang, expected) => {
    expect(longDate(iso, messages(lang))).toBe(expected);
  });

  it('of an ISO date and of a DateTime on that day alike, in any zone the machine has', () => {
    expect(longDate('2026-12-31', messages('da'))).toBe(longDate(at('2026-12-31T23:30:00+01:00'), messages('da')));
  });
});
