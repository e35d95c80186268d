import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages, type Lang } from '../../i18n/index.js';
import { edit, list } from '../edit-command.js';
import { exitWith } from '../exit.js';

export function calendarCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const editHelp = editMessages(lang).cli;
  const calendar = new Command('calendar').description(editHelp.calendarDescription);
  calendar
    .command('set')
    .description(editHelp.calendarSet)
    .option('--workday-ends <time>', editHelp.workdayEnds)
    .option('--days-off <days>', editHelp.daysOff)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith((opts: { workdayEnds?: string; daysOff?: string; dryRun?: boolean }, command: Command) =>
        edit(runners, command, lang, { kind: 'calendar-set', workdayEnds: opts.workdayEnds, daysOff: list(opts.daysOff) }, opts),
      ),
    );
  return calendar;
}
