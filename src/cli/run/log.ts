import { rosterNames } from '../../domain/names.js';
import { ioMessages } from '../../i18n/io.js';
import { longMoment } from '../../document/dates.js';
import type { Command } from 'commander';
import type { DateTime } from 'luxon';
import type { Lang } from '../../i18n/index.js';
import { journalMessages, type JournalMessages } from '../../i18n/journal.js';
import { JournalError, MAX_TEXT, appendEvent, iso, listActivations, readActivation, startActivation, summarise, type NewEvent } from '../../journal/index.js';
import type { JournalView } from '../../document/journal.js';
import { listText, timelineText } from '../../render/journal.js';
import { rosterIndex } from '../../roster/contacts.js';
import type { Roster } from '../../roster/schema.js';
import { globalsOf, levelOption, loadRosterOrExit, momentOption, parseDateOption, sayBrokenNumbers, type Globals, nowIn } from '../context.js';
import { ExitCode, UsageError } from '../exit.js';
import { checkJournalDir, notInFuture, journalDirOf, journalFile, journalUsage, target, targetOrLatest, warn, type JournalDir } from '../journal-dir.js';

export type LogAction = 'start' | 'call' | 'level' | 'meeting' | 'informed' | 'note' | 'action' | 'evaluation' | 'close' | 'show' | 'list';

interface EntryOptions {
  journal?: string;
  activation?: string;
  at?: string;
  by?: string;
  level?: string;
  reason?: string;
  drill?: boolean;
  answered?: boolean;
  present?: string;
  channel?: 'phone' | 'sms' | 'email' | 'meeting' | 'other';
  owner?: string;
  due?: string;
  decided?: 'yes' | 'no';
  held?: string | boolean;
  json?: boolean;
}

/** Entries that may still be added once an activation is closed: the follow-up happens after the stand-down. */
const AFTER_CLOSE = new Set(['note', 'action', 'evaluation']);

export async function runLog(action: LogAction, positional: (string | string[] | undefined)[], command: Command, lang: Lang): Promise<ExitCode> {
  const g = globalsOf(command, lang);
  const j = journalMessages(lang);
  const opts = command.opts<EntryOptions>();
  const dir = journalDirOf(g, opts.journal);
  // Only `log start` makes the folder; every other action reads it, and a folder that is not there is a mistake.
  checkJournalDir(g, dir, { mayBeMissing: action === 'start' });
  // A mistyped number in the roster does not stop the record of an emergency: it is named, and the entry exits 1.
  const { roster, broken } = await loadRosterOrExit(g, { tolerateBrokenNumbers: true });
  if (broken.length > 0) sayBrokenNumbers(g, broken);
  const done = broken.length > 0 ? ExitCode.invalid : ExitCode.ok;
  const view: JournalView = { t: g.t, j, lang, names: rosterNames(roster, lang) };
  const zone = roster.plan.timezone;
  try {
    if (action === 'list') return list(g, dir, view, opts.json === true);
    if (action === 'show') return show(g, dir, positional[0] as string | undefined, view, opts.json === true);
    const { DateTime } = await import('luxon');
    // The clock, read once: the default moment of the entry and when it was recorded.
    const now = nowIn(zone, g);
    const at = opts.at === undefined ? now : momentOption(opts.at, zone, g);
    // A moment in the future is a typing mistake (next month for this month): the journal records what happened.
    notInFuture(at, now, g);
    const by = opts.by === undefined ? undefined : text(opts.by, j);
    if (action === 'start') {
      const level = levelOption(opts.level!, g.t);
      const id = startActivation(dir.path, {
        level,
        at,
        recorded: iso(now),
        ...(by ? { by } : {}),
        ...(opts.reason !== undefined ? { reason: text(opts.reason, j) } : {}),
        drill: opts.drill === true,
      });
      g.io.stderr.write(j.started(id) + '\n');
      g.io.stdout.write(id + '\n');
      return done;
    }
    const event = await entry(action, positional, opts, command, at, roster, g, j);
    const id = target(dir, opts.activation, j);
    const read = readActivation(dir.path, id, journalFile(dir, id));
    warn(g, read, j);
    const summary = summarise(id, read.events);
    if (!summary) throw new UsageError(j.usage.startDamaged(id));
    // Nothing happens in an activation before it starts: such an entry would make every deadline look met.
    const start = read.events.find((e) => e.type === 'start');
    if (start && at < DateTime.fromISO(start.at, { setZone: true })) {
      throw new UsageError(ioMessages(g.lang).journal.beforeStart(longMoment(at, g.t), longMoment(DateTime.fromISO(start.at, { setZone: true }).setZone(at.zone), g.t), id));
    }
    if (!summary.open && !AFTER_CLOSE.has(event.type)) {
      g.io.stderr.write(g.t.usage.prefix + j.usage.closed(id, action) + '\n');
      return ExitCode.invalid;
    }
    appendEvent(dir.path, id, { ...event, recorded: iso(now), ...(by ? { by } : {}) } as NewEvent);
    g.io.stderr.write(j.logged(id) + '\n');
    return done;
  } catch (error) {
    if (error instanceof JournalError) throw journalUsage(error, j);
    throw error;
  }
}

