import type { LocalText } from './schema.js';

/** The languages a roster's texts, and everything the tool says, come in. */
export type Lang = 'da' | 'en';
export const LANGS: readonly Lang[] = ['da', 'en'];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** Picks the text of a roster field in the language asked for, falling back to Danish. */
export function pick(text: LocalText, lang: Lang): string {
  if (typeof text === 'string') return text;
  return (lang === 'en' && text.en) || text.da;
}
