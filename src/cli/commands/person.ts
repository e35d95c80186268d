import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages } from '../../i18n/edit.js';
import type { Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

export function personCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const e = editMessages(lang).cli;
  const person = new Command('person').description(e.personDescription);
  person
    .command('add')
    .description(e.personAdd)
    .requiredOption('--name <name>', e.name)
    .requiredOption('--title <title>', e.title)
    .requiredOption('--organisation <id>', e.organisation)
    .requiredOption('--phone <phone>', e.phone)
    .option('--email <email>', e.email)
    .option('--id <id>', e.newId)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith(async (opts: { name: string; title: string; organisation: string; phone: string; email?: string; id?: string; dryRun?: boolean }, command: Command) => {
        const { runEdit } = await runners.edit();
        const { dryRun, ...rest } = opts;
        return runEdit(command, lang, { kind: 'person-add', ...rest }, { dryRun });
      }),
    );
  person
    .command('set')
    .description(e.personSet)
    .argument('<id>', e.personId)
    .option('--name <name>', e.name)
    .option('--title <title>', e.title)
    .option('--organisation <id>', e.organisation)
    .option('--phone <phone>', e.phone)
    .option('--email <email>', e.email)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith(async (id: string, opts: { name?: string; title?: string; organisation?: string; phone?: string; email?: string; dryRun?: boolean }, command: Command) => {
        const { runEdit } = await runners.edit();
        const { dryRun, ...rest } = opts;
        return runEdit(command, lang, { kind: 'person-set', id, ...rest }, { dryRun });
      }),
    );
  person
    .command('remove')
    .description(e.personRemove)
    .argument('<id>', e.personId)
    .option('--replace-with <id>', e.replaceWith)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith(async (id: string, opts: { replaceWith?: string; dryRun?: boolean }, command: Command) => {
        const { runEdit } = await runners.edit();
        return runEdit(command, lang, { kind: 'person-remove', id, replaceWith: opts.replaceWith }, opts);
      }),
    );
  return person;
}
