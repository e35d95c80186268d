import { existsSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { Env, Io } from '../io/stdio.js';
import { DateTime } from 'luxon';
import { messages, type Lang, type Messages } from '../i18n/index.js';
import { shellMessages, type ShellMessages } from '../i18n/shell.js';
import { parseLevel } from '../domain/levels.js';
import { MomentError, parseMoment } from '../domain/time.js';
import { dateIn, zoneOf } from '../domain/zone.js';
import { findingMessage, renderDiagnostics } from '../render/diagnostics.js';
import { readRosterBytes, RosterFileError } from '../roster/file.js';
import type { Finding } from '../roster/finding.js';
import { loadRoster, type SourceCache } from '../roster/load.js';
import type { LevelId, Roster } from '../roster/schema.js';
import { cacheWanted, currentBuild, defaultCacheLocation, RosterCache, SILENT } from '../io/cache.js';
import { ExitCode, ExitError, UsageError } from './exit.js';

export interface Globals {
  /** The process the command runs in: its streams, environment, working directory and clock. */
  io: Io;
  /** A path from the command line, resolved against the working directory. */
  path(name: string): string;
  lang: Lang;
  t: Messages;
  /** The command shell's own sentences. */
  say: ShellMessages;
  color: boolean;
  /** The roster file to use, resolved from --roster, BEREDSKAB_ROSTER, ./roster.yaml or the shipped one. */
  rosterPath: string;
  /** The name shown in messages: as given, or relative to the working directory. */
  rosterName: string;
  /** Where the roster came from; 'shipped' only when no other was named or found. */
  rosterFrom: 'option' | 'environment' | 'directory' | 'shipped';
  /** Whether the parsed-roster cache is used: yes, unless --no-cache or BEREDSKAB_CACHE=off. */
  cache: boolean;
}

declare const BEREDSKAB_BUILD: string;
/** The Randers roster shipped with the package: beside dist/ in the bundle, two folders up from this file in the source. */
export const SHIPPED_ROSTER = fileURLToPath(new URL(typeof BEREDSKAB_BUILD === 'string' ? '../roster.yaml' : '../../roster.yaml', import.meta.url));

/** Whether to colour: asked for (--no-color, NO_COLOR, FORCE_COLOR=0, TERM=dumb say no) and a terminal to colour. */
export function colorWanted(flag: boolean | undefined, env: Env, isTTY: boolean): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

const IO = new WeakMap<Command, Io>();

/** Gives a program the process its commands run in; globalsOf() finds it from any of its commands. */
export function attachIo(program: Command, io: Io): void {
  IO.set(program, io);
}

export function globalsOf(command: Command, lang: Lang): Globals {
  const opts = command.optsWithGlobals<{ roster?: string; color?: boolean }>();
  let root = command;
  while (root.parent) root = root.parent;
  const io = IO.get(root);
  if (!io) throw new Error('a command without a process');
  const env = io.env;
  const path = (name: string) => resolve(io.cwd, name);
  const say = shellMessages(lang);
  // --no-cache is the program's option; lint's own --cache is another.
  const cache = cacheWanted(root.opts<{ cache?: boolean }>().cache, env);
  const color = colorWanted(opts.color, env, Boolean(io.stdout.isTTY));
  let rosterName: string;
  let rosterFrom: Globals['rosterFrom'];
  if (opts.roster !== undefined) {
    if (opts.roster === '') throw new UsageError(say.option.empty('--roster'));
    [rosterName, rosterFrom] = [opts.roster, 'option'];
  } else if (env.BEREDSKAB_ROSTER !== undefined) {
    if (env.BEREDSKAB_ROSTER === '') throw new UsageError(say.option.emptyEnv('BEREDSKAB_ROSTER'));
    [rosterName, rosterFrom] = [env.BEREDSKAB_ROSTER, 'environment'];
  } else if (existsSync(path('roster.yaml'))) {
    [rosterName, rosterFrom] = ['roster.yaml', 'directory'];
  } else {
    [rosterName, rosterFrom] = [SHIPPED_ROSTER, 'shipped'];
  }
  return { io, path, lang, t: messages(lang), say, color, rosterPath: path(rosterName), rosterName, rosterFrom, cache };
}

/** The parsed-roster cache in its default place, or undefined when it is turned off; it never says anything. */
export function defaultRosterCache(g: Pick<Globals, 'cache' | 'io'>): SourceCache | undefined {
  return g.cache ? new RosterCache(defaultCacheLocation(g.io.env, g.io.env.HOME || homedir()), currentBuild(), SILENT) : undefined;
}

/**
 * Whether the roster is the Randers roster inside an installed package: it is nobody's to edit (an update of the
 * package would undo the edit). Named explicitly or found by falling back to it, an edit is refused; in a checkout of
 * the project itself the file is the project's own and may be edited.
 */
export function isInstalledShippedRoster(g: Globals): boolean {
  if (g.rosterFrom === 'shipped') return true;
  if (!SHIPPED_ROSTER.split(sep).includes('node_modules')) return false;
  try {
    return realpathSync(g.rosterPath) === realpathSync(SHIPPED_ROSTER);
  } catch {
    return false;
  }
}

/** Says once on stderr when the shipped roster is used because no other was found. */
export function noteShipped(g: Globals): void {
  if (g.rosterFrom === 'shipped') g.io.stderr.write(g.t.usage.prefix + g.say.roster.shipped(SHIPPED_ROSTER) + '\n');
}

/** Reads a roster file once, saying so on stderr when a pipe keeps it waiting; throws RosterFileError. */
export function readRosterFile(path: string, name: string, g: Globals): Promise<Uint8Array> {
  return readRosterBytes(path, name, { onWait: () => g.io.stderr.write(g.t.usage.prefix + g.say.roster.waiting(name) + '\n') });
}

/** Reads the roster file once; a file that cannot be read is a usage error (exit 2). */
export async function readRosterOrExit(path: string, name: string, g: Globals): Promise<Uint8Array> {
  try {
    return await readRosterFile(path, name, g);
  } catch (error) {
    if (error instanceof RosterFileError) throw new UsageError(findingMessage(error.finding, g.t));
    throw error;
  }
}

/** The errors of a roster that leave its plan usable: a number that cannot be dialled, shown as broken where it stands. */
export const BROKEN_NUMBER_CODES: ReadonlySet<string> = new Set(['phone-invalid', 'phone-extra-text', 'phone-service-number']);

/**
 * Bytes → a roster without errors, or the errors on stderr and exit 1. With `tolerateBrokenNumbers`, a roster whose
 * only errors are broken phone numbers is returned with them, for a command that must work in an emergency.
 */
export function validRosterOrExit(bytes: Uint8Array, name: string, g: Globals, stop = g.t.usage.invalidRoster(name)): Roster {
  return checkedRoster(bytes, name, g, stop, {}).roster;
}

function checkedRoster(bytes: Uint8Array, name: string, g: Globals, stop: string, options: { tolerateBrokenNumbers?: boolean }): LoadedRosterData {
  const result = loadRoster(bytes, { file: name, cache: defaultRosterCache(g) });
  const errors = result.findings.filter((d) => d.severity === 'error');
  const tolerated = options.tolerateBrokenNumbers === true && errors.every((d) => BROKEN_NUMBER_CODES.has(d.code));
  if (!result.roster || (errors.length > 0 && !tolerated)) {
    g.io.stderr.write(renderDiagnostics(errors, 'text', { t: g.t, color: false, files: [name] }));
    g.io.stderr.write(g.t.usage.prefix + stop + '\n');
    throw new ExitError(ExitCode.invalid);
  }
  return { roster: result.roster, broken: errors };
}

interface LoadedRosterData {
  roster: Roster;
  /** Broken phone numbers, when the command tolerates them; else empty. */
  broken: Finding[];
}

export interface LoadedRoster extends LoadedRosterData {
  /** The bytes the roster was read from: the only read of the file (a FIFO cannot be read twice). */
  bytes: Uint8Array;
}

/** The roster a command works from: read once, validated; any failure has been said and exits. */
export async function loadRosterOrExit(g: Globals, options: { tolerateBrokenNumbers?: boolean } = {}): Promise<LoadedRoster> {
  noteShipped(g);
  const bytes = await readRosterOrExit(g.rosterPath, g.rosterName, g);
  return { ...checkedRoster(bytes, g.rosterName, g, g.t.usage.invalidRoster(g.rosterName), options), bytes };
}

/** Says on stderr which numbers are broken and that the work was done without them: the command then exits 1. */
export function sayBrokenNumbers(g: Globals, broken: Finding[]): void {
  g.io.stderr.write(renderDiagnostics(broken, 'text', { t: g.t, color: false, files: [g.rosterName] }));
  g.io.stderr.write(g.t.usage.prefix + g.t.usage.brokenNumbers(g.rosterName, broken.length) + '\n');
}

/** An option value that must not be empty: `--today ""` is a mistake, not "today". */
export function nonEmpty(value: string | undefined, option: string, g: Pick<Globals, 'say'>): string | undefined {
  if (value === '') throw new UsageError(g.say.option.empty(option));
  return value;
}

export function parseChoice<T extends string>(value: string, option: string, allowed: readonly T[], t: Messages): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(t.usage.invalidChoice(option, value, allowed.join(', ')));
}

