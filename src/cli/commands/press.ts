import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages } from '../../i18n/edit.js';
import type { Lang } from '../../i18n/index.js';
import { edit, list } from '../edit-command.js';
import { exitWith } from '../exit.js';

export function pressCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const e = editMessages(lang).cli;
  const press = new Command('press').description(e.pressDescription);
  press
    .command('add')
    .description(e.pressAdd)
    .argument('<person>', e.personId)
    .option('--dry-run', e.dryRun)
    .action(exitWith((person: string, opts: { dryRun?: boolean }, command: Command) => edit(runners, command, lang, { kind: 'press-add', person }, opts)));
  press
    .command('remove')
    .description(e.pressRemove)
    .argument('<person>', e.personId)
    .option('--dry-run', e.dryRun)
    .action(exitWith((person: string, opts: { dryRun?: boolean }, command: Command) => edit(runners, command, lang, { kind: 'press-remove', person }, opts)));
  press
    .command('set')
    .description(e.pressSet)
    .requiredOption('--responsible <ids>', e.responsible)
    .option('--dry-run', e.dryRun)
    .action(exitWith((opts: { responsible: string; dryRun?: boolean }, command: Command) => edit(runners, command, lang, { kind: 'press-set', responsible: list(opts.responsible)! }, opts)));
  return press;
}
