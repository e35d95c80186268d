import { describe, expect, it } from 'vitest';
import { parseLevel } from './levels.js';
import { MomentError, isoFromDanish, parseMoment } from './time.js';

describe('Danish date and time notations', () => {
  it.each([
    ['18.12.2026 21.30', '2026-12-18T21:30'],
    ['18.12.2026 kl. 21.30', '2026-12-18T21:30'],
    ['18/12/2026 21:30', '2026-12-18T21:30'],
    ['1.2.2027 8.05', '2027-02-01T08:05'],
    ['2026-12-18 21.30', '2026-12-18T21:30'],
    ['2026-12-18 kl. 9.00', '2026-12-18T09:00'],
    ['2026-12-18T21:30', '2026-12-18T21:30'],
    ['2026-12-18T21:30+01:00', '2026-12-18T21:30+01:00'],
  ])('%s reads as %s', (input, iso) => expect(isoFromDanish(input)).toBe(iso));

  it.each(['18.12.2026 21.30', '2026-12-18 21.30', '2026-12-18T21:30'])('%s is the same instant in Copenhagen', (input) => {
    expect(parseMoment(input, 'Europe/Copenhagen').toISO({ suppressMilliseconds: true })).toBe('2026-12-18T21:30:00+01:00');
  });

  it.each(['31.02.2026 10.00', '18.12.2026', '18.12.26 21.30', 'i morgen 8.00'])('%s is refused', (input) => {
    expect(() => parseMoment(input, 'Europe/Copenhagen')).toThrow(MomentError);
  });

  it('the repeated hour in October is refused in Danish notation too', () => {
    expect(() => parseMoment('25.10.2026 02.30', 'Europe/Copenhagen')).toThrow(/ambiguous/);
  });
});

describe('levels in Danish', () => {
  it.each([
    ['rød', 'red'],
    ['rødt', 'red'],
    ['Gult', 'yellow'],
    ['gul', 'yellow'],
    ['grøn', 'green'],
    ['grønt', 'green'],
    ['red', 'red'],
  ])('%s is %s', (input, level) => expect(parseLevel(input)).toBe(level));
  it('an unknown word is no level', () => expect(parseLevel('orange')).toBeUndefined());
});
