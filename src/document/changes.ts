import type { Messages } from '../i18n/index.js';
import type { Change } from '../roster/diff.js';

/** One change between two versions of the roster, in words. Plain text: the renderers escape it for their format. */
export function changeText(c: Change, t: Messages): string {
  const word = t.diff[c.kind] as (c: never) => string;
  return word(c as never);
}
