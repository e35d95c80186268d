import { effectiveCalendar } from '../../domain/interpretations.js';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/index.js';
import { inviteMessages } from '../../i18n/invite.js';
import { planActivation } from '../../domain/activation.js';
import { WorkingCalendar } from '../../domain/calendar.js';
import { activationData, activationText, periodWarning } from '../../render/activation.js';
import type { ActivateOptions } from '../declare.js';
import { globalsOf, levelOption, loadRosterOrExit, momentOption, nonEmpty, parseChoice, sayBrokenNumbers, nowIn } from '../context.js';
import { ExitCode, OutputError, UsageError } from '../exit.js';
import { startFromActivate } from '../journal-dir.js';
import { writeOutput } from '../output.js';

const ACTIVATE_FORMATS = ['text', 'json', 'html'] as const;

export async function activate(opts: ActivateOptions, command: Command, lang: Lang): Promise<ExitCode> {
  const g = globalsOf(command, lang);
  const format = opts.json ? 'json' : parseChoice(opts.format ?? 'text', '--format', ACTIVATE_FORMATS, g.t);
  const output = nonEmpty(opts.output, '--output', g);
  const level = levelOption(opts.level, g.t);
  // In an emergency the plan is shown even with a mistyped number: the number is marked where it stands, and exit 1.
  const { roster, broken } = await loadRosterOrExit(g, { tolerateBrokenNumbers: true });
  const activatedAt = momentOption(opts.at, roster.plan.timezone, g);
  const activation = planActivation(roster, level, activatedAt, new WorkingCalendar(effectiveCalendar(roster)), g.lang);
  const toTerminal = output === undefined || output === '-';
  const view = { t: g.t, lang: g.lang, color: g.color && toTerminal && format === 'text' };
  if (!opts.log && opts.journal !== undefined) nonEmpty(opts.journal, '--journal', g);
  // The plan is printed whatever happens to the journal (a journal named wrongly, an empty BEREDSKAB_JOURNAL, a full
  // disk): in a crisis the call list matters more than the record. The failure is said after the plan.
  let logFailure: UsageError | OutputError | undefined;
  if (opts.log) {
    try {
      startFromActivate(g, opts.journal, level, activatedAt, nowIn(roster.plan.timezone, g));
    } catch (error) {
      if (!(error instanceof UsageError) && !(error instanceof OutputError)) throw error;
      logFailure = error;
    }
  }
  const warning = periodWarning(activation, view);
  if (warning) g.io.stderr.write(g.t.usage.prefix + warning + '\n');
  let out: string;
  if (format === 'html') {
    // Loaded only when asked for, like the other renderers behind --format.
    const { activationHtml } = await import('../../render/activation-html.js');
    out = activationHtml(activation, view, inviteMessages(g.lang));
  } else {
    out = format === 'json' ? JSON.stringify(activationData(activation, view), null, 2) + '\n' : activationText(activation, view);
  }
  await writeOutput(g, output, out, { inputs: [g.rosterPath], ...(opts.journal ? { journal: opts.journal } : {}) });
  if (broken.length > 0) sayBrokenNumbers(g, broken);
  if (logFailure) {
    g.io.stderr.write(g.t.usage.prefix + logFailure.message + '\n');
    return logFailure instanceof OutputError ? ExitCode.internal : ExitCode.usage;
  }
  return broken.length > 0 ? ExitCode.invalid : ExitCode.ok;
}
