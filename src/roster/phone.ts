import { parsePhoneNumberFromString, type MetadataJson } from 'libphonenumber-js/core';

/**
 * Denmark's entry of libphonenumber-js's "min" metadata, the only country a roster's numbers may belong to: parsing
 * with it gives the same answers as with the metadata of every country (a test compares it with the package's), without
 * building the other 244 countries' data at start-up.
 */
export const DK_METADATA: MetadataJson = {
  version: 4,
  country_calling_codes: { '45': ['DK'] },
  countries: { DK: ['45', '00', '[2-9]\\d{7}', [8], [['(\\d{2})(\\d{2})(\\d{2})(\\d{2})', '$1 $2 $3 $4', ['[2-9]']]]] },
  nonGeographic: {},
} as unknown as MetadataJson;

/** Danish short numbers that are valid without being ordinary 8-digit numbers. */
export const SERVICE_NUMBERS: ReadonlySet<string> = new Set(['112', '114']);

export type Phone =
  | { kind: 'service'; digits: string }
  | { kind: 'dk'; national: string; e164: string };

/** Eight digits, the first 2–9, after +45 or 0045 or nothing: Denmark's numbering plan. */
const PLAIN_DANISH = /^(?:\+45|0045)?([2-9]\d{7})$/;

/**
 * Only what a phone number is written with: digits, spaces and hyphens, a leading +. A phone field is a number and
 * nothing else; "Ring 40867408 (kun hverdage)" or "40867408 ext. 12" would lose the note when the number is printed.
 */
export function isPhoneShaped(raw: string | number): boolean {
  return /^\+?[\d\s-]+$/.test(String(raw).trim());
}

/** Parses a roster phone field; null when it is neither a valid Danish number nor a service number (and nothing else). */
export function parsePhone(raw: string | number): Phone | null {
  if (!isPhoneShaped(raw)) return null;
  const text = String(raw).trim();
  const compact = text.replace(/[\s-]/g, '');
  if (SERVICE_NUMBERS.has(compact)) return { kind: 'service', digits: compact };
  // The way nearly every roster writes a number; the same answer as libphonenumber-js's (a test holds them together),
  // which is asked about anything else.
  const plain = PLAIN_DANISH.exec(compact);
  if (plain) return { kind: 'dk', national: plain[1]!, e164: `+45${plain[1]}` };
  const parsed = parsePhoneNumberFromString(text, 'DK', DK_METADATA);
  if (!parsed || parsed.country !== 'DK' || !parsed.isValid()) return null;
  return { kind: 'dk', national: String(parsed.nationalNumber), e164: String(parsed.number) };
}

/** Danish grouping: "40 86 74 08"; service numbers as they are ("114"). */
export function formatPhone(phone: Phone): string {
  if (phone.kind === 'service') return phone.digits;
  return phone.national.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/** For vCard and tel: links: "+4540867408", or the short number itself. */
export function dialString(phone: Phone): string {
  return phone.kind === 'service' ? phone.digits : phone.e164;
}

/** Formats a raw roster value for display, falling back to the text as written. */
export function displayPhone(raw: string | number): string {
  const phone = parsePhone(raw);
  return phone ? formatPhone(phone) : String(raw);
}
