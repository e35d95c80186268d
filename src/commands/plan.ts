import { Command } from 'commander';
import { editMessages } from '../i18n/edit.js';
import type { Lang } from '../i18n/index.js';
import { exitWith } from './exit.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function planCommand(lang: Lang): Command {
  const e = editMessages(lang).cli;
  const plan = new Command('plan').description(e.planDescription);
  plan
    .command('set')
    .description(e.planSet)
    .option('--title <title>', e.planTitle)
    .option('--municipality <name>', e.municipality)
    .option('--area <name>', e.area, collect)
    .option('--start <date>', e.start)
    .option('--end <date>', e.end)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith(async (opts: { title?: string; municipality?: string; area?: string[]; start?: string; end?: string; dryRun?: boolean }, command: Command) => {
        const { runEdit } = await import('./edit.run.js');
        return runEdit(command, lang, { kind: 'plan-set', title: opts.title, municipality: opts.municipality, areas: opts.area, start: opts.start, end: opts.end }, opts);
      }),
    );
  return plan;
}
