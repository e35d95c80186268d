import { number } from '../i18n/intl.js';
import { statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Env } from '../io/stdio.js';
import { ioMessages, journalMessages, type JournalMessages } from '../i18n/index.js';
import { longMoment } from '../document/dates.js';
import type { DateTime } from 'luxon';
import { FUTURE_SLACK_MINUTES } from '../journal/schema.js';
import { JournalError, MAX_JOURNAL_BYTES, findOpenActivation, isActivationId, iso, listActivations, startActivation, type ReadActivation } from '../journal/index.js';
import { diagnosticText } from '../document/journal.js';
import { SHIPPED_ROSTER, nonEmpty, type Globals } from './context.js';
import { OutputError, UsageError } from './exit.js';

/** The journal's place and the shell helpers every journal command shares (log, activate --log, drill, reports). */
export interface JournalDir {
  /** Absolute path. */
  path: string;
  /** As shown in messages: relative to the working directory where that is shorter. */
  name: string;
  /** Named by --journal or BEREDSKAB_JOURNAL, rather than the default place. */
  given: boolean;
}

/**
 * --journal, else BEREDSKAB_JOURNAL, else journal/ beside the roster. The shipped roster lives inside the installed
 * package, so with it the journal goes to journal/ in the working directory instead. An empty value is a mistake,
 * not a request for the default: a journal written somewhere unexpected is worse than a refusal.
 */
export function journalDirOf(g: Globals, option: string | undefined, env: Env = g.io.env): JournalDir {
  const journalText = journalMessages(g.lang);
  nonEmpty(option?.trim() === '' ? '' : option, '--journal', g);
  if (option === undefined && 'BEREDSKAB_JOURNAL' in env && (env.BEREDSKAB_JOURNAL ?? '').trim() === '') throw new UsageError(journalText.usage.journalEmpty('BEREDSKAB_JOURNAL'));
  const given = option ?? env.BEREDSKAB_JOURNAL;
  const path = given ? g.path(given) : g.rosterPath === SHIPPED_ROSTER ? g.path('journal') : join(dirname(g.rosterPath), 'journal');
  const rel = relative(g.io.cwd, path);
  return { path, name: given ?? (rel && !rel.startsWith('..') && rel.length < path.length ? rel : path), given: given !== undefined };
}


/** A journal entry timed in the future is a typing mistake (next month for this month): the journal records what happened. */
export function notInFuture(at: DateTime, now: DateTime, g: Globals): void {
  if (at > now.plus({ minutes: FUTURE_SLACK_MINUTES })) throw new UsageError(ioMessages(g.lang).journal.future(longMoment(at, g.msg), longMoment(now.setZone(at.zone), g.msg)));
}

/** The file of one activation, as shown in messages. */
export function journalFile(dir: JournalDir, id: string): string {
  return `${dir.name.replace(/\/$/, '')}/${id}.jsonl`;
}

export function journalUsage(error: JournalError, journalText: JournalMessages): UsageError | OutputError {
  switch (error.problem) {
    case 'no-space': {
      // A full disk is a failed write (exit 70), not a mistake in the command line.
      const cut = error.detail.lastIndexOf(': ');
      return new OutputError(ioMessages(journalText === journalMessages('en') ? 'en' : 'da').write.journalNoSpace(error.detail.slice(0, cut), error.detail.slice(cut + 2)));
    }
    case 'bad-id':
      return new UsageError(journalText.usage.badId(error.detail));
    case 'missing':
      return new UsageError(journalText.usage.missing(error.detail));
    case 'not-a-file':
      return new UsageError(journalText.usage.notAFile(error.detail));
    case 'read-failed':
      return new UsageError(journalText.usage.readFailed(error.detail));
    default:
      return new UsageError(journalText.usage.writeFailed(error.detail));
  }
}

/** --activation, checked against the id pattern, or the one open activation. */
export function target(dir: JournalDir, given: string | undefined, journalText: JournalMessages): string {
  if (given !== undefined) {
    if (!isActivationId(given)) throw new UsageError(journalText.usage.badId(given));
    return given;
  }
  const open = findOpenActivation(dir.path);
  if (open.kind === 'one') return open.id;
  if (open.kind === 'none') throw new UsageError(journalText.usage.noOpen());
  if (open.kind === 'unknown') throw new UsageError(ioMessages(langOf(journalText)).journal.openUnknown(open.files.map((f) => `${dir.name.replace(/\/$/, '')}/${f}`)));
  throw new UsageError(journalText.usage.severalOpen(open.ids));
}

function langOf(journalText: JournalMessages): 'da' | 'en' {
  return journalText === journalMessages('en') ? 'en' : 'da';
}

