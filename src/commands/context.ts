import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { messages, type Lang, type Messages } from '../i18n/index.js';
import type { Diagnostic } from '../roster/diagnostic.js';
import { MAX_FILE_BYTES, fileDiagnostic } from '../roster/file.js';

/** A mistake in how the command was called: printed as one line, exit code 2. */
export class UsageError extends Error {}

/** A command that has already said why it stops: exit with this code, print nothing more. */
export class ExitError extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

/** Wraps a command action so that the code it returns becomes the process exit code. */
export function exitWith<A extends unknown[]>(action: (...args: A) => Promise<number>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    process.exitCode = await action(...args);
  };
}

export interface Globals {
  lang: Lang;
  t: Messages;
  color: boolean;
  /** The roster file to use, resolved from --roster, BEREDSKAB_ROSTER, ./roster.yaml or the shipped one. */
  rosterPath: string;
  /** The name shown in messages: as given, or relative to the working directory. */
  rosterName: string;
}

export const SHIPPED_ROSTER = fileURLToPath(new URL('../roster.yaml', import.meta.url));

export function globalsOf(command: Command, lang: Lang): Globals {
  const opts = command.optsWithGlobals<{ roster?: string; color?: boolean }>();
  const env = process.env;
  const color = opts.color !== false && !('NO_COLOR' in env && env.NO_COLOR !== '') && Boolean(process.stdout.isTTY);
  let rosterName = opts.roster ?? env.BEREDSKAB_ROSTER;
  if (!rosterName) rosterName = existsSync('roster.yaml') ? 'roster.yaml' : SHIPPED_ROSTER;
  return { lang, t: messages(lang), color, rosterPath: resolve(rosterName), rosterName };
}

/** Reads a roster file without trusting it: a directory, a missing or an oversized file become diagnostics. */
export function readRosterBytes(path: string, name: string, lang: Lang): { bytes: Uint8Array } | { diagnostic: Diagnostic } {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { diagnostic: fileDiagnostic('file-is-directory', name, lang) };
    // A device or a pipe reports no size: read it up to the limit.
    size = stat.isFile() ? stat.size : MAX_FILE_BYTES;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { diagnostic: fileDiagnostic('file-missing', name, lang) };
    return { diagnostic: fileDiagnostic('file-unreadable', name, lang, { reason: (error as Error).message }) };
  }
  if (size > MAX_FILE_BYTES) return { diagnostic: fileDiagnostic('file-too-large', name, lang, { size }) };
  try {
    const fd = openSync(path, 'r');
    try {
      return { bytes: readAtMost(fd, size, MAX_FILE_BYTES + 1) };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { diagnostic: fileDiagnostic('file-unreadable', name, lang, { reason: (error as Error).message }) };
  }
}

/** Reads until the end of the file or `limit` bytes, starting with room for the size the file reported. */
function readAtMost(fd: number, expected: number, limit: number): Buffer {
  let buffer = Buffer.allocUnsafe(Math.min(expected + 1, limit));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length >= limit) break;
      const larger = Buffer.allocUnsafe(Math.min(length * 2, limit));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
}

/** Diagnostics about the file itself mean the command was called wrongly (exit 2), not that the roster is invalid. */
export function isFileProblem(d: Diagnostic): boolean {
  return d.line === 0 && d.code.startsWith('file-') && d.code !== 'file-too-large';
}

/** Writes the whole output or nothing: a temporary file beside the target, then a rename. */
export function writeFileAtomic(target: string, content: string | Uint8Array, t: Messages): void {
  const tmp = join(dirname(resolve(target)), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, target);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw new UsageError(t.usage.writeFailed(target, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
  }
}

/** Output to a file (atomically) or to stdout. */
export function emit(content: string | Uint8Array, output: string | undefined, t: Messages): void {
  if (output) writeFileAtomic(output, content, t);
  else process.stdout.write(content);
}

export function parseChoice<T extends string>(value: string, option: string, allowed: readonly T[], t: Messages): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(t.usage.invalidChoice(option, value, allowed.join(', ')));
}

