import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages, type Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

export function organisationCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const editHelp = editMessages(lang).cli;
  const organisation = new Command('organisation').description(editHelp.organisationDescription);
  organisation
    .command('add')
    .description(editHelp.organisationAdd)
    .requiredOption('--name <name>', editHelp.orgName)
    .option('--id <id>', editHelp.orgId)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith(async (opts: { name: string; id?: string; dryRun?: boolean }, command: Command) => {
        const { runEdit } = await runners.edit();
        return runEdit(command, lang, { kind: 'organisation-add', name: opts.name, id: opts.id }, opts);
      }),
    );
  organisation
    .command('set')
    .description(editHelp.organisationSet)
    .argument('<id>', editHelp.orgId)
    .requiredOption('--name <name>', editHelp.orgName)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith(async (id: string, opts: { name: string; dryRun?: boolean }, command: Command) => {
        const { runEdit } = await runners.edit();
        return runEdit(command, lang, { kind: 'organisation-set', id, name: opts.name }, opts);
      }),
    );
  organisation
    .command('remove')
    .description(editHelp.organisationRemove)
    .argument('<id>', editHelp.orgId)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith(async (id: string, opts: { dryRun?: boolean }, command: Command) => {
        const { runEdit } = await runners.edit();
        return runEdit(command, lang, { kind: 'organisation-remove', id }, opts);
      }),
    );
  return organisation;
}
