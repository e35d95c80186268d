import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages } from '../../i18n/edit.js';
import type { Lang } from '../../i18n/index.js';
import { edit } from '../edit-command.js';
import { exitWith } from '../exit.js';

export function signatoryCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const e = editMessages(lang).cli;
  const signatory = new Command('signatory').description(e.signatoryDescription);
  signatory
    .command('add')
    .description(e.signatoryAdd)
    .argument('<person>', e.personId)
    .option('--title <title>', e.signedTitle)
    .option('--organisation <name>', e.signedOrganisation)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith((person: string, opts: { title?: string; organisation?: string; dryRun?: boolean }, command: Command) =>
        edit(runners, command, lang, { kind: 'signatory-add', person, title: opts.title, organisation: opts.organisation }, opts),
      ),
    );
  signatory
    .command('remove')
    .description(e.signatoryRemove)
    .argument('<person>', e.personId)
    .option('--dry-run', e.dryRun)
    .action(exitWith((person: string, opts: { dryRun?: boolean }, command: Command) => edit(runners, command, lang, { kind: 'signatory-remove', person }, opts)));
  signatory
    .command('move')
    .description(e.signatoryMove)
    .argument('<person>', e.personId)
    .requiredOption('--to <number>', e.position)
    .option('--dry-run', e.dryRun)
    .action(exitWith((person: string, opts: { to: string; dryRun?: boolean }, command: Command) => edit(runners, command, lang, { kind: 'signatory-move', person, position: opts.to }, opts)));
  return signatory;
}
