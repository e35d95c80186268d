import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** Danish short numbers that are valid without being ordinary 8-digit numbers. */
const SERVICE_NUMBERS: ReadonlySet<string> = new Set(['112', '114']);

export type Phone =
  | { kind: 'service'; digits: string }
  | { kind: 'dk'; /** "40 86 74 08" */ national: string; e164: string };

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
  // libphonenumber-js knows no short numbers; these two are the Danish ones a plan names.
  if (SERVICE_NUMBERS.has(compact)) return { kind: 'service', digits: compact };
  const parsed = parsePhoneNumberFromString(text, 'DK');
  if (!parsed || parsed.country !== 'DK' || !parsed.isValid()) return null;
  return { kind: 'dk', national: parsed.formatNational(), e164: String(parsed.number) };
}

/** Danish grouping: "40 86 74 08" (libphonenumber-js's national format for Denmark); service numbers as they are ("114"). */
export function formatPhone(phone: Phone): string {
  return phone.kind === 'service' ? phone.digits : phone.national;
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
