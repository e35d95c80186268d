import type { PlanOptions } from '../run/plan.js';
import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages, messages, planMessages, type Lang } from '../../i18n/index.js';
import { exitWith, UsageError } from '../exit.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `plan` writes the plan document; `plan set` changes the plan's own fields in the roster. */
export function planCommand(lang: Lang, runners: Runners<typeof import('../run/plan.js')>): Command {
  const planHelp = planMessages(lang).cli;
  const editHelp = editMessages(lang).cli;
  const plan = new Command('plan')
    .description(planHelp.description)
    // The default is said in the option's help, in the user's language, rather than by commander in English.
    .option('--format <format>', planHelp.format)
    .option('--output <file>', planHelp.output)
    // The program reads options anywhere on the line, so `plan set --format docx` reaches `plan` itself; refused as
    // `set` would refuse any option it does not know, rather than quietly ignored.
    .hook('preSubcommand', (self) => {
      for (const flag of ['--format', '--output']) {
        if (self.getOptionValue(flag.slice(2)) !== undefined) throw new UsageError(messages(lang).usage.unknownOption(flag));
      }
    })
    .action(exitWith(async (opts: PlanOptions, command: Command) => (await runners.run()).runPlan(opts, command, lang)));
  plan
    .command('set')
    .description(editHelp.planSet)
    .option('--title <title>', editHelp.planTitle)
    .option('--municipality <name>', editHelp.municipality)
    .option('--area <name>', editHelp.area, collect)
    .option('--start <date>', editHelp.start)
    .option('--end <date>', editHelp.end)
    .option('--commission <text>', editHelp.commission)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith(async (opts: { title?: string; municipality?: string; area?: string[]; start?: string; end?: string; commission?: string; dryRun?: boolean }, command: Command) => {
        const { runEdit } = await runners.edit();
        return runEdit(command, lang, { kind: 'plan-set', title: opts.title, municipality: opts.municipality, areas: opts.area, start: opts.start, end: opts.end, commission: opts.commission }, opts);
      }),
    );
  return plan;
}
