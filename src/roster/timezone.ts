import { IANAZone } from 'luxon';

/** Whether the runtime's time zone database knows a zone name. */
export function isKnownZone(name: string): boolean {
  return IANAZone.isValidZone(name);
}
