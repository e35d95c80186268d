import { parsePhoneNumberFromString as parseWithAllCountries } from 'libphonenumber-js/min';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPhone, isPhoneShaped, parsePhone } from './phone.js';

/** What parsePhone answered when it used the metadata of every country. */
function withAllCountries(raw: string): string | null {
  const parsed = parseWithAllCountries(raw, 'DK');
  return parsed && parsed.country === 'DK' && parsed.isValid() ? String(parsed.number) : null;
}

describe('Danish phone numbers', () => {
  it('gives libphonenumber-js\'s answer for every field written as a number', () => {
    const samples = ['40 86 74 08', '+45 40 86 74 08', '0045 40867408', '4086 7408', '1234', '12345678', '+46 70 123 45 67', '+4540867408', '89 15 15 00', '408674081', 'tlf. 40 86 74 08', '+1 212 555 0100', '', '40-86-74-08', '40\u00a086 74 08', '+45-40867408', '0045-4086-7408', '+45 (0) 40 86 74 08', '20000000', '99999999', '10000000'];
    for (const raw of samples) {
      const parsed = parsePhone(raw);
      // A field with anything but digits, spaces, hyphens and a leading + is refused whatever the library makes of it.
      expect(parsed && parsed.kind === 'dk' ? parsed.e164 : null, raw).toBe(isPhoneShaped(raw) ? withAllCountries(raw) : null);
    }
    fc.assert(
      fc.property(fc.stringMatching(/^(\+45[ -]?|\+46|0045|\+1 )?[0-9 -]{6,12}$/), (raw) => {
        const parsed = parsePhone(raw);
        if (parsed?.kind === 'service') return;
        expect(parsed ? parsed.e164 : null, raw).toBe(withAllCountries(raw));
      }),
      { numRuns: 2000 },
    );
  });

  it('a phone field is a number and nothing else: notes, extensions and words are refused', () => {
    const refused = ['Ring 40867408 (kun hverdage)', '4086 7408 x99', '40867408 ext. 12', 'tlf. 40 86 74 08', '+45 (0) 40 86 74 08', '40867408 / 22701226', '40.86.74.08'];
    for (const raw of refused) expect(parsePhone(raw), raw).toBeNull();
    const accepted = ['40867408', '40 86 74 08', '+45 40 86 74 08', '0045 4086 7408', '40-86-74-08', ' 40867408 ', '114'];
    for (const raw of accepted) expect(parsePhone(raw), raw).not.toBeNull();
    expect(parsePhone(40867408)).toEqual({ kind: 'dk', national: '40 86 74 08', e164: '+4540867408' });
  });

  it('prints the Danish way; 112 and 114 are service numbers', () => {
    expect(formatPhone(parsePhone('+4540867408')!)).toBe('40 86 74 08');
    expect(parsePhone(114)).toEqual({ kind: 'service', digits: '114' });
    expect(parsePhone('1 1 2')).toEqual({ kind: 'service', digits: '112' });
  });
});
