import type { LevelId } from './schema.js';
import type { YamlEditProblem } from './yamledit.js';
import type { None } from './finding.js';

/*
 * Why an edit is not made and what is told about one that is, as data: a stable code and that code's arguments.
 * Sentences are made where they are shown (src/cli/edit-roster.ts), from the language tables typed against
 * RefusalArgs and NoteArgs (src/i18n/da/edit.ts, en/edit.ts), never here.
 */


/** A place in the plan where an id is used, as a refusal names it: its kind, and the chain, line or person it is in. */
export interface ReferenceWord {
  where: 'member' | 'substitute' | 'coordinator' | 'chain' | 'duty' | 'duty-with' | 'press-contact' | 'press-responsible' | 'signatory' | 'adhoc' | 'person-organisation' | 'hotline-organisation' | 'status-meeting';
  /** The chain's or line's id, the member's name, the signatory's or ad hoc entry's number (1-based); empty where none. */
  detail: string;
}

/** A day's convening rule as a note quotes it. */
export type ConveneRule = { type: 'hours'; hours: number } | { type: 'working-days'; days: number };

/** Every refusal's code and the arguments it carries. `known`: the ids (or entries) there are, joined by ", ". */
export interface RefusalArgs {
  'unknown-person': { id: string; known: string };
  'unknown-organisation': { id: string; known: string };
  'not-a-member': { id: string };
  'already-member': { id: string };
  'phone-invalid': { phone: string };
  'phone-service': { phone: string };
  'email-invalid': { email: string };
  'id-taken': { id: string };
  /** `option`: whether the id was one the user could give with --id (a chain's id is given as an argument). */
  'id-invalid': { id: string; option: boolean };
  'id-from-name': { name: string };
  'no-successor': { name: string; organisation: string };
  'nothing-to-change': None;
  'not-in-place': { name: string; where: string };
  /** `path`: the place in the file (`people[3].title`), empty for the file as a whole. */
  'cannot-edit': { problem: YamlEditProblem; path: string };
  'empty-value': { option: string };
  'unknown-signatory': { id: string; known: string };
  'version-unknown': { version: number; current: number };
  'already-signed': { name: string; version: number; date: string };
  'already-approved': { by: string; version: number; date: string };
  'unknown-section': { section: string; known: string };
  'text-needs-danish': { section: string };
  'unknown-chain': { id: string; known: string };
  'unknown-hotline': { id: string; known: string };
  'unknown-contact': { id: string; known: string };
  'unknown-duty': { id: string; known: string };
  'unknown-level': { id: string; known: string };
  'unknown-adhoc': { entry: string; known: string };
  'unknown-by': { id: string; known: string };
  duplicate:
    | { what: 'chain-contact'; id: string; list: string }
    | { what: 'chain' | 'signatory' | 'press' | 'press-responsible' | 'duty-by' | 'adhoc' | 'day-off'; id: string };
  /** `replace`: whether `--replace-with` would move the references (removing a person). */
  referenced: { id: string; name: string; refs: ReferenceWord[]; replace?: boolean };
  'not-in-list': { what: 'chain'; id: string; list: string; known: string } | { what: 'press' | 'signatories'; id: string; known: string };
  'last-in-list': { what: 'chain' | 'chains' | 'organisations'; id: string } | { what: 'press' | 'press-responsible' | 'duty' };
  'bad-day-off': { value: string; known: string };
  'bad-time': { value: string };
  'bad-number': { option: string; value: string; max: number };
  /** `a`: an option, or `text` for the argument. */
  'both-options': { a: string; b: string };
  'replace-self': { id: string };
  /** `what`: the blank field's text. */
  'blank-first': { id: string; what: string };
  'same-position': { id: string; position: number };
  'green-convenes': { option: string };
}

export type RefusalCode = keyof RefusalArgs;

/** Every note's code and the arguments it carries. `where`: the places in the plan's text, "section (lang, count)". */
export interface NoteArgs {
  'still-referenced': { name: string; id: string; where: string };
  'last-changed-repaired': { date: string; today: string };
  'text-rewritten': { name: string; successor: string; where: string };
  'text-still-names': { name: string; where: string };
  'offer-in-chain': { chains: string; member: string; person: string };
  'put-in-chain': { chains: string; member: string; person: string };
  'rule-text-rewritten': { level: LevelId; n: number; unit: ConveneRule['type']; where: string };
  'red-not-sooner': { red: ConveneRule; yellow: ConveneRule };
}

