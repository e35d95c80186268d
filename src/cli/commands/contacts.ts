import type { ContactsOptions } from '../run/contacts.js';
import type { Runners } from '../declare.js';
import { Command, Option } from 'commander';
import { messages, type Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

export function contactsCommand(lang: Lang, runners: Runners<typeof import('../run/contacts.js')>): Command {
  const t = messages(lang);
  return new Command('contacts')
    .description(t.cli.contactsDescription)
    .addOption(new Option('--format <format>', t.cli.contactsFormat).default('text'))
    .option('--output <file>', t.cli.output)
    .option('--level <level>', t.cli.contactsLevel)
    .action(exitWith(async (opts: ContactsOptions, command: Command) => (await runners.run()).contacts(opts, command, lang)));
}
