import { createHash } from 'node:crypto';

/**
 * The short content hash printed in footers (the contact sheet, the plan document), so a printed copy can be matched
 * to the roster it was made from: the first 12 hex digits of the SHA-256 of the bytes the roster was read from.
 */
export function rosterHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}