function text(value: string, j: JournalMessages): string {
  const trimmed = value.trim();
  if (!trimmed) throw new UsageError(j.usage.textRequired());
  if (trimmed.length > MAX_TEXT) throw new UsageError(j.usage.textTooLong(MAX_TEXT));
  return trimmed;
}

async function entry(
  action: Exclude<LogAction, 'start' | 'show' | 'list'>,
  positional: (string | string[] | undefined)[],
  opts: EntryOptions,
  command: Command,
  at: DateTime,
  roster: Roster,
  g: Globals,
  j: JournalMessages,
): Promise<NewEvent> {
  const index = rosterIndex(roster);
  const words = (v: string | string[] | undefined) => text(Array.isArray(v) ? v.join(' ') : (v ?? ''), j);
  const when = iso(at);
  switch (action) {
    case 'call': {
      const contact = positional[0] as string;
      if (!index.people.has(contact) && !index.hotlines.has(contact)) throw new UsageError(j.usage.unknownContact(contact));
      // --no-answer sets `answer` to false; without it commander reports the default true, so ask where it came from.
      const noAnswer = command.getOptionValueSource('answer') === 'cli';
      if (opts.answered === true && noAnswer) throw new UsageError(j.usage.answeredOrNot());
      if (opts.answered !== true && !noAnswer) throw new UsageError(j.usage.answeredOrNot());
      return { type: 'call', at: when, contact, answered: opts.answered === true };
    }
    case 'level':
      return { type: 'level', at: when, level: levelOption(positional[0] as string, g.t) };
    case 'meeting': {
      const present = (opts.present ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      for (const id of present) if (!index.people.has(id)) throw new UsageError(j.usage.unknownPerson('--present', id));
      return { type: 'meeting', at: when, present: [...new Set(present)] };
    }
    case 'informed': {
      const what = words(positional[0]);
      const duty = roster.communication.find((d) => d.id === what);
      return { type: 'informed', at: when, ...(duty ? { duty: duty.id } : { text: what }), ...(opts.channel ? { channel: opts.channel } : {}) };
    }
    case 'note':
      return { type: 'note', at: when, text: words(positional[0]) };
    case 'action': {
      if (opts.owner !== undefined && !index.people.has(opts.owner) && !index.organisations.has(opts.owner)) throw new UsageError(j.usage.unknownPerson('--owner', opts.owner));
      return {
        type: 'action',
        at: when,
        text: words(positional[0]),
        ...(opts.owner ? { owner: opts.owner } : {}),
        ...(opts.due !== undefined ? { due: parseDateOption(opts.due, '--due', g.t) } : {}),
      };
    }
    case 'evaluation': {
      if (opts.decided === undefined && opts.held === undefined) throw new UsageError(j.usage.decidedOrHeld());
      const held = opts.held === true ? at.toISODate()! : typeof opts.held === 'string' ? parseDateOption(opts.held, '--held', g.t) : undefined;
      return {
        type: 'evaluation',
        at: when,
        ...(opts.decided ? { decided: opts.decided === 'yes' } : {}),
        ...(opts.due !== undefined ? { due: parseDateOption(opts.due, '--due', g.t) } : {}),
        ...(held ? { held } : {}),
      };
    }
    case 'close':
      return { type: 'close', at: when };
  }
}

function list(g: Globals, dir: JournalDir, v: JournalView, json: boolean): ExitCode {
  const summaries = [];
  let damaged = 0;
  for (const id of listActivations(dir.path)) {
    const read = readActivation(dir.path, id, journalFile(dir, id));
    warn(g, read, v.j);
    damaged += read.diagnostics.length;
    const s = summarise(id, read.events);
    if (s) summaries.push(s);
  }
  g.io.stdout.write(json ? JSON.stringify(summaries, null, 2) + '\n' : listText(summaries, v));
  return damaged ? ExitCode.invalid : ExitCode.ok;
}

function show(g: Globals, dir: JournalDir, given: string | undefined, v: JournalView, json: boolean): ExitCode {
  const id = targetOrLatest(dir, given, v.j);
  const read = readActivation(dir.path, id, journalFile(dir, id));
  warn(g, read, v.j);
  g.io.stdout.write(json ? JSON.stringify({ id, events: read.events, diagnostics: read.diagnostics }, null, 2) + '\n' : timelineText(id, read.events, v));
  return read.diagnostics.length ? ExitCode.invalid : ExitCode.ok;
}
