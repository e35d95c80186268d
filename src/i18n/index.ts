import { da, type Messages } from './da.js';
import { en } from './en.js';
import type { Lang } from '../roster/lang.js';

// A roster field's language is the roster's business; re-exported for the callers that speak to users.
export { isLang, LANGS, pick, type Lang } from '../roster/lang.js';
export type { Messages };

export function messages(lang: Lang): Messages {
  return lang === 'en' ? en : da;
}
