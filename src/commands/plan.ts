import { Command } from 'commander';
import type { Lang } from '../i18n/index.js';
import { planMessages } from '../i18n/plan.js';
import { exitWith } from './context.js';

export function planCommand(lang: Lang): Command {
  const p = planMessages(lang);
  return new Command('plan')
    .description(p.cli.description)
    // The default is said in the description, in the user's language, rather than by commander in English.
    .option('--format <format>', p.cli.format)
    .option('--output <file>', p.cli.output)
    .action(
      exitWith(async (opts: { format?: string; output?: string }, command: Command) => {
        const { runPlan } = await import('./plan.run.js');
        return runPlan(opts, command, lang);
      }),
    );
}
