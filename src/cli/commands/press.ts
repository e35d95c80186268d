import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages, type Lang } from '../../i18n/index.js';
import { edit, list } from '../edit-command.js';
import { exitWith } from '../exit.js';

export function pressCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const editHelp = editMessages(lang).cli;
  const press = new Command('press').description(editHelp.pressDescription);
  press
    .command('add')
    .description(editHelp.pressAdd)
    .argument('<person>', editHelp.personId)
    .option('--dry-run', editHelp.dryRun)
    .action(exitWith((person: string, opts: { dryRun?: boolean }, command: Command) => edit(runners, command, lang, { kind: 'press-add', person }, opts)));
  press
    .command('remove')
    .description(editHelp.pressRemove)
    .argument('<person>', editHelp.personId)
    .option('--dry-run', editHelp.dryRun)
    .action(exitWith((person: string, opts: { dryRun?: boolean }, command: Command) => edit(runners, command, lang, { kind: 'press-remove', person }, opts)));
  press
    .command('set')
    .description(editHelp.pressSet)
    .requiredOption('--responsible <ids>', editHelp.responsible)
    .option('--dry-run', editHelp.dryRun)
    .action(exitWith((opts: { responsible: string; dryRun?: boolean }, command: Command) => edit(runners, command, lang, { kind: 'press-set', responsible: list(opts.responsible)! }, opts)));
  return press;
}
