import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages } from '../../i18n/edit.js';
import type { Lang } from '../../i18n/index.js';
import { edit } from '../edit-command.js';
import { exitWith } from '../exit.js';

export function adhocCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const e = editMessages(lang).cli;
  const adhoc = new Command('adhoc').description(e.adhocDescription);
  adhoc
    .command('add')
    .description(e.adhocAdd)
    .argument('[text]', e.adhocText)
    .option('--ref <id>', e.ref)
    .option('--dry-run', e.dryRun)
    .action(exitWith((text: string | undefined, opts: { ref?: string; dryRun?: boolean }, command: Command) => edit(runners, command, lang, { kind: 'adhoc-add', text, ref: opts.ref }, opts)));
  adhoc
    .command('remove')
    .description(e.adhocRemove)
    .argument('<entry>', e.adhocEntry)
    .option('--dry-run', e.dryRun)
    .action(exitWith((entry: string, opts: { dryRun?: boolean }, command: Command) => edit(runners, command, lang, { kind: 'adhoc-remove', entry }, opts)));
  return adhoc;
}
