import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages } from '../../i18n/edit.js';
import type { Lang } from '../../i18n/index.js';
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
  const e = editMessages(lang).cli;
  const inform = new Command('inform').description(e.informDescription);
  inform
    .command('add')
    .description(e.informAdd)
    .requiredOption('--by <ids>', e.by)
    .requiredOption('--informs <text>', e.informs)
    .option('--when <text>', e.when)
    .option('--with <ids>', e.withOrgs)
    .option('--id <id>', e.informNewId)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith((opts: InformOptions, command: Command) =>
        edit(runners, command, lang, { kind: 'inform-add', id: opts.id, by: list(opts.by)!, informs: opts.informs!, when: opts.when, with: list(opts.with) }, opts),
      ),
    );
  inform
    .command('set')
    .description(e.informSet)
    .argument('<id>', e.informId)
    .option('--by <ids>', e.by)
    .option('--informs <text>', e.informs)
    .option('--when <text>', e.when)
    .option('--with <ids>', e.withOrgs)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith((id: string, opts: InformOptions, command: Command) =>
        edit(runners, command, lang, { kind: 'inform-set', id, by: list(opts.by), informs: opts.informs, when: opts.when, with: list(opts.with) }, opts),
      ),
    );
  inform
    .command('remove')
    .description(e.informRemove)
    .argument('<id>', e.informId)
    .option('--dry-run', e.dryRun)
    .action(exitWith((id: string, opts: { dryRun?: boolean }, command: Command) => edit(runners, command, lang, { kind: 'inform-remove', id }, opts)));
  return inform;
}
