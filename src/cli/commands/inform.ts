import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages, type Lang } from '../../i18n/index.js';
import { edit, list } from '../edit-command.js';
import { exitWith } from '../exit.js';

interface InformOptions {
  by?: string;
  informs?: string;
  when?: string;
  with?: string;
  id?: string;
  dryRun?: boolean;
}

export function informCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const editHelp = editMessages(lang).cli;
  const inform = new Command('inform').description(editHelp.informDescription);
  inform
    .command('add')
    .description(editHelp.informAdd)
    .requiredOption('--by <ids>', editHelp.by)
    .requiredOption('--informs <text>', editHelp.informs)
    .option('--when <text>', editHelp.when)
    .option('--with <ids>', editHelp.withOrgs)
    .option('--id <id>', editHelp.informNewId)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith((opts: InformOptions, command: Command) =>
        edit(runners, command, lang, { kind: 'inform-add', id: opts.id, by: list(opts.by)!, informs: opts.informs!, when: opts.when, with: list(opts.with) }, opts),
      ),
    );
  inform
    .command('set')
    .description(editHelp.informSet)
    .argument('<id>', editHelp.informId)
    .option('--by <ids>', editHelp.by)
    .option('--informs <text>', editHelp.informs)
    .option('--when <text>', editHelp.when)
    .option('--with <ids>', editHelp.withOrgs)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith((id: string, opts: InformOptions, command: Command) =>
        edit(runners, command, lang, { kind: 'inform-set', id, by: list(opts.by), informs: opts.informs, when: opts.when, with: list(opts.with) }, opts),
      ),
    );
  inform
    .command('remove')
    .description(editHelp.informRemove)
    .argument('<id>', editHelp.informId)
    .option('--dry-run', editHelp.dryRun)
    .action(exitWith((id: string, opts: { dryRun?: boolean }, command: Command) => edit(runners, command, lang, { kind: 'inform-remove', id }, opts)));
  return inform;
}
