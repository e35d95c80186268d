import { effectiveCalendar } from '../../domain/interpretations.js';
import { accessSync, constants, statSync } from 'node:fs';
import select from '@inquirer/select';
import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { drillMessages, type DrillMessages } from '../../i18n/drill.js';
import type { Lang } from '../../i18n/index.js';
import { answersFromFile, parseAnswers, unusedEntries } from '../../domain/drill/answers.js';
import { ANSWERS, driveDrill, summariseDrill, type Answer, type DrillRecord, type DrillStep } from '../../domain/drill/engine.js';
import { JournalError, appendEvent, iso, startActivation } from '../../journal/index.js';
import { planActivation } from '../../domain/activation.js';
import { WorkingCalendar } from '../../domain/calendar.js';
import { zoneOf } from '../../domain/zone.js';
import { answerLine, answersProblemLines, drillBanner, drillSummaryText, stepHeading, stepQuestion, type DrillView } from '../../render/drill.js';
import { wrap } from '../../render/text.js';
import type { Finding } from '../../roster/finding.js';
import { MAX_FILE_BYTES, fileProblem } from '../../roster/file.js';
import { findingMessage } from '../../render/diagnostics.js';
import { contactOf, rosterIndex } from '../../roster/contacts.js';
import { checkJournalDir, journalDirOf, journalUsage, notInFuture } from '../journal-dir.js';
import { longMoment } from '../../document/dates.js';
import { journalMessages } from '../../i18n/journal.js';
import { editMessages } from '../../i18n/edit.js';
import { runEdit } from '../edit-roster.js';
import { globalsOf, type Globals, levelOption, loadRosterOrExit, momentOption, nonEmpty, readRosterOrExit, nowIn } from '../context.js';
import { isInstalledShippedRoster } from '../context.js';
import { ExitCode, UsageError } from '../exit.js';

export interface DrillOptions {
  level: string;
  confirm?: boolean;
  log: boolean;
  answers?: string;
  at?: string;
  journal?: string;
}

/**
 * Ctrl-C, from the prompt (inquirer's ExitPromptError) or as a signal (SIGINT, SIGTERM, SIGHUP: a closed terminal
 * window) through our AbortController.
 */
class Interrupted extends Error {}

function isInterruption(error: unknown): boolean {
  if (error instanceof Interrupted) return true;
  const name = (error as Error | undefined)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError';
}

