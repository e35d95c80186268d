import { messages, type Lang } from '../i18n/index.js';
import type { Diagnostic } from './diagnostic.js';

/** The largest roster read: a plan's roster is a few kilobytes; anything near this is not one. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** A diagnostic about the file itself (missing, a directory, unreadable). */
export function fileDiagnostic(
  code: 'file-missing' | 'file-is-directory' | 'file-unreadable' | 'file-too-large',
  file: string,
  lang: Lang,
  args: Record<string, string | number> = {},
): Diagnostic {
  const message = messages(lang).diag[code]({ file, max: MAX_FILE_BYTES, ...args });
  return { severity: 'error', code, message, file, line: 0, col: 0, path: '' };
}
