import { spawnSync } from 'node:child_process';
import { basename, dirname, join, relative } from 'node:path';
import type { Command } from 'commander';
import { DateTime } from 'luxon';
import type { Lang } from '../i18n/index.js';
import { journalMessages } from '../i18n/journal.js';
import { JournalError, listActivations, readActivation } from '../journal/index.js';
import { WorkingCalendar } from '../plan/calendar.js';
import { activationLine, statusReport, type ActivationLine, type RosterRevision } from '../plan/status.js';
import { zoneOf } from '../plan/zone.js';
import { renderStatus } from '../render/status.js';
import { diffRosters } from '../roster/diff.js';
import { MAX_FILE_BYTES } from '../roster/file.js';
import { loadRoster } from '../roster/load.js';
import type { Roster } from '../roster/schema.js';
import { UsageError, globalsOf, loadValidRoster } from './context.js';
import { journalDirOf } from './journal-dir.js';
import { journalUsage, warn } from './log.run.js';
import { writeReport } from './report-output.js';

export async function runStatusReport(
  opts: { year: string; format: 'markdown' | 'html' | 'json'; output?: string; journal?: string },
  command: Command,
  lang: Lang,
): Promise<number> {
  const g = globalsOf(command, lang);
  const j = journalMessages(lang);
  if (!/^\d{4}$/.test(opts.year.trim())) throw new UsageError(j.usage.badYear(opts.year));
  const year = Number(opts.year.trim());
  const dir = journalDirOf(g, opts.journal);
  const roster = await loadValidRoster(g);
  const zone = zoneOf(roster.plan.timezone);
  const now = DateTime.now().setZone(zone);
  const calendar = new WorkingCalendar(roster.calendar);
  try {
    const lines: ActivationLine[] = [];
    const deadlines = new Map<string, DateTime | undefined>();
    let damaged = 0;
    // The id begins with the local date of activation, so the year's files are known without opening the others.
    for (const id of listActivations(dir.path)) {
      if (!id.startsWith(`${year}-`)) continue;
      const read = readActivation(dir.path, id, `${dir.name.replace(/\/$/, '')}/${id}.jsonl`);
      warn(read, j);
      damaged += read.diagnostics.length;
      const line = activationLine(roster, id, read.events, calendar, now, deadlines);
      if (line) lines.push(line);
    }
    const revisions = rosterHistory(g.rosterPath, year, roster.plan.timezone, lang);
    const report = statusReport(year, now.toISODate()!, lines, roster, revisions);
    writeReport(renderStatus(report, opts.format, { t: g.t, j, lang, roster }), opts.output, g, dir);
    if (damaged) {
      process.stderr.write(g.t.usage.prefix + j.usage.damaged(damaged) + '\n');
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof JournalError) throw journalUsage(error, j);
    throw error;
  }
}

function git(cwd: string, args: string[]): string | undefined {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: MAX_FILE_BYTES * 4 });
  return result.status === 0 ? result.stdout : undefined;
}

/**
 * The roster's revisions committed during the year, each with its changes against the version before it, read from
 * git. Undefined when the roster is not in a repository. Only commit hashes that git itself printed are passed back to
 * it, and the path always after `--`.
 */
export function rosterHistory(rosterPath: string, year: number, zoneName: string, lang: Lang): RosterRevision[] | undefined {
  const cwd = dirname(rosterPath);
  const top = git(cwd, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top) return undefined;
  const path = relative(top, join(cwd, basename(rosterPath)));
  if (path.startsWith('..')) return undefined;
  const log = git(top, ['log', '--format=%H %cI', '--', path]);
  if (log === undefined) return undefined;
  const zone = zoneOf(zoneName);
  const commits = log
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [hash, date] = line.split(' ');
      return { hash: hash!, date: DateTime.fromISO(date!, { setZone: true }).setZone(zone) };
    })
    .reverse();
  const load = (hash: string): Roster | undefined => {
    const show = spawnSync('git', ['show', `${hash}:${path}`], { cwd: top, maxBuffer: MAX_FILE_BYTES + 1 });
    if (show.status !== 0) return undefined;
    return loadRoster(show.stdout, { file: path, lang }).roster;
  };
  const revisions: RosterRevision[] = [];
  let before: Roster | undefined;
  // Only the year's commits and the last one before it are read: that one is what the first change is measured against.
  const firstInYear = commits.findIndex((c) => c.date.year >= year);
  const from = firstInYear < 0 ? commits.length : Math.max(0, firstInYear - 1);
  for (const commit of commits.slice(from)) {
    if (commit.date.year > year) break;
    const version = load(commit.hash);
    if (!version) continue;
    if (commit.date.year === year) {
      const changes = before ? diffRosters(before, version) : [];
      if (!before || changes.length > 0 || version.revision !== before.revision) {
        revisions.push({ revision: version.revision, lastChanged: version.lastChanged, date: commit.date.toISODate()!, ...(before ? {} : { first: true }), changes });
      }
    }
    before = version;
  }
  return revisions;
}