/** For reading: --activation or the open activation as for entries, and with none open the latest one. */
export function targetOrLatest(dir: JournalDir, given: string | undefined, journalText: JournalMessages): string {
  if (given !== undefined) return target(dir, given, journalText);
  const open = findOpenActivation(dir.path);
  if (open.kind === 'several') throw new UsageError(journalText.usage.severalOpen(open.ids));
  if (open.kind === 'unknown') throw new UsageError(ioMessages(langOf(journalText)).journal.openUnknown(open.files.map((f) => `${dir.name.replace(/\/$/, '')}/${f}`)));
  const id = open.kind === 'one' ? open.id : listActivations(dir.path).at(-1);
  if (id === undefined) throw new UsageError(journalText.usage.noOpen());
  return id;
}

export function warn(g: Pick<Globals, 'io'>, read: Pick<ReadActivation, 'diagnostics'>, journalText: JournalMessages): void {
  for (const d of read.diagnostics) {
    // A file over the size limit: its size and the limit rather than an error code.
    // A FIFO, a device, a folder or a link in an activation's place: what it is rather than an error code.
    const io = ioMessages(langOf(journalText)).journal;
    const shown =
      d.size !== undefined
        ? { ...d, detail: io.tooLarge(bytes(d.size, journalText), bytes(MAX_JOURNAL_BYTES, journalText)) }
        : d.notRegular
          ? { ...d, detail: io.notRegular() }
          : d;
    g.io.stderr.write(diagnosticText(shown, journalText) + '\n');
  }
}

function bytes(n: number, journalText: JournalMessages): string {
  return number(langOf(journalText) === 'en' ? 'en-GB' : 'da-DK', n);
}

/**
 * The journal folder, checked before it is read or written: it must exist (a mistyped --journal is an error, not an
 * empty journal), be a folder, be the user's own and closed to writing by others; otherwise anyone could have put an
 * activation there. Unless `mayBeMissing` (a command that starts an activation makes the folder), a missing folder is
 * refused. Entries in it that are no regular file are named on stderr and skipped.
 */
export function checkJournalDir(g: Pick<Globals, 'io' | 'lang'>, dir: JournalDir, options: { mayBeMissing?: boolean; defaultMayBeMissing?: boolean } = {}): void {
  const lang = g.lang;
  const io = ioMessages(lang);
  let stat;
  try {
    stat = statSync(dir.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if ((code === 'ENOENT' || code === 'ENOTDIR') && options.mayBeMissing) return;
    if (code === 'ENOENT' && options.defaultMayBeMissing && !dir.given) {
      g.io.stderr.write(`${io.journal.noDefault(dir.name)}\n`);
      return;
    }
    if (code === 'ENOENT') throw new UsageError(io.journal.missingDir(dir.name));
    if (code === 'ENOTDIR') throw new UsageError(io.journal.notADir(dir.name));
    throw new UsageError(journalMessages(lang).usage.writeFailed(`${dir.name}: ${code ?? (error as Error).message}`));
  }
  if (!stat.isDirectory()) {
    if (options.mayBeMissing) return;
    throw new UsageError(io.journal.notADir(dir.name));
  }
  const uid = process.getuid?.();
  if (uid !== undefined && stat.uid !== uid) throw new UsageError(io.journal.notOwn(dir.name, stat.uid));
  if ((stat.mode & 0o022) !== 0) throw new UsageError(io.journal.openToOthers(dir.name, (stat.mode & 0o7777).toString(8).padStart(4, '0')));
  const skipped: string[] = [];
  listActivations(dir.path, skipped);
  for (const name of skipped) g.io.stderr.write(`${ioMessages(lang).journal.skipped(journalFile(dir, name.slice(0, -'.jsonl'.length)))}\n`);
}

/**
 * `activate --log`: opens the activation in the journal and says its id on stderr, leaving stdout to the plan. `now`
 * is the clock, read by the caller.
 */
export function startFromActivate(g: Globals, journal: string | undefined, level: 'green' | 'yellow' | 'red', at: DateTime, now: DateTime): string {
  const journalText = journalMessages(g.lang);
  const dir = journalDirOf(g, journal);
  checkJournalDir(g, dir, { mayBeMissing: true });
  notInFuture(at, now, g);
  try {
    const id = startActivation(dir.path, { level, at, recorded: iso(now.setZone(at.zone)) });
    g.io.stderr.write(journalText.started(id) + '\n');
    return id;
  } catch (error) {
    if (error instanceof JournalError) throw journalUsage(error, journalText);
    throw error;
  }
}