export function parseDateOption(value: string, option: string, t: Messages): string {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  if (!Number.isNaN(time) && new Date(time).toISOString().startsWith(value)) return value;
  throw new UsageError(t.usage.invalidDate(option, value));
}

/** Today's date in a roster's time zone, as a function of the zone; the one place the clock is read for dates. */
export async function todayFromClock(): Promise<(zone: string) => string> {
  const { dateIn } = await import('../plan/zone.js');
  return (zone) => dateIn(zone, Date.now());
}

/** Loads the roster a command works from; a roster with errors stops the command with the lint text on stderr. */
export async function loadValidRoster(g: Globals): Promise<import('../roster/schema.js').Roster> {
  const { loadRoster } = await import('../roster/load.js');
  const { renderDiagnostics } = await import('../render/diagnostics.js');
  const read = readRosterBytes(g.rosterPath, g.rosterName, g.lang);
  if ('diagnostic' in read) throw new UsageError(read.diagnostic.message);
  const result = loadRoster(read.bytes, { file: g.rosterName, lang: g.lang });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (!result.roster || errors.length > 0) {
    process.stderr.write(renderDiagnostics(errors, 'text', { t: g.t, color: false, files: [g.rosterName] }));
    process.stderr.write(g.t.usage.prefix + g.t.usage.invalidRoster(g.rosterName) + '\n');
    throw new ExitError(1);
  }
  return result.roster;
}

/** The options `activate` and `deadline` share: --level (required), --at and --json. */
export function withActivationOptions(command: Command, t: Messages): Command {
  return command.requiredOption('--level <level>', t.cli.level).option('--at <time>', t.cli.at).option('--json', t.cli.json);
}

/** --level as given → a level id, or a usage error naming the valid ones. */
export async function levelOption(value: string, t: Messages): Promise<import('../roster/schema.js').LevelId> {
  const { parseLevel } = await import('../plan/levels.js');
  const level = parseLevel(value);
  if (!level) throw new UsageError(t.level.invalid(value));
  return level;
}

/** --at as given, or now: the one place the clock is read for activations. */
export async function momentOption(value: string | undefined, zone: string, t: Messages): Promise<import('luxon').DateTime> {
  if (value === undefined) {
    const { DateTime } = await import('luxon');
    const { zoneOf } = await import('../plan/zone.js');
    return DateTime.now().setZone(zoneOf(zone));
  }
  const { parseMoment, MomentError } = await import('../plan/time.js');
  try {
    return parseMoment(value, zone);
  } catch (error) {
    if (!(error instanceof MomentError)) throw error;
    if (error.problem === 'nonexistent') throw new UsageError(t.at.nonexistent(value, zone));
    if (error.problem === 'ambiguous') throw new UsageError(t.at.ambiguous(value, zone, error.readings[0]!, error.readings[1]!));
    throw new UsageError(t.at.format(value));
  }
}

/** A roster version named on the command line: a file, or REF:path read from git. */
export function readVersion(spec: string, lang: Lang, t: Messages): { bytes: Uint8Array; name: string } {
  const git = /^([^:]+):(.+)$/.exec(spec);
  if (git && !existsSync(spec)) {
    const [, ref, path] = git;
    const rel = path!.startsWith('/') || path!.startsWith('./') ? path! : `./${path}`;
    const result = spawnSync('git', ['show', `${ref}:${rel}`], { maxBuffer: MAX_FILE_BYTES + 1 });
    if (result.status !== 0) {
      const reason = (result.stderr?.toString() || String(result.error?.message ?? '')).trim().split('\n')[0] ?? '';
      throw new UsageError(t.usage.gitMissing(spec, reason));
    }
    return { bytes: result.stdout, name: spec };
  }
  const read = readRosterBytes(spec, spec, lang);
  if ('diagnostic' in read) throw new UsageError(read.diagnostic.message);
  return { bytes: read.bytes, name: spec };
}
