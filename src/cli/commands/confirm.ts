import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages } from '../../i18n/edit.js';
import type { Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

export function confirmCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const e = editMessages(lang).cli;
  return new Command('confirm')
    .description(e.confirmDescription)
    .argument('<ids...>', e.ids)
    .option('--date <date>', e.date)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith(async (ids: string[], opts: { date?: string; dryRun?: boolean }, command: Command) => {
        const { runEdit } = await runners.edit();
        return runEdit(command, lang, { kind: 'confirm', ids, date: opts.date }, opts);
      }),
    );
}