export type NoteCode = keyof NoteArgs;

/** Every code, for what must list them (the test that every code has a sentence in every language). */
export const REFUSAL_CODES = Object.keys({
  'unknown-person': 0, 'unknown-organisation': 0, 'not-a-member': 0, 'already-member': 0, 'phone-invalid': 0, 'phone-service': 0,
  'email-invalid': 0, 'id-taken': 0, 'id-invalid': 0, 'id-from-name': 0, 'no-successor': 0, 'nothing-to-change': 0,
  'not-in-place': 0, 'cannot-edit': 0, 'empty-value': 0, 'unknown-signatory': 0, 'version-unknown': 0, 'already-signed': 0,
  'already-approved': 0, 'unknown-section': 0, 'text-needs-danish': 0, 'unknown-chain': 0, 'unknown-hotline': 0,
  'unknown-contact': 0, 'unknown-duty': 0, 'unknown-level': 0, 'unknown-adhoc': 0, 'unknown-by': 0, duplicate: 0, referenced: 0,
  'not-in-list': 0, 'last-in-list': 0, 'bad-day-off': 0, 'bad-time': 0, 'bad-number': 0, 'both-options': 0, 'replace-self': 0,
  'blank-first': 0, 'same-position': 0, 'green-convenes': 0,
} satisfies Record<RefusalCode, 0>) as RefusalCode[];

export const NOTE_CODES = Object.keys({
  'still-referenced': 0, 'last-changed-repaired': 0, 'text-rewritten': 0, 'text-still-names': 0, 'offer-in-chain': 0,
  'put-in-chain': 0, 'rule-text-rewritten': 0, 'red-not-sooner': 0,
} satisfies Record<NoteCode, 0>) as NoteCode[];

/** Why an edit is not made, before anything is validated; `usage` when the command line itself is wrong. */
export type Refusal<C extends RefusalCode = RefusalCode> = { [K in C]: { code: K; args: RefusalArgs[K]; usage: boolean } }[C];

/** Something the user should know about a change that was made. */
export type EditNote<C extends NoteCode = NoteCode> = { [K in C]: { code: K; args: NoteArgs[K] } }[C];

/** A sentence for each refusal and each note, taking that code's arguments: what both languages' tables give. */
export type RefusalSentences = { [C in RefusalCode]: (args: RefusalArgs[C]) => string };
/** A sentence for each note, from its arguments and the roster as the user named it (a command to run names it). */
export type NoteSentences = { [C in NoteCode]: (args: NoteArgs[C], file: string) => string };

/** The arguments after a code: none for a code that has none. */
export type RefusalArgsAfter<C extends RefusalCode> = keyof RefusalArgs[C] extends never ? [] : [args: RefusalArgs[C]];

/** A refusal the command line itself is to blame for (exit 2); the one place a code and its arguments are joined. */
export function refusalOf<C extends RefusalCode>(code: C, ...[args]: RefusalArgsAfter<C>): Refusal {
  return { code, args: args ?? {}, usage: true } as Refusal;
}

/** A refusal of a request that is well formed but that the plan does not allow as it stands (exit 1). */
export function planRefusal<C extends RefusalCode>(code: C, args: RefusalArgs[C]): Refusal {
  return { code, args, usage: false } as Refusal;
}

/** A note of `code`. */
export function noteOf<C extends NoteCode>(code: C, args: NoteArgs[C]): EditNote {
  return { code, args } as EditNote;
}

/** A refusal's sentence from a language's table. */
export function sayRefusal(sentences: RefusalSentences, refusal: Refusal): string {
  // The table has a sentence for every code, each taking that code's arguments (RefusalSentences).
  return (sentences[refusal.code] as (args: RefusalArgs[typeof refusal.code]) => string)(refusal.args);
}

/** A note's sentence from a language's table. */
export function sayNote(sentences: NoteSentences, note: EditNote, file: string): string {
  return (sentences[note.code] as (args: NoteArgs[typeof note.code], file: string) => string)(note.args, file);
}
