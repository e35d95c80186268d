import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages, type Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

export function confirmCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const editHelp = editMessages(lang).cli;
  return new Command('confirm')
    .description(editHelp.confirmDescription)
    .argument('<ids...>', editHelp.ids)
    .option('--date <date>', editHelp.date)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith(async (ids: string[], opts: { date?: string; dryRun?: boolean }, command: Command) => {
        const { runEdit } = await runners.edit();
        return runEdit(command, lang, { kind: 'confirm', ids, date: opts.date }, opts);
      }),
    );
}
