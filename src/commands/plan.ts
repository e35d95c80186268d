import { Command, Option } from 'commander';
import type { Lang } from '../i18n/index.js';
import { planMessages } from '../i18n/plan.js';
import { exitWith } from './context.js';

export function planCommand(lang: Lang): Command {
  const p = planMessages(lang);
  return new Command('plan')
    .description(p.cli.description)
    .addOption(new Option('--format <format>', p.cli.format).default('markdown'))
    .option('--output <file>', p.cli.output)
    .action(
      exitWith(async (opts: { format: string; output?: string }, command: Command) => {
        const { runPlan } = await import('./plan.run.js');
        return runPlan(opts, command, lang);
      }),
    );
}
