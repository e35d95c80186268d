import { editMessages, messages } from '../src/i18n/index.js';
import { diagnosticsIn, type Diagnostic } from '../src/render/diagnostics.js';
import { renderDiff } from '../src/render/diff.js';
import { diffRosters } from '../src/roster/diff.js';
import type { EditNote, Refusal } from '../src/roster/edit.js';
import { sayNote, sayRefusal } from '../src/roster/edit-codes.js';
import type { Roster } from '../src/roster/schema.js';
import type { Lang } from '../src/roster/lang.js';
import type { Finding } from '../src/roster/finding.js';

type Worded<T> = T extends { findings: Finding[] }
  ? Omit<T, 'findings' | 'newWarnings'> & { diagnostics: Diagnostic[] } & (T extends { newWarnings: Finding[] } ? { newWarnings: Diagnostic[] } : unknown)
  : T;

/** A result with findings (a load, an edit's outcome), its findings worded in a language as lint shows them. */
export function said<T extends object>(result: T, lang: Lang): Worded<T> {
  if (!('findings' in result)) return result as Worded<T>;
  const { findings, ...rest } = result as T & { findings: Finding[] };
  const worded: Record<string, unknown> = { ...rest, diagnostics: diagnosticsIn(findings, lang) };
  if ('newWarnings' in rest) worded.newWarnings = diagnosticsIn(rest.newWarnings as Finding[], lang);
  return worded as Worded<T>;
}

/** An edit's refusal as the command says it. */
export function saidRefusal(refusal: Refusal, lang: Lang): string {
  return sayRefusal(editMessages(lang).refusal, refusal);
}

/** A note about an edit as the command says it, about the roster named `file`. */
export function saidNote(note: EditNote, lang: Lang, file = 'roster.yaml'): string {
  return sayNote(editMessages(lang).note, note, file);
}

/** The lines of the difference between two rosters as `diff` and the edit commands show it. */
export function saidDiff(before: Roster, after: Roster, lang: Lang): string {
  return renderDiff(diffRosters(before, after), 1, 2, 'text', messages(lang));
}
