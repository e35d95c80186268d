import { Command } from 'commander';
import { editMessages } from '../i18n/edit.js';
import type { Lang } from '../i18n/index.js';
import { exitWith } from './exit.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function initCommand(lang: Lang): Command {
  const e = editMessages(lang).cli;
  return new Command('init')
    .description(e.initDescription)
    .argument('[file]', e.initFile)
    .requiredOption('--municipality <name>', e.municipality)
    .requiredOption('--title <title>', e.planTitle)
    .option('--area <name>', e.area, collect)
    .action(
      exitWith(async (file: string | undefined, opts: { municipality: string; title: string; area?: string[] }, command: Command) => {
        const { runInit } = await import('./init.run.js');
        return runInit(command, lang, file, opts);
      }),
    );
}
