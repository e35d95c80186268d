import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages } from '../../i18n/edit.js';
import type { Lang } from '../../i18n/index.js';
import { edit, list } from '../edit-command.js';
import { exitWith } from '../exit.js';

export function calendarCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const e = editMessages(lang).cli;
  const calendar = new Command('calendar').description(e.calendarDescription);
  calendar
    .command('set')
    .description(e.calendarSet)
    .option('--workday-ends <time>', e.workdayEnds)
    .option('--days-off <days>', e.daysOff)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith((opts: { workdayEnds?: string; daysOff?: string; dryRun?: boolean }, command: Command) =>
        edit(runners, command, lang, { kind: 'calendar-set', workdayEnds: opts.workdayEnds, daysOff: list(opts.daysOff) }, opts),
      ),
    );
  return calendar;
}
