import { Command } from 'commander';
import { editMessages } from '../i18n/edit.js';
import type { Lang } from '../i18n/index.js';
import { exitWith, globalsOf, parseDateOption } from './context.js';

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
        const g = globalsOf(command, lang);
        const start = opts.start === undefined ? undefined : parseDateOption(opts.start, '--start', g.t);
        const end = opts.end === undefined ? undefined : parseDateOption(opts.end, '--end', g.t);
        const { runEdit } = await import('./edit.run.js');
        return runEdit(g, { kind: 'plan-set', title: opts.title, municipality: opts.municipality, areas: opts.area, start, end }, opts);
      }),
    );
  return plan;
}
