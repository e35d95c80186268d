import type { ContactsOptions } from '../run/contacts.js';
import type { Runners } from '../declare.js';
import { Command, Option } from 'commander';
import { messages, type Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

export function contactsCommand(lang: Lang, runners: Runners<typeof import('../run/contacts.js')>): Command {
  const msg = messages(lang);
  return new Command('contacts')
    .description(msg.cli.contactsDescription)
    .addOption(new Option('--format <format>', msg.cli.contactsFormat).default('text'))
    .option('--output <file>', msg.cli.output)
    .option('--level <level>', msg.cli.contactsLevel)
    .action(exitWith(async (opts: ContactsOptions, command: Command) => (await runners.run()).contacts(opts, command, lang)));
}
