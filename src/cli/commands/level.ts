import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages, type Lang } from '../../i18n/index.js';
import { edit } from '../edit-command.js';
import { exitWith } from '../exit.js';

export function levelCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const editHelp = editMessages(lang).cli;
  const level = new Command('level').description(editHelp.levelDescription);
  level
    .command('set')
    .description(editHelp.levelSet)
    .argument('<level>', editHelp.level)
    .option('--working-days <number>', editHelp.workingDays)
    .option('--hours <number>', editHelp.hours)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith((id: string, opts: { workingDays?: string; hours?: string; dryRun?: boolean }, command: Command) =>
        edit(runners, command, lang, { kind: 'level-set', level: id, workingDays: opts.workingDays, hours: opts.hours }, opts),
      ),
    );
  return level;
}
