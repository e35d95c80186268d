import { da, type Messages } from './da.js';
import { en } from './en.js';
import type { Lang } from '../roster/lang.js';

export { LANGS, isLang, pick, type Lang } from '../roster/lang.js';
export type { Messages };

export function messages(lang: Lang): Messages {
  return lang === 'en' ? en : da;
}
