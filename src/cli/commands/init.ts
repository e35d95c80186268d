import { Command } from 'commander';
import { editMessages } from '../../i18n/edit.js';
import type { Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export interface InitOptions {
  municipality: string;
  title: string;
  area?: string[];
  activationDayCounts?: boolean;
  workdayEnds?: string;
  christmasEve?: string;
  newYearsEve?: string;
  meetingDeadline?: string;
}

export function initCommand(lang: Lang): Command {
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
        const { runInit } = await import('../run/init.js');
        return runInit(command, lang, file, opts);
      }),
    );
}
