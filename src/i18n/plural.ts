/** Counts in words through the runtime's plural rules (CLDR), never a hand-written `n === 1 ?`. */
import { plural } from './intl.js';

const DA = { select: (n: number) => plural('da', n) };
const EN = { select: (n: number) => plural('en', n) };

/** "1 arbejdsdag", "3 arbejdsdage", "0 fejl". */
export function antal(n: number, one: string, other: string): string {
  return `${n} ${DA.select(n) === 'one' ? one : other}`;
}

/** "1 working day", "3 working days". */
export function count(n: number, one: string, other: string): string {
  return `${n} ${EN.select(n) === 'one' ? one : other}`;
}

/** The Danish word alone for a count: "boligområdet" for one, "boligområderne" for more. */
export function form(n: number, one: string, other: string): string {
  return DA.select(n) === 'one' ? one : other;
}

/** The English word alone for a count. */
export function formEn(n: number, one: string, other: string): string {
  return EN.select(n) === 'one' ? one : other;
}
