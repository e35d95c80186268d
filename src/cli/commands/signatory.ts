import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages, type Lang } from '../../i18n/index.js';
import { edit } from '../edit-command.js';
import { exitWith } from '../exit.js';

export function signatoryCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const editHelp = editMessages(lang).cli;
  const signatory = new Command('signatory').description(editHelp.signatoryDescription);
  signatory
    .command('add')
    .description(editHelp.signatoryAdd)
    .argument('<person>', editHelp.personId)
    .option('--title <title>', editHelp.signedTitle)
    .option('--organisation <name>', editHelp.signedOrganisation)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith((person: string, opts: { title?: string; organisation?: string; dryRun?: boolean }, command: Command) =>
        edit(runners, command, lang, { kind: 'signatory-add', person, title: opts.title, organisation: opts.organisation }, opts),
      ),
    );
  signatory
    .command('remove')
    .description(editHelp.signatoryRemove)
    .argument('<person>', editHelp.personId)
    .option('--dry-run', editHelp.dryRun)
    .action(exitWith((person: string, opts: { dryRun?: boolean }, command: Command) => edit(runners, command, lang, { kind: 'signatory-remove', person }, opts)));
  signatory
    .command('move')
    .description(editHelp.signatoryMove)
    .argument('<person>', editHelp.personId)
    .requiredOption('--to <number>', editHelp.position)
    .option('--dry-run', editHelp.dryRun)
    .action(exitWith((person: string, opts: { to: string; dryRun?: boolean }, command: Command) => edit(runners, command, lang, { kind: 'signatory-move', person, position: opts.to }, opts)));
  return signatory;
}
