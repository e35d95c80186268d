/**
 * The runtime's Intl formatters, made when first asked for and kept. Making the first one of a kind reads the ICU data
 * for every locale (a list format takes about 10 ms), so none is made when a module loads: a command that words no
 * list pays nothing for one.
 */
const made = new Map<string, unknown>();

function once<T>(key: string, make: () => T): T {
  let value = made.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    made.set(key, value);
  }
  return value;
}

/** "a, b og c" ('conjunction') or "a, b eller c" ('disjunction') in the locale's own way. */
export function list(locale: string, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return once(`list ${locale} ${type}`, () => new Intl.ListFormat(locale, { type })).format(items);
}

/** The plural category of a count (CLDR), never a hand-written `n === 1`. */
export function plural(locale: string, n: number): Intl.LDMLPluralRule {
  return once(`plural ${locale}`, () => new Intl.PluralRules(locale)).select(n);
}

/** A number in the locale's way ("1.234"). */
export function number(locale: string, n: number): string {
  return once(`number ${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}
