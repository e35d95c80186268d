import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** Danish short numbers that are valid without being ordinary 8-digit numbers. */
export const SERVICE_NUMBERS: ReadonlySet<string> = new Set(['112', '114']);

export type Phone =
  | { kind: 'service'; digits: string }
  | { kind: 'dk'; national: string; e164: string };

/** Parses a roster phone field; null when it is neither a valid Danish number nor a service number. */
export function parsePhone(raw: string | number): Phone | null {
  const text = String(raw).trim();
  const compact = text.replace(/[\s-]/g, '');
  if (SERVICE_NUMBERS.has(compact)) return { kind: 'service', digits: compact };
  const parsed = parsePhoneNumberFromString(text, 'DK');
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
