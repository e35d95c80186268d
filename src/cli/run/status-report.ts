import { effectiveCalendar } from '../../domain/interpretations.js';
import { rosterNames } from '../../domain/names.js';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { DateTime } from 'luxon';
import type { Lang } from '../../i18n/index.js';
import { journalMessages } from '../../i18n/journal.js';
import { JournalError, listActivations, readActivation } from '../../journal/index.js';
import { WorkingCalendar } from '../../domain/calendar.js';
import { activationLine, statusReport, type ActivationLine, type RosterRevision } from '../../domain/status.js';
import { zoneOf } from '../../domain/zone.js';
import { renderStatus } from '../../render/status.js';
import { diffRosters } from '../../roster/diff.js';
import { loadRoster } from '../../roster/load.js';
import type { Roster } from '../../roster/schema.js';
import { globalsOf, loadRosterOrExit, nowIn } from '../context.js';
import { ExitCode, UsageError } from '../exit.js';
import { fileHistory } from '../../io/git.js';
import { checkJournalDir, journalDirOf, journalFile, journalUsage, warn } from '../journal-dir.js';
import { writeReport } from '../report-output.js';

export async function runStatusReport(
  opts: { year: string; format: 'markdown' | 'html' | 'json'; output?: string; journal?: string },
  command: Command,
  lang: Lang,
): Promise<ExitCode> {
  const g = globalsOf(command, lang);
  const j = journalMessages(lang);
  if (!/^\d{4}$/.test(opts.year.trim())) throw new UsageError(j.usage.badYear(opts.year));
  const year = Number(opts.year.trim());
  const dir = journalDirOf(g, opts.journal);
  // The annual report is also about the roster: without any journal yet it is made, and says so; a journal named
  // with --journal or BEREDSKAB_JOURNAL that is not there is a mistake.
  checkJournalDir(g, dir, { defaultMayBeMissing: true });
  const { roster } = await loadRosterOrExit(g);
  const now = nowIn(roster.plan.timezone, g);
  const calendar = new WorkingCalendar(effectiveCalendar(roster));
  try {
    const lines: ActivationLine[] = [];
    const deadlines = new Map<string, DateTime | undefined>();
    let damaged = 0;
    const read: string[] = [];
    // The id begins with the local date of activation, so the year's files are known without opening the others.
    for (const id of listActivations(dir.path)) {
      if (!id.startsWith(`${year}-`)) continue;
      const activation = readActivation(dir.path, id, journalFile(dir, id));
      read.push(join(dir.path, `${id}.jsonl`));
      warn(g, activation, j);
      damaged += activation.diagnostics.length;
      const line = activationLine(roster, id, activation.events, calendar, now, deadlines);
      if (line) lines.push(line);
    }
    const revisions = rosterHistory(g.rosterPath, year, roster.plan.timezone, lang);
    const report = statusReport(year, now.toISODate()!, lines, roster, revisions);
    await writeReport(renderStatus(report, opts.format, { t: g.t, j, lang, names: rosterNames(roster, lang) }), opts.output, g, dir, read);
    if (damaged) {
      g.io.stderr.write(g.t.usage.prefix + j.usage.damaged(damaged) + '\n');
      return ExitCode.invalid;
    }
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof JournalError) throw journalUsage(error, j);
    throw error;
  }
}

/**
 * The roster's revisions committed during the year, each with its changes against the version before it, read from
 * git through git.ts (fileHistory). Undefined when the roster is not in a repository.
 */
function rosterHistory(rosterPath: string, year: number, zoneName: string, lang: Lang): RosterRevision[] | undefined {
  const history = fileHistory(rosterPath);
  if (!history) return undefined;
  const zone = zoneOf(zoneName);
  const commits = history.commits.map((c) => ({ hash: c.id, date: DateTime.fromISO(c.date, { setZone: true }).setZone(zone) }));
  const load = (hash: string): Roster | undefined => {
    const bytes = history.at(hash);
    return bytes ? loadRoster(bytes, { file: basename(rosterPath) }).roster : undefined;
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
