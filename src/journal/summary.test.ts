import { describe, expect, it } from 'vitest';
import { inTimeOrder } from './summary.js';

describe('the entries in the order things happened', () => {
  it('orders by instant whatever the offset, and keeps the written order of entries of the same instant', () => {
    const events = [
      { at: '2026-12-23T10:05:00+01:00', n: 1 },
      // 09:04 UTC, i.e. 10:04 in Copenhagen.
      { at: '2026-12-23T09:04:00Z', n: 2 },
      // 09:00 UTC: the first, though written third and with the largest clock reading.
      { at: '2026-12-23T11:00:00+02:00', n: 3 },
      { at: '2026-12-23T10:00:00.500+01:00', n: 4 },
      { at: '2026-12-23T10:05:00+01:00', n: 5 },
    ];
    expect(inTimeOrder(events).map((e) => e.n)).toEqual([3, 4, 2, 1, 5]);
    // The input is left as it was.
    expect(events.map((e) => e.n)).toEqual([1, 2, 3, 4, 5]);
  });
});
