import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages } from '../../i18n/edit.js';
import type { Lang } from '../../i18n/index.js';
import { edit, list } from '../edit-command.js';
import { exitWith } from '../exit.js';

export function chainCommand(lang: Lang, runners: Runners<typeof import('../run/list.js')>): Command {
  const e = editMessages(lang).cli;
  const chain = new Command('chain').description(e.chainDescription);
  chain
    .command('show')
    .description(e.chainShow)
    .argument('[id]', e.chainId)
    .option('--json', e.json)
    .action(exitWith(async (id: string | undefined, opts: { json?: boolean }, command: Command) => (await runners.run()).runChainShow(command, lang, id, opts)));
  chain
    .command('add')
    .description(e.chainAdd)
    .argument('<id>', e.chainId)
    .requiredOption('--title <text>', e.chainTitle)
    .requiredOption('--purpose <text>', e.purpose)
    .requiredOption('--contacts <ids>', e.contacts)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith((id: string, opts: { title: string; purpose: string; contacts: string; dryRun?: boolean }, command: Command) =>
        edit(runners, command, lang, { kind: 'chain-add', id, title: opts.title, purpose: opts.purpose, contacts: list(opts.contacts)! }, opts),
      ),
    );
  chain
    .command('set')
    .description(e.chainSet)
    .argument('<id>', e.chainId)
    .option('--contacts <ids>', e.contacts)
    .option('--title <text>', e.chainTitle)
    .option('--purpose <text>', e.purpose)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith((id: string, opts: { contacts?: string; title?: string; purpose?: string; dryRun?: boolean }, command: Command) =>
        edit(runners, command, lang, { kind: 'chain-set', id, contacts: list(opts.contacts), title: opts.title, purpose: opts.purpose }, opts),
      ),
    );
  chain
    .command('insert')
    .description(e.chainInsert)
    .argument('<id>', e.chainId)
    .argument('<contact>', e.contact)
    .option('--after <id>', e.after)
    .option('--before <id>', e.before)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith((id: string, contact: string, opts: { after?: string; before?: string; dryRun?: boolean }, command: Command) =>
        edit(runners, command, lang, { kind: 'chain-insert', id, contact, after: opts.after, before: opts.before }, opts),
      ),
    );
  chain
    .command('remove')
    .description(e.chainRemove)
    .argument('<id>', e.chainId)
    .argument('[contact]', e.contactOrChain)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith((id: string, contact: string | undefined, opts: { dryRun?: boolean }, command: Command) =>
        edit(runners, command, lang, contact === undefined ? { kind: 'chain-delete', id } : { kind: 'chain-remove', id, contact }, opts),
      ),
    );
  return chain;
}
