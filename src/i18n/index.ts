import { da, type Messages } from './da.js';
import { en } from './en.js';
import type { LocalText } from '../roster/schema.js';

export type Lang = 'da' | 'en';
const LANGS: readonly Lang[] = ['da', 'en'];
export type { Messages };

export function messages(lang: Lang): Messages {
  return lang === 'en' ? en : da;
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** Picks the text of a roster field in the language asked for, falling back to Danish. */
export function pick(text: LocalText, lang: Lang): string {
  if (typeof text === 'string') return text;
  return (lang === 'en' && text.en) || text.da;
}
