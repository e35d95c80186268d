import { dirname, join, relative, resolve } from 'node:path';
import { UsageError, SHIPPED_ROSTER, type Globals } from './context.js';
import { journalMessages } from '../i18n/journal.js';

export interface JournalDir {
  /** Absolute path. */
  path: string;
  /** As shown in messages: relative to the working directory where that is shorter. */
  name: string;
}

/**
 * --journal, else BEREDSKAB_JOURNAL, else journal/ beside the roster. The shipped roster lives inside the installed
 * package, so with it the journal goes to journal/ in the working directory instead. An empty value is a mistake,
 * not a request for the default: a journal written somewhere unexpected is worse than a refusal.
 */
export function journalDirOf(g: Globals, option: string | undefined, env: NodeJS.ProcessEnv = process.env): JournalDir {
  const j = journalMessages(g.lang);
  if (option !== undefined && option.trim() === '') throw new UsageError(j.usage.journalEmpty('--journal'));
  if (option === undefined && 'BEREDSKAB_JOURNAL' in env && (env.BEREDSKAB_JOURNAL ?? '').trim() === '') throw new UsageError(j.usage.journalEmpty('BEREDSKAB_JOURNAL'));
  const given = option ?? env.BEREDSKAB_JOURNAL;
  const path = given ? resolve(given) : g.rosterPath === SHIPPED_ROSTER ? resolve('journal') : join(dirname(g.rosterPath), 'journal');
  const rel = relative(process.cwd(), path);
  return { path, name: given ?? (rel && !rel.startsWith('..') && rel.length < path.length ? rel : path) };
}
