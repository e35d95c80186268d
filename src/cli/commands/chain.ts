import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages, type Lang } from '../../i18n/index.js';
import { edit, list } from '../edit-command.js';
import { exitWith } from '../exit.js';

export function chainCommand(lang: Lang, runners: Runners<typeof import('../run/list.js')>): Command {
  const editHelp = editMessages(lang).cli;
  const chain = new Command('chain').description(editHelp.chainDescription);
  chain
    .command('show')
    .description(editHelp.chainShow)
    .argument('[id]', editHelp.chainId)
    .option('--json', editHelp.json)
    .action(exitWith(async (id: string | undefined, opts: { json?: boolean }, command: Command) => (await runners.run()).runChainShow(command, lang, id, opts)));
  chain
    .command('add')
    .description(editHelp.chainAdd)
    .argument('<id>', editHelp.chainId)
    .requiredOption('--title <text>', editHelp.chainTitle)
    .requiredOption('--purpose <text>', editHelp.purpose)
    .requiredOption('--contacts <ids>', editHelp.contacts)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith((id: string, opts: { title: string; purpose: string; contacts: string; dryRun?: boolean }, command: Command) =>
        edit(runners, command, lang, { kind: 'chain-add', id, title: opts.title, purpose: opts.purpose, contacts: list(opts.contacts)! }, opts),
      ),
    );
  chain
    .command('set')
    .description(editHelp.chainSet)
    .argument('<id>', editHelp.chainId)
    .option('--contacts <ids>', editHelp.contacts)
    .option('--title <text>', editHelp.chainTitle)
    .option('--purpose <text>', editHelp.purpose)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith((id: string, opts: { contacts?: string; title?: string; purpose?: string; dryRun?: boolean }, command: Command) =>
        edit(runners, command, lang, { kind: 'chain-set', id, contacts: list(opts.contacts), title: opts.title, purpose: opts.purpose }, opts),
      ),
    );
  chain
    .command('insert')
    .description(editHelp.chainInsert)
    .argument('<id>', editHelp.chainId)
    .argument('<contact>', editHelp.contact)
    .option('--after <id>', editHelp.after)
    .option('--before <id>', editHelp.before)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith((id: string, contact: string, opts: { after?: string; before?: string; dryRun?: boolean }, command: Command) =>
        edit(runners, command, lang, { kind: 'chain-insert', id, contact, after: opts.after, before: opts.before }, opts),
      ),
    );
  chain
    .command('remove')
    .description(editHelp.chainRemove)
    .argument('<id>', editHelp.chainId)
    .argument('[contact]', editHelp.contactOrChain)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith((id: string, contact: string | undefined, opts: { dryRun?: boolean }, command: Command) =>
        edit(runners, command, lang, contact === undefined ? { kind: 'chain-delete', id } : { kind: 'chain-remove', id, contact }, opts),
      ),
    );
  return chain;
}
