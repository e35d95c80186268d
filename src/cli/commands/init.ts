import type { InitOptions } from '../run/init.js';
import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages, type Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function initCommand(lang: Lang, runners: Runners<typeof import('../run/init.js')>): Command {
  const editHelp = editMessages(lang).cli;
  return new Command('init')
    .description(editHelp.initDescription)
    .argument('[file]', editHelp.initFile)
    .requiredOption('--municipality <name>', editHelp.municipality)
    .requiredOption('--title <title>', editHelp.planTitle)
    .option('--area <name>', editHelp.area, collect)
    .option('--activation-day-counts', editHelp.activationDayCounts)
    .option('--workday-ends <HH:MM>', editHelp.initWorkdayEnds)
    .option('--christmas-eve <working-day|day-off>', editHelp.christmasEve)
    .option('--new-years-eve <working-day|day-off>', editHelp.newYearsEve)
    .option('--meeting-deadline <start|end>', editHelp.meetingDeadline)
    .action(
      exitWith(async (file: string | undefined, opts: InitOptions, command: Command) => {
        const { runInit } = await runners.run();
        return runInit(command, lang, file, opts);
      }),
    );
}
