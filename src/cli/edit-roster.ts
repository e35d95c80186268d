import { readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { editMessages, helpMessages, ioMessages, signingMessages, type Lang } from '../i18n/index.js';
import { codeOf, isNoSpace, removeStaleTemps, replaceFile } from '../io/atomic.js';
import { acquireLock } from '../io/lock.js';
import { dateIn } from '../domain/zone.js';
import { findingMessage, renderDiagnostics } from '../render/diagnostics.js';
import { renderDiff } from '../render/diff.js';
import { diffRosters } from '../roster/diff.js';
import { applyEdit, type EditRequest } from '../roster/edit.js';
import { sayNote, sayRefusal } from '../roster/edit-codes.js';
import { loadRoster } from '../roster/load.js';
import type { Command } from 'commander';
import { globalsOf, parseDateOption, readRosterOrExit, todayFromClock, type Globals } from './context.js';
import { contentChanged } from '../roster/change-rules.js';
import { isInstalledShippedRoster } from './context.js';
import { ExitCode, OutputError, UsageError } from './exit.js';

// The byte-order mark is kept in the text, so that the edited file keeps it.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads the roster, makes the change, checks it as `lint --previous` would, and writes it only when it is clean. */
export async function runEdit(command: Command, lang: Lang, request: EditRequest, options: { dryRun?: boolean }): Promise<ExitCode> {
  const g = globalsOf(command, lang);
  const editText = editMessages(g.lang);
  // The Randers roster inside the installed package is nobody's to edit: an edit needs a roster of one's own.
  if (isInstalledShippedRoster(g)) throw new UsageError(editText.noRoster);
  // An empty argument (`person set "" …`) is named as the help names it, not as an option the command does not have.
  const empty = emptyArgument(command);
  if (empty !== undefined) throw new UsageError(editText.emptyValue(`<${helpMessages(g.lang).words[empty] ?? empty}>`));
  request = checkDates(request, g);
  const read = { bytes: await readRosterOrExit(g.rosterPath, g.rosterName, g) };
  let text: string;
  try {
    text = STRICT_UTF8.decode(read.bytes);
  } catch {
    // Not UTF-8: the loader says where, and the roster is refused like any other with errors.
    const errors = loadRoster(read.bytes, { file: g.rosterName }).findings;
    return refuseInvalid(g, errors, editText.fixFirst(g.rosterName));
  }
  const outcome = applyEdit(text, request, { file: g.rosterName, says: (f) => findingMessage(f, g.msg), today: (zone) => dateIn(zone, g.io.now()) });
  switch (outcome.status) {
    case 'refused': {
      const message = sayRefusal(editText.refusal, outcome.refusal);
      if (outcome.refusal.usage) throw new UsageError(message);
      g.io.stderr.write(g.msg.usage.prefix + message + '\n');
      return ExitCode.invalid;
    }
    case 'invalid-before':
      return refuseInvalid(g, outcome.findings, editText.fixFirst(g.rosterName));
    case 'invalid-after':
      return refuseInvalid(g, outcome.findings, editText.wouldBreak(g.rosterName));
    case 'ok':
      break;
  }
  const { before, after } = outcome;
  // A change that changes nothing (a phone set to the number it has) is no new revision.
  if (!contentChanged(before, after) || diffRosters(before, after).length === 0) {
    g.io.stdout.write(`${editText.unchanged(g.rosterName)}\n`);
    return ExitCode.ok;
  }
  const diff = renderDiff(diffRosters(before, after), before.revision, after.revision, 'text', g.msg);
  const notes = outcome.notes.map((n) => `${sayNote(editText.note, n, g.rosterName)}\n`).join('');
  // Whatever was made gets an id the next command needs: it is said first.
  const created = outcome.created ? `${editText.created(outcome.created.what, outcome.created.id)}\n` : '';
  const notices = outcome.findings.filter((d) => d.severity === 'notice');
  // A change that is allowed but leaves the plan worse (the police chain without 114) says so at once, not at the next lint.
  const warn = outcome.newWarnings.length ? `\n${editText.newWarnings}\n${renderDiagnostics(outcome.newWarnings, 'text', { t: g.msg, color: g.color, files: [g.rosterName] })}` : '';
  const tell = notices.length ? `\n${editText.tell}\n${renderDiagnostics(notices, 'text', { t: g.msg, color: g.color, files: [g.rosterName] })}` : '';
  if (options.dryRun) {
    g.io.stdout.write(created + diff + notes + warn + tell + `\n${editText.dryRun}\n`);
    return ExitCode.ok;
  }
  writeRosterBack(g.rosterPath, g.rosterName, read.bytes, outcome.text, g);
  g.io.stdout.write(`${editText.written(g.rosterName, before.revision, after.revision)}\n${created}\n${diff}${notes}${warn}${tell}`);
  return ExitCode.ok;
}

/**
 * Dates given on the command line, checked before anything is read, and written as the roster keeps them: 31.12.2025
 * as 2025-12-31, which is also the form compared with today.
 */
function checkDates(request: EditRequest, g: Globals): EditRequest {
  if ((request.kind === 'confirm' || request.kind === 'sign' || request.kind === 'approve') && request.date !== undefined) {
    const date = parseDateOption(request.date, '--date', g.msg);
    const today = todayFromClock(g)('Europe/Copenhagen');
    if (date > today) {
      throw new UsageError(request.kind === 'confirm' ? editMessages(g.lang).confirmedFuture(request.date, today) : signingMessages(g.lang).future('--date', request.date, today));
    }
    return { ...request, date };
  }
  if (request.kind === 'plan-set') {
    const start = request.start !== undefined ? parseDateOption(request.start, '--start', g.msg) : undefined;
    const end = request.end !== undefined ? parseDateOption(request.end, '--end', g.msg) : undefined;
    return { ...request, ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
  }
  return request;
}

function refuseInvalid(g: Globals, findings: import('../roster/finding.js').Finding[], why: string): ExitCode {
  g.io.stderr.write(renderDiagnostics(findings, 'text', { t: g.msg, color: false, files: [g.rosterName] }));
  g.io.stderr.write(g.msg.usage.prefix + why + '\n');
  return ExitCode.invalid;
}

/**
 * Replaces the roster with its new text through replaceFile (a temporary file beside it with the roster's mode and
 * owner, every byte written and flushed, then a rename), under the edit lock. A file nobody may write is left alone,
 * even for a user whom the system would let rename over it. A failed write leaves the roster byte for byte as it was
 * and is one line, exit 70.
 */
function writeRosterBack(path: string, name: string, original: Uint8Array, content: string, g: Globals): void {
  const editText = editMessages(g.lang);
  const io = ioMessages(g.lang);
  let target: string;
  let stat: Stats;
  try {
    // Through a symbolic link to the file itself, so that the link stays a link.
    target = realpathSync(path);
    stat = statSync(target);
  } catch {
    // A pipe (/dev/stdin) has no file behind it to write back to.
    throw new UsageError(editText.notRegular(name));
  }
  if (!stat.isFile()) throw new UsageError(editText.notRegular(name));
  if ((stat.mode & 0o222) === 0) throw new UsageError(editText.readOnly(name));
  // One edit at a time: without the lock, two edits read the same version and the second rename loses the first.
  // A lock left by an edit that was killed is taken over (its pid is gone).
  const lock = acquireLock(target);
  if (!lock.held) {
    if (lock.code === 'EEXIST') throw new UsageError(editText.busy(name, lock.lock));
    throw new OutputError(lock.code === 'ENOSPC' || lock.code === 'EDQUOT' ? io.write.noSpace(name, lock.code) : io.write.failed(name, lock.code));
  }
  try {
    // With the lock held no other edit is writing: temporary files of edits that were killed are removed.
    removeStaleTemps(target, { legacy: true });
    // Someone else's save between our read and our write would be lost by the rename.
    const unchanged = () => {
      if (!Buffer.from(readFileSync(target)).equals(Buffer.from(original))) throw new UsageError(editText.changedMeanwhile(name));
    };
    unchanged();
    replaceFile(target, content, { existing: stat, beforeRename: unchanged });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = codeOf(error);
    throw new OutputError(isNoSpace(error) ? io.write.noSpace(name, code) : io.write.failed(name, code));
  } finally {
    lock.release();
  }
}

/** The name of the command's first argument given as empty text, or undefined. */
function emptyArgument(command: Command): string | undefined {
  const values = command.processedArgs as unknown[];
  return command.registeredArguments.find((_, i) => {
    const value = values[i];
    return (Array.isArray(value) ? value : [value]).some((v) => typeof v === 'string' && v.trim() === '');
  })?.name();
}