export async function runDrill(opts: DrillOptions, command: Command, lang: Lang): Promise<ExitCode> {
  const g = globalsOf(command, lang);
  const d: DrillMessages = drillMessages(g.lang);
  const level = levelOption(opts.level, g.t);
  if (level === 'green') throw new UsageError(d.usage.level(opts.level));
  // Refused before anything is read: a pipe or CI cannot answer questions.
  if (opts.answers === undefined && !g.io.stdin.isTTY) throw new UsageError(d.usage.notATerminal);
  nonEmpty(opts.answers, '--answers', g);
  const journalDirInfo = journalDirOf(g, opts.journal);
  if (opts.log) checkJournalDir(g, journalDirInfo, { mayBeMissing: true });
  const journalDir = journalDirInfo.path;
  if (opts.confirm) checkWritable(g);
  const { roster } = await loadRosterOrExit(g);
  const zone = roster.plan.timezone;
  const now = () => nowIn(zone, g);
  const startedAt = momentOption(opts.at, zone, g);
  const plan = planActivation(roster, level, startedAt, new WorkingCalendar(effectiveCalendar(roster)), g.lang);
  const index = rosterIndex(roster);
  const view: DrillView = { t: g.t, d, color: g.color };
  const words = { moment: (at: DateTime) => longMoment(at, g.t), name: (id: string) => contactOf(index, id, g.lang).name };

  let fromFile: ReturnType<typeof answersFromFile> | undefined;
  let fileEntries: Parameters<typeof answersFromFile>[0] = [];
  if (opts.answers !== undefined) {
    const read = opts.answers === '-' ? readStdin(g) : { bytes: await readRosterOrExit(g.path(opts.answers), opts.answers, g) };
    if ('finding' in read) throw new UsageError(findingMessage(read.finding, g.t));
    const known = new Set([...index.people.keys(), ...index.hotlines.keys()]);
    const clock = now();
    const parsed = parseAnswers(Buffer.from(read.bytes).toString('utf8'), {
      known,
      zone,
      start: startedAt,
      now: clock,
    });
    // A start in the future: every answer after it would be too. Said once, of --at, as `log` says it.
    if (parsed.entries.some((e) => e.at !== undefined)) notInFuture(startedAt, clock, g);
    if (parsed.problems.length > 0) {
      g.io.stderr.write(answersProblemLines(opts.answers, parsed.problems, g.t, d, words));
      return ExitCode.usage;
    }
    fileEntries = parsed.entries;
    fromFile = answersFromFile(parsed.entries, startedAt);
  }

  // Answers timed by the clock cannot come before a start that has not happened yet.
  const clockTimed = !fromFile || fileEntries.every((e) => e.at === undefined);
  if (clockTimed && startedAt > now().plus({ minutes: 1 })) throw new UsageError(d.usage.atFuture(opts.at ?? ''));

  let journalId: string | undefined;
  const journal = (write: () => void) => {
    try {
      write();
    } catch (error) {
      if (error instanceof JournalError) throw journalUsage(error, journalMessages(g.lang));
      throw error;
    }
  };
  if (opts.log) journal(() => (journalId = startActivation(journalDir, { level, at: startedAt, recorded: iso(now()), drill: true })));

  // Between prompts (and in answers-file mode) Ctrl-C arrives as a signal; during a prompt inquirer turns it into an
  // ExitPromptError. Both end in the same place, with what was recorded kept.
  // SIGTERM (kill, a shutdown) and SIGHUP (the terminal window closed) end the drill as Ctrl-C does: closed in the
  // journal as interrupted, never left open to be taken for the next real activation.
  const stop = new AbortController();
  let signal: NodeJS.Signals | undefined;
  const onSignal = (name: NodeJS.Signals) => {
    signal ??= name;
    stop.abort();
  };
  const stopListening = g.io.onSignals(onSignal);
  const records: DrillRecord[] = [];
  let previous: DrillStep | undefined;
  g.io.stdout.write(drillBanner(plan, startedAt, view));
  // Numbered choices: 1, 2 or 3 picks one, as do the arrow keys. The key help in the user's language, and no colour
  // when colour is off (--no-color, NO_COLOR).
  const plain = (text: string) => text;
  const theme = {
    indexMode: 'number' as const,
    style: {
      keysHelpTip: () => d.keys,
      ...(g.color ? {} : { answer: plain, message: plain, help: plain, highlight: plain, key: plain, description: plain, disabled: plain }),
    },
    ...(g.color ? {} : { prefix: { idle: '?', done: '✔' } }),
  };
  // The prompts read and draw on the command's own terminal (the drill asks only on a terminal).
  const prompt = { signal: stop.signal, input: g.io.stdin.stream, output: g.io.stdout as NodeJS.WritableStream };
  const ask = async (step: DrillStep): Promise<{ answer: Answer; at?: DateTime }> => {
    if (stop.signal.aborted) throw new Interrupted();
    const heading = stepHeading(step, previous, plan, view);
    if (heading) g.io.stdout.write(`\n${heading}\n`);
    previous = step;
    if (fromFile) {
      const given = fromFile.ask(step);
      g.io.stdout.write(answerLine(step, given.answer, view) + '\n');
      return given;
    }
    // A hotline is manned for real emergencies: ringing it in a drill is a choice made each time, and not the default.
    if (step.contact.kind === 'hotline') {
      const ring = await select<'skip' | 'ring'>(
        {
          message: d.hotline.question(step.contact.name, step.contact.phone),
          choices: [
            { value: 'skip', name: d.hotline.skip },
            { value: 'ring', name: d.hotline.ring },
          ],
          default: 'skip',
          theme: { ...theme, style: { ...theme.style, keysHelpTip: () => d.hotline.keys } },
        },
        prompt,
      );
      if (ring === 'skip') return { answer: 'skip' };
    }
    const answer = await select<Answer>(
      { message: stepQuestion(step, view), choices: ANSWERS.map((value) => ({ value, name: d.choice[value] })), theme },
      prompt,
    );
    return { answer };
  };
  const record = (r: DrillRecord) => {
    records.push(r);
    if (journalId && r.answer !== 'skip') {
      const id = journalId;
      journal(() => appendEvent(journalDir, id, { type: 'call', contact: r.step.contact.id, answered: r.answer === 'answered', at: iso(r.at), recorded: iso(now()) }));
    }
  };
  const interrupted = () => {
    if (journalId) {
      const id = journalId;
      journal(() => appendEvent(journalDir, id, { type: 'interrupted', at: iso(now()), ...(signal && signal !== 'SIGINT' ? { reason: signal } : {}) }));
    }
    // After SIGHUP the terminal is gone: what is said here may reach nobody, and that is no reason to fail.
    try {
      g.io.stdout.write('\n');
      // Skips are not written to the journal, so they are not counted among the answers kept there.
      const kept = records.filter((r) => r.answer !== 'skip').length;
      g.io.stderr.write(`${journalId ? d.interrupted.logged(kept, journalId) : d.interrupted.notLogged(records.length)}\n`);
    } catch {
      // The terminal is closed.
    }
    return signal === 'SIGTERM' ? ExitCode.terminated : signal === 'SIGHUP' ? ExitCode.hangup : ExitCode.interrupted;
  };

  try {
    await driveDrill(plan, ask, now, record);
  } catch (error) {
    if (isInterruption(error)) return interrupted();
    throw error;
  } finally {
    stopListening();
  }
  if (stop.signal.aborted) return interrupted();

  const summary = summariseDrill(plan, records, startedAt);
  if (fromFile) {
    const unused = unusedEntries(fileEntries, fromFile.used, plan, records);
    if (unused.length > 0) g.io.stderr.write(answersProblemLines(opts.answers!, unused, g.t, d, words));
  }
  g.io.stdout.write(drillSummaryText(summary, view));
  if (journalId) {
    const id = journalId;
    // The drill ended with its last answer.
    journal(() => appendEvent(journalDir, id, { type: 'close', at: iso(summary.endedAt ?? startedAt), recorded: iso(now()) }));
    g.io.stdout.write(`${d.logged(journalId)}\n`);
  } else {
    g.io.stdout.write(`${d.notLogged}\n`);
  }
  if (!opts.confirm) return ExitCode.ok;
  if (summary.confirmable.length === 0) {
    g.io.stdout.write(`\n${d.confirmNone}\n`);
    return ExitCode.ok;
  }
  // One edit for everyone who answered, through the same path as `beredskab confirm` (revision raised, comments kept).
  g.io.stdout.write('\n');
  // Each person is confirmed with the day they answered, in the plan's zone (a drill replayed from 2024 answers
  // confirms 2024), never later than today.
  const today = now().toISODate()!;
  const dates = Object.fromEntries(
    summary.confirmable.map((id) => {
      const answered = records.find((r) => r.step.contact.id === id && r.answer === 'answered')!;
      const day = answered.at.setZone(zoneOf(zone)).toISODate()!;
      return [id, day < today ? day : today];
    }),
  );
  const code = await runEdit(command, lang, { kind: 'confirm', ids: summary.confirmable, dates }, { dryRun: false });
  if (code !== ExitCode.ok) return code;
  const coordinator = plan.coordinator;
  const names = summary.confirmable.map((id) => contactOf(index, id, g.lang).name);
  g.io.stdout.write(`\n${wrap(d.confirmNotice(coordinator.name, coordinator.phone, names), 80).join('\n')}\n`);
  return ExitCode.ok;
}

/** `--answers -`: the answers piped in from another program, within the size allowed for a file. */
function readStdin(g: Globals): { bytes: Uint8Array } | { finding: Finding } {
  let bytes: Buffer;
  try {
    bytes = Buffer.from(g.io.stdin.readAll());
  } catch (error) {
    return { finding: fileProblem('file-unreadable', '-', { reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message }) };
  }
  return bytes.length > MAX_FILE_BYTES ? { finding: fileProblem('file-too-large', '-', { size: bytes.length }) } : { bytes };
}

/** --confirm must be able to write the roster; found out before the drill, not after it. */
function checkWritable(g: Globals): void {
  // The Randers roster inside the installed package is nobody's to edit, as for `confirm`.
  if (isInstalledShippedRoster(g)) throw new UsageError(editMessages(g.lang).noRoster);
  let writable = true;
  try {
    writable = (statSync(g.rosterPath).mode & 0o222) !== 0;
    accessSync(g.rosterPath, constants.W_OK);
  } catch {
    writable = false;
  }
  if (!writable) throw new UsageError(editMessages(g.lang).readOnly(g.rosterName));
}
