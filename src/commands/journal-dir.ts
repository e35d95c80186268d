import { dirname, join, relative, resolve } from 'node:path';
import { journalMessages, type JournalMessages } from '../i18n/journal.js';
import type { DateTime } from 'luxon';
import { JournalError, findOpenActivation, isActivationId, iso, listActivations, startActivation, type ReadActivation } from '../journal/index.js';
import { diagnosticText } from '../render/journal.js';
import { SHIPPED_ROSTER, nonEmpty, type Globals } from './context.js';
import { UsageError } from './exit.js';

/** The journal's place and the shell helpers every journal command shares (log, activate --log, drill, reports). */
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
  nonEmpty(option?.trim() === '' ? '' : option, '--journal', g);
  if (option === undefined && 'BEREDSKAB_JOURNAL' in env && (env.BEREDSKAB_JOURNAL ?? '').trim() === '') throw new UsageError(j.usage.journalEmpty('BEREDSKAB_JOURNAL'));
  const given = option ?? env.BEREDSKAB_JOURNAL;
  const path = given ? resolve(given) : g.rosterPath === SHIPPED_ROSTER ? resolve('journal') : join(dirname(g.rosterPath), 'journal');
  const rel = relative(process.cwd(), path);
  return { path, name: given ?? (rel && !rel.startsWith('..') && rel.length < path.length ? rel : path) };
}

/** The file of one activation, as shown in messages. */
export function journalFile(dir: JournalDir, id: string): string {
  return `${dir.name.replace(/\/$/, '')}/${id}.jsonl`;
}

export function journalUsage(error: JournalError, j: JournalMessages): UsageError {
  switch (error.problem) {
    case 'bad-id':
      return new UsageError(j.usage.badId(error.detail));
    case 'missing':
      return new UsageError(j.usage.missing(error.detail));
    case 'not-a-file':
      return new UsageError(j.usage.notAFile(error.detail));
    case 'read-failed':
      return new UsageError(j.usage.readFailed(error.detail));
    default:
      return new UsageError(j.usage.writeFailed(error.detail));
  }
}

/** --activation, checked against the id pattern, or the one open activation. */
export function target(dir: JournalDir, given: string | undefined, j: JournalMessages): string {
  if (given !== undefined) {
    if (!isActivationId(given)) throw new UsageError(j.usage.badId(given));
    return given;
  }
  const open = findOpenActivation(dir.path);
  if (open.kind === 'one') return open.id;
  if (open.kind === 'none') throw new UsageError(j.usage.noOpen());
  throw new UsageError(j.usage.severalOpen(open.ids));
}

/** For reading: --activation or the open activation as for entries, and with none open the latest one. */
export function targetOrLatest(dir: JournalDir, given: string | undefined, j: JournalMessages): string {
  if (given !== undefined) return target(dir, given, j);
  const open = findOpenActivation(dir.path);
  if (open.kind === 'several') throw new UsageError(j.usage.severalOpen(open.ids));
  const id = open.kind === 'one' ? open.id : listActivations(dir.path).at(-1);
  if (id === undefined) throw new UsageError(j.usage.noOpen());
  return id;
}

export function warn(read: Pick<ReadActivation, 'diagnostics'>, j: JournalMessages): void {
  for (const d of read.diagnostics) process.stderr.write(diagnosticText(d, j) + '\n');
}

/**
 * `activate --log`: opens the activation in the journal and says its id on stderr, leaving stdout to the plan. `now`
 * is the clock, read by the caller.
 */
export function startFromActivate(g: Globals, journal: string | undefined, level: 'green' | 'yellow' | 'red', at: DateTime, now: DateTime): string {
  const j = journalMessages(g.lang);
  const dir = journalDirOf(g, journal);
  try {
    const id = startActivation(dir.path, { level, at, recorded: iso(now.setZone(at.zone)) });
    process.stderr.write(j.started(id) + '\n');
    return id;
  } catch (error) {
    if (error instanceof JournalError) throw journalUsage(error, j);
    throw error;
  }
}
