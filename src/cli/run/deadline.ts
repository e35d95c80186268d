import { effectiveCalendar } from '../../domain/interpretations.js';
import type { Command } from 'commander';
import type { ActivateOptions } from '../declare.js';
import type { Lang } from '../../i18n/index.js';
import { WorkingCalendar } from '../../domain/calendar.js';
import { meetingDeadline } from '../../domain/deadline.js';
import { deadlineData, deadlineText } from '../../render/deadline.js';
import { globalsOf, levelOption, loadRosterOrExit, momentOption } from '../context.js';
import { ExitCode, UsageError } from '../exit.js';
import { writeOutput } from '../output.js';

export async function deadline(opts: ActivateOptions, command: Command, lang: Lang): Promise<ExitCode> {
  const g = globalsOf(command, lang);
  const level = levelOption(opts.level, g.t);
  if (level === 'green') throw new UsageError(g.t.level.greenNoDeadline());
  const { roster } = await loadRosterOrExit(g);
  const activatedAt = momentOption(opts.at, roster.plan.timezone, g);
  const found = meetingDeadline(roster, level, activatedAt, new WorkingCalendar(effectiveCalendar(roster)));
  if (!found) throw new UsageError(g.t.level.greenNoDeadline());
  const view = { t: g.t, lang: g.lang, color: g.color };
  const out = opts.json ? JSON.stringify(deadlineData(found, view), null, 2) + '\n' : deadlineText(found, view);
  await writeOutput(g, '-', out, { inputs: [g.rosterPath] });
  return ExitCode.ok;
}
