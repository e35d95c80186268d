import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages, type Lang } from '../../i18n/index.js';
import { edit } from '../edit-command.js';
import { exitWith } from '../exit.js';

export function adhocCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const editHelp = editMessages(lang).cli;
  const adhoc = new Command('adhoc').description(editHelp.adhocDescription);
  adhoc
    .command('add')
    .description(editHelp.adhocAdd)
    .argument('[text]', editHelp.adhocText)
    .option('--ref <id>', editHelp.ref)
    .option('--dry-run', editHelp.dryRun)
    .action(exitWith((text: string | undefined, opts: { ref?: string; dryRun?: boolean }, command: Command) => edit(runners, command, lang, { kind: 'adhoc-add', text, ref: opts.ref }, opts)));
  adhoc
    .command('remove')
    .description(editHelp.adhocRemove)
    .argument('<entry>', editHelp.adhocEntry)
    .option('--dry-run', editHelp.dryRun)
    .action(exitWith((entry: string, opts: { dryRun?: boolean }, command: Command) => edit(runners, command, lang, { kind: 'adhoc-remove', entry }, opts)));
  return adhoc;
}
