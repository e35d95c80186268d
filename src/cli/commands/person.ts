import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages, type Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

export function personCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const editHelp = editMessages(lang).cli;
  const person = new Command('person').description(editHelp.personDescription);
  person
    .command('add')
    .description(editHelp.personAdd)
    .requiredOption('--name <name>', editHelp.name)
    .requiredOption('--title <title>', editHelp.title)
    .requiredOption('--organisation <id>', editHelp.organisation)
    .requiredOption('--phone <phone>', editHelp.phone)
    .option('--email <email>', editHelp.email)
    .option('--id <id>', editHelp.newId)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith(async (opts: { name: string; title: string; organisation: string; phone: string; email?: string; id?: string; dryRun?: boolean }, command: Command) => {
        const { runEdit } = await runners.edit();
        const { dryRun, ...rest } = opts;
        return runEdit(command, lang, { kind: 'person-add', ...rest }, { dryRun });
      }),
    );
  person
    .command('set')
    .description(editHelp.personSet)
    .argument('<id>', editHelp.personId)
    .option('--name <name>', editHelp.name)
    .option('--title <title>', editHelp.title)
    .option('--organisation <id>', editHelp.organisation)
    .option('--phone <phone>', editHelp.phone)
    .option('--email <email>', editHelp.email)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith(async (id: string, opts: { name?: string; title?: string; organisation?: string; phone?: string; email?: string; dryRun?: boolean }, command: Command) => {
        const { runEdit } = await runners.edit();
        const { dryRun, ...rest } = opts;
        return runEdit(command, lang, { kind: 'person-set', id, ...rest }, { dryRun });
      }),
    );
  person
    .command('remove')
    .description(editHelp.personRemove)
    .argument('<id>', editHelp.personId)
    .option('--replace-with <id>', editHelp.replaceWith)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith(async (id: string, opts: { replaceWith?: string; dryRun?: boolean }, command: Command) => {
        const { runEdit } = await runners.edit();
        return runEdit(command, lang, { kind: 'person-remove', id, replaceWith: opts.replaceWith }, opts);
      }),
    );
  return person;
}
