import { effectiveCalendar } from '../../domain/interpretations.js';
import { rosterNames } from '../../domain/names.js';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/index.js';
import { journalMessages } from '../../i18n/journal.js';
import { JournalError, readActivation } from '../../journal/index.js';
import { WorkingCalendar } from '../../domain/calendar.js';
import { evaluate } from '../../domain/evaluation.js';
import { renderEvaluation } from '../../render/evaluation.js';
import { globalsOf, loadRosterOrExit, nowIn } from '../context.js';
import { ExitCode, UsageError } from '../exit.js';
import { checkJournalDir, journalDirOf, journalFile, journalUsage, targetOrLatest, warn } from '../journal-dir.js';
import { writeReport } from '../report-output.js';

export async function runEvaluation(
  given: string | undefined,
  opts: { format: 'markdown' | 'html' | 'json'; output?: string; journal?: string },
  command: Command,
  lang: Lang,
): Promise<ExitCode> {
  const g = globalsOf(command, lang);
  const j = journalMessages(lang);
  const dir = journalDirOf(g, opts.journal);
  checkJournalDir(g, dir);
  const { roster } = await loadRosterOrExit(g);
  try {
    // Without an id: the open activation, or when none is open the latest one, which is the one usually evaluated.
    const id = targetOrLatest(dir, given, j);
    const read = readActivation(dir.path, id, journalFile(dir, id));
    warn(g, read, j);
    const now = nowIn(roster.plan.timezone, g);
    const evaluation = evaluate(roster, id, read.events, new WorkingCalendar(effectiveCalendar(roster)), now, lang);
    if (!evaluation) throw new UsageError(j.usage.startDamaged(id));
    await writeReport(renderEvaluation(evaluation, read.diagnostics, opts.format, { t: g.t, j, lang, names: rosterNames(roster, lang) }), opts.output, g, dir, [join(dir.path, `${id}.jsonl`)]);
    if (read.diagnostics.length) {
      g.io.stderr.write(g.t.usage.prefix + j.usage.damaged(read.diagnostics.length) + '\n');
      return ExitCode.invalid;
    }
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof JournalError) throw journalUsage(error, j);
    throw error;
  }
}
