/** The zone of every Danish plan, and the default. */
export const COPENHAGEN = 'Europe/Copenhagen';

/** Whether a time zone name exists (asks Intl only for names other than Copenhagen). */
export function isKnownZone(name: string): boolean {
  if (name === COPENHAGEN) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The ISO date twelve months before an ISO date (29 February goes to 28 February). */
export function twelveMonthsBefore(date: string): string {
  const [y, m, d] = date.split('-');
  const year = String(Number(y) - 1).padStart(4, '0');
  const leap = (Number(year) % 4 === 0 && Number(year) % 100 !== 0) || Number(year) % 400 === 0;
  return `${year}-${m}-${m === '02' && d === '29' && !leap ? '28' : d}`;
}
