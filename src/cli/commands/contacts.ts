import { Command, Option } from 'commander';
import { messages, type Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

export interface ContactsOptions {
  format: string;
  output?: string;
  level?: string;
}

export function contactsCommand(lang: Lang): Command {
  const t = messages(lang);
  return new Command('contacts')
    .description(t.cli.contactsDescription)
    .addOption(new Option('--format <format>', t.cli.contactsFormat).default('text'))
    .option('--output <file>', t.cli.output)
    .option('--level <level>', t.cli.contactsLevel)
    .action(exitWith(async (opts: ContactsOptions, command: Command) => (await import('../run/contacts.js')).contacts(opts, command, lang)));
}
