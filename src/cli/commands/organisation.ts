import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages } from '../../i18n/edit.js';
import type { Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

export function organisationCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const e = editMessages(lang).cli;
  const organisation = new Command('organisation').description(e.organisationDescription);
  organisation
    .command('add')
    .description(e.organisationAdd)
    .requiredOption('--name <name>', e.orgName)
    .option('--id <id>', e.orgId)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith(async (opts: { name: string; id?: string; dryRun?: boolean }, command: Command) => {
        const { runEdit } = await runners.edit();
        return runEdit(command, lang, { kind: 'organisation-add', name: opts.name, id: opts.id }, opts);
      }),
    );
  organisation
    .command('set')
    .description(e.organisationSet)
    .argument('<id>', e.orgId)
    .requiredOption('--name <name>', e.orgName)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith(async (id: string, opts: { name: string; dryRun?: boolean }, command: Command) => {
        const { runEdit } = await runners.edit();
        return runEdit(command, lang, { kind: 'organisation-set', id, name: opts.name }, opts);
      }),
    );
  organisation
    .command('remove')
    .description(e.organisationRemove)
    .argument('<id>', e.orgId)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith(async (id: string, opts: { dryRun?: boolean }, command: Command) => {
        const { runEdit } = await runners.edit();
        return runEdit(command, lang, { kind: 'organisation-remove', id }, opts);
      }),
    );
  return organisation;
}
