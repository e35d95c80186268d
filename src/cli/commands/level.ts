import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages } from '../../i18n/edit.js';
import type { Lang } from '../../i18n/index.js';
import { edit } from '../edit-command.js';
import { exitWith } from '../exit.js';

export function levelCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const e = editMessages(lang).cli;
  const level = new Command('level').description(e.levelDescription);
  level
    .command('set')
    .description(e.levelSet)
    .argument('<level>', e.level)
    .option('--working-days <number>', e.workingDays)
    .option('--hours <number>', e.hours)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith((id: string, opts: { workingDays?: string; hours?: string; dryRun?: boolean }, command: Command) =>
        edit(runners, command, lang, { kind: 'level-set', level: id, workingDays: opts.workingDays, hours: opts.hours }, opts),
      ),
    );
  return level;
}
