import type { Command } from 'commander';
import { homedir } from 'node:os';
import { cacheMessages } from '../../i18n/cache.js';
import type { Lang } from '../../i18n/index.js';
import { findingMessage, renderDiagnostics } from '../../render/diagnostics.js';
import type { Finding } from '../../roster/finding.js';
import { RosterFileError } from '../../roster/file.js';
import { loadRoster, type SourceCache } from '../../roster/load.js';
import { lintRoster } from '../../roster/report-rules.js';
import type { Roster } from '../../roster/schema.js';
import { defaultRosterCache, globalsOf, nonEmpty, parseChoice, parseDateOption, noteShipped, readRosterFile, todayFromClock, type Globals } from '../context.js';
import { currentBuild, defaultCacheLocation, RosterCache } from '../../io/cache.js';
import { ExitCode, UsageError } from '../exit.js';
import type { Version } from '../../io/git.js';
import { writeOutput } from '../output.js';

export interface LintOptions {
  format: string;
  strict?: boolean;
  today?: string;
  base?: string;
  previous?: string;
  cache?: boolean;
  cacheLocation?: string;
}

const FORMATS = ['text', 'json', 'github'] as const;

/** The earlier version a change is checked against, with what went wrong reading it. */
interface Previous {
  roster?: Roster;
  name: string;
  errors: Finding[];
}

function previousRoster(read: Version, g: Globals, cache?: SourceCache): Previous {
  const result = loadRoster(read.bytes, { file: read.name, cache });
  const errors = result.findings.filter((d) => d.severity === 'error');
  return { roster: errors.length === 0 ? result.roster : undefined, name: read.name, errors };
}

export async function lint(files: string[], opts: LintOptions, command: Command, lang: Lang): Promise<ExitCode> {
  const g = globalsOf(command, lang);
  const format = parseChoice(opts.format, '--format', FORMATS, g.t);
  const todayOption = nonEmpty(opts.today, '--today', g);
  const today = todayOption !== undefined ? parseDateOption(todayOption, '--today', g.t) : todayFromClock(g);
  const previousSpec = nonEmpty(opts.previous, '--previous', g);
  if (opts.base !== undefined && previousSpec !== undefined) throw new UsageError(g.say.git.baseAndPrevious());
  if (files.some((f) => f === '')) throw new UsageError(g.say.option.emptyFile());
  const cache = cacheOf(opts, g);
  // git (and node:child_process) only for a check against an earlier version.
  const git = opts.base !== undefined || previousSpec !== undefined ? await import('../../io/git.js') : undefined;

  // --previous names one file for every target; read it (once) before anything else.
  let fixedPrevious: Previous | undefined;
  if (previousSpec !== undefined) {
    try {
      fixedPrevious = previousRoster(await git!.readVersion(previousSpec, g.io.cwd), g, cache);
    } catch (error) {
      if (error instanceof RosterFileError) throw new UsageError(findingMessage(error.finding, g.t));
      throw error;
    }
  }

  if (files.length === 0) noteShipped(g);
  const targets = files.length > 0 ? files.map((f) => ({ path: g.path(f), name: f })) : [{ path: g.rosterPath, name: g.rosterName }];
  const diagnostics: Finding[] = [];
  const unreadable: Previous[] = [];
  let fileProblem = false;
  for (const target of targets) {
    let bytes: Uint8Array;
    try {
      bytes = await readRosterFile(target.path, target.name, g);
    } catch (error) {
      if (!(error instanceof RosterFileError)) throw error;
      diagnostics.push(error.finding);
      fileProblem = true;
      continue;
    }
    const previous = fixedPrevious ?? (opts.base !== undefined ? previousRoster(git!.readFromGit(opts.base, target.path, `${opts.base}:${target.name}`, g.io.cwd), g, cache) : undefined);
    if (previous && !previous.roster) {
      if (!unreadable.includes(previous)) unreadable.push(previous);
      diagnostics.push(...previous.errors);
    }
    const result = lintRoster(bytes, { file: target.name, today, previous: previous?.roster, cache });
    diagnostics.push(...result.findings);
  }
  const final = opts.strict ? diagnostics.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' as const } : d)) : diagnostics;
  const names = [...targets.map((x) => x.name), ...unreadable.map((p) => p.name).filter((n) => !targets.some((x) => x.name === n))];
  await writeOutput(g, '-', renderDiagnostics(final, format, { t: g.t, color: g.color, files: names }), { inputs: [] });
  // A previous version that does not parse would silently drop the change rules: say so, and fail.
  for (const p of unreadable) g.io.stderr.write(g.t.usage.prefix + g.say.git.previousInvalid(p.name) + '\n');
  if (fileProblem) return ExitCode.usage;
  return final.some((d) => d.severity === 'error') ? ExitCode.invalid : ExitCode.ok;
}

/**
 * The parsed rosters kept between runs: asked for with --cache or --cache-location (then a cache that cannot be used
 * is said once on stderr), else the default cache, which says nothing; none when turned off.
 */
function cacheOf(opts: LintOptions, g: Globals): SourceCache | undefined {
  const say = cacheMessages(g.lang);
  if (opts.cacheLocation === '') throw new UsageError(say.emptyLocation());
  const asked = opts.cache === true || opts.cacheLocation !== undefined;
  if (!g.cache) {
    if (asked) throw new UsageError(say.cacheOff());
    return undefined;
  }
  if (!asked) return defaultRosterCache(g);
  const dir = opts.cacheLocation !== undefined ? g.path(opts.cacheLocation) : defaultCacheLocation(g.io.env, g.io.env.HOME || homedir());
  return new RosterCache(dir, currentBuild(), {
    unusable: (reason) => g.io.stderr.write(g.t.usage.prefix + say.unusable(dir, reason) + '\n'),
    notDirectory: say.notDirectory,
    openToOthers: say.openToOthers,
    notOwn: say.notOwn,
  });
}