export function parseDateOption(given: string, option: string, t: Messages): string {
  // "18.12.2026" as Danes write it, as well as 2026-12-18.
  const danish = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(given.trim());
  const value = danish ? `${danish[3]}-${danish[2]!.padStart(2, '0')}-${danish[1]!.padStart(2, '0')}` : given;
  const time = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  // The same sane range as --at: a date before 1900 or after 2200 is a slip of the keyboard, not a plan's date.
  if (!Number.isNaN(time) && new Date(time).toISOString().startsWith(value) && value >= '1900' && value < '2201') return value;
  throw new UsageError(t.usage.invalidDate(option, given));
}

/** Today's date in a roster's time zone, as a function of the zone; the one place the clock is read for dates. */
export function todayFromClock(g: Pick<Globals, 'io'>): (zone: string) => string {
  const now = g.io.now();
  return (zone) => dateIn(zone, now);
}

/** --level as given → a level id, or a usage error naming the valid ones. */
export function levelOption(value: string, t: Messages): LevelId {
  const level = parseLevel(value);
  if (!level) throw new UsageError(t.level.invalid(value));
  return level;
}

/** --at as given, or now: the one place the clock is read for activations. */
export function momentOption(value: string | undefined, zone: string, g: Pick<Globals, 't' | 'say' | 'io'>): DateTime {
  if (value === undefined) return nowIn(zone, g);
  if (value === '') throw new UsageError(g.say.option.empty('--at'));
  try {
    return parseMoment(value, zone);
  } catch (error) {
    if (!(error instanceof MomentError)) throw error;
    const { t } = g;
    if (error.problem === 'nonexistent') throw new UsageError(t.at.nonexistent(value, zone));
    if (error.problem === 'ambiguous') throw new UsageError(t.at.ambiguous(value, zone, error.readings[0]!, error.readings[1]!));
    if (error.problem === 'offset') throw new UsageError(g.say.at.offset(value));
    if (error.problem === 'range') throw new UsageError(g.say.at.range(value));
    throw new UsageError(t.at.format(value));
  }
}

/** The clock as a moment in a roster's zone: the one place the clock is read for moments. */
export function nowIn(zone: string, g: Pick<Globals, 'io'>): DateTime {
  return DateTime.fromMillis(g.io.now()).setZone(zoneOf(zone));
}
