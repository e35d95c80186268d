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
