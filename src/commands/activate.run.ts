import type { Command } from 'commander';
import { DateTime } from 'luxon';
import type { Lang } from '../i18n/index.js';
import { planActivation } from '../plan/activation.js';
import { WorkingCalendar } from '../plan/calendar.js';
import { activationData, activationText, periodWarning } from '../render/activation.js';
import type { ActivateOptions } from './activate.js';
import { globalsOf, levelOption, loadRosterOrExit, momentOption, nonEmpty } from './context.js';
import { ExitCode } from './exit.js';
import { startFromActivate } from './journal-dir.js';
import { writeOutput } from './output.js';

export async function activate(opts: ActivateOptions, command: Command, lang: Lang): Promise<ExitCode> {
  const g = globalsOf(command, lang);
  const level = levelOption(opts.level, g.t);
  const { roster } = await loadRosterOrExit(g);
  const activatedAt = momentOption(opts.at, roster.plan.timezone, g);
  const activation = planActivation(roster, level, activatedAt, new WorkingCalendar(roster.calendar), g.lang);
  const view = { t: g.t, lang: g.lang, color: g.color };
  // The journal entry first: if it cannot be written, the user learns so before acting on the printed plan.
  if (opts.log) startFromActivate(g, opts.journal, level, activatedAt, DateTime.now());
  else if (opts.journal !== undefined) nonEmpty(opts.journal, '--journal', g);
  const warning = periodWarning(activation, view);
  if (warning) process.stderr.write(g.t.usage.prefix + warning + '\n');
  const out = opts.json ? JSON.stringify(activationData(activation, view), null, 2) + '\n' : activationText(activation, roster, view);
  await writeOutput('-', out, { inputs: [g.rosterPath], lang: g.lang });
  return ExitCode.ok;
}
