import type { InitOptions } from '../run/init.js';
import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages } from '../../i18n/edit.js';
import type { Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function initCommand(lang: Lang, runners: Runners<typeof import('../run/init.js')>): Command {
  const e = editMessages(lang).cli;
  return new Command('init')
    .description(e.initDescription)
    .argument('[file]', e.initFile)
    .requiredOption('--municipality <name>', e.municipality)
    .requiredOption('--title <title>', e.planTitle)
    .option('--area <name>', e.area, collect)
    .option('--activation-day-counts', e.activationDayCounts)
    .option('--workday-ends <HH:MM>', e.initWorkdayEnds)
    .option('--christmas-eve <working-day|day-off>', e.christmasEve)
    .option('--new-years-eve <working-day|day-off>', e.newYearsEve)
    .option('--meeting-deadline <start|end>', e.meetingDeadline)
    .action(
      exitWith(async (file: string | undefined, opts: InitOptions, command: Command) => {
        const { runInit } = await runners.run();
        return runInit(command, lang, file, opts);
      }),
    );
}
