import { da as rosterDA, type Messages as RosterMessages } from './da/roster.js';
import { en as rosterEN } from './en/roster.js';
import { da as cacheDA, type CacheMessages } from './da/cache.js';
import { en as cacheEN } from './en/cache.js';
import { da as drillDA, type DrillMessages } from './da/drill.js';
import { en as drillEN } from './en/drill.js';
import { da as editDA, type EditMessages } from './da/edit.js';
import { en as editEN } from './en/edit.js';
import { da as helpDA, type HelpMessages } from './da/help.js';
import { en as helpEN } from './en/help.js';
import { da as importingDA, type ImportMessages } from './da/import.js';
import { en as importingEN } from './en/import.js';
import { da as inviteDA, type InviteMessages } from './da/invite.js';
import { en as inviteEN } from './en/invite.js';
import { da as ioDA, type IoMessages } from './da/io.js';
import { en as ioEN } from './en/io.js';
import { da as journalDA, type JournalMessages } from './da/journal.js';
import { en as journalEN } from './en/journal.js';
import { da as listDA, type ListMessages } from './da/list.js';
import { en as listEN } from './en/list.js';
import { da as planDA, type PlanMessages } from './da/plan.js';
import { en as planEN } from './en/plan.js';
import { da as planTextDA, type PlanTextMessages } from './da/plantext.js';
import { en as planTextEN } from './en/plantext.js';
import { da as shellDA, type ShellMessages } from './da/shell.js';
import { en as shellEN } from './en/shell.js';
import { da as signingDA, type SigningMessages } from './da/signing.js';
import { en as signingEN } from './en/signing.js';
import { lazy } from './lazy.js';
import type { Lang } from '../roster/lang.js';
import type { InterpretationKey } from '../domain/interpretations.js';

/**
 * Every sentence a user reads, in Danish (`da/`) and English (`en/`): one file a namespace in each language, the
 * English typed against the Danish, so a message missing on one side or added on one side only is a type error.
 * Each file's table is made the first time it is read (src/i18n/lazy.ts), so a command builds, and V8 compiles, only
 * the namespaces it reads, in the language it speaks. Only the command line (src/cli, src/main.ts) and the renderers
 * (src/render, src/document) read these tables.
 */
// A roster field's language is the roster's business; re-exported for the callers that speak to users.
export { isLang, LANGS, pick, type Lang } from '../roster/lang.js';

export type { CacheMessages, DrillMessages, EditMessages, HelpMessages, ImportMessages, InviteMessages, IoMessages, JournalMessages, ListMessages, PlanMessages, PlanTextMessages, ShellMessages, SigningMessages };

/** The commands' sentences by namespace. */
type Namespaces = {
  cache: CacheMessages;
  drill: DrillMessages;
  edit: EditMessages;
  help: HelpMessages;
  import: ImportMessages;
  invite: InviteMessages;
  io: IoMessages;
  journal: JournalMessages;
  listing: ListMessages;
  plan: PlanMessages;
  planText: PlanTextMessages;
  shell: ShellMessages;
  signing: SigningMessages;
};

/** The roster's findings, the shell's words and the contact sheet at the top level; the commands' sentences by namespace. */
export type Messages = RosterMessages & Namespaces;

/** A language's tables, each made when first asked for and the same one after. */
type Tables = { roster: () => RosterMessages } & { [K in keyof Namespaces]: () => Namespaces[K] };

const DA: Tables = {
  roster: rosterDA,
  cache: cacheDA,
  drill: drillDA,
  edit: editDA,
  help: helpDA,
  import: importingDA,
  invite: inviteDA,
  io: ioDA,
  journal: journalDA,
  listing: listDA,
  plan: planDA,
  planText: planTextDA,
  shell: shellDA,
  signing: signingDA,
};

const EN: Tables = {
  roster: rosterEN,
  cache: cacheEN,
  drill: drillEN,
  edit: editEN,
  help: helpEN,
  import: importingEN,
  invite: inviteEN,
  io: ioEN,
  journal: journalEN,
  listing: listEN,
  plan: planEN,
  planText: planTextEN,
  shell: shellEN,
  signing: signingEN,
};

const tables = (lang: Lang): Tables => (lang === 'en' ? EN : DA);

/** The roster's table with a getter for each namespace, which makes that table when it is first read. */
function assemble(t: Tables): Messages {
  const assembled = { ...t.roster() } as Messages;
  for (const name of Object.keys(t) as (keyof Tables)[]) {
    if (name !== 'roster') Object.defineProperty(assembled, name, { get: t[name], enumerable: true });
  }
  return assembled;
}

const MESSAGES = { da: lazy(() => assemble(DA)), en: lazy(() => assemble(EN)) };

export function messages(lang: Lang): Messages {
  return lang === 'en' ? MESSAGES.en() : MESSAGES.da();
}

/** One namespace alone, for the callers that need nothing else: the roster's table is not made for it. */
export const cacheMessages = (lang: Lang): CacheMessages => tables(lang).cache();
export const drillMessages = (lang: Lang): DrillMessages => tables(lang).drill();
export const editMessages = (lang: Lang): EditMessages => tables(lang).edit();
export const helpMessages = (lang: Lang): HelpMessages => tables(lang).help();
export const importMessages = (lang: Lang): ImportMessages => tables(lang).import();
export const inviteMessages = (lang: Lang): InviteMessages => tables(lang).invite();
export const ioMessages = (lang: Lang): IoMessages => tables(lang).io();
export const journalMessages = (lang: Lang): JournalMessages => tables(lang).journal();
export const listMessages = (lang: Lang): ListMessages => tables(lang).listing();
export const planMessages = (lang: Lang): PlanMessages => tables(lang).plan();
export const planTextMessages = (lang: Lang): PlanTextMessages => tables(lang).planText();
export const shellMessages = (lang: Lang): ShellMessages => tables(lang).shell();
export const signingMessages = (lang: Lang): SigningMessages => tables(lang).signing();

/** "24/12 regnes som arbejdsdag; planen nævner ikke juleaftensdag." */
export function interpretationLine(i: { key: InterpretationKey; value: unknown; stated: boolean }, lang: Lang): string {
  const m = planTextMessages(lang).interpretation;
  const says = (m.says[i.key] as (v: unknown) => string)(i.value);
  return m.line(says, i.stated ? m.stated : m.silent[i.key]);
}
