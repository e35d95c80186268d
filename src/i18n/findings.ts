import type { FindingArgs, FindingCode } from '../roster/finding.js';

/**
 * A sentence for every finding code, from that code's own arguments and the file it was found in (as the user named
 * it: a command to run names it): a table of this type is complete and typed.
 */
export type FindingSentences = { [C in FindingCode]: (args: FindingArgs[C], file: string) => string };

/** The kinds a value may be expected to be (and the bounds of a range), as a language names them. */
export interface ExpectedKinds {
  string: string;
  number: string;
  int: string;
  array: string;
  object: string;
  boolean: string;
  text: string;
  phone: string;
  email: string;
  date: string;
  hash: string;
  time: string;
  id: string;
  person: string;
  personOrHotline: string;
  organisation: string;
  personOrOrganisation: string;
  personHotlineOrOrganisation: string;
  member: string;
  atLeast: (n: number) => string;
  atMost: (n: number) => string;
}

/** A kind by its key; a kind the table does not name (one of the schema library's own) by that key. */
export function expectedKind(table: ExpectedKinds, key: string): string {
  const named = (table as unknown as Record<string, unknown>)[key];
  return typeof named === 'string' ? named : key;
}
