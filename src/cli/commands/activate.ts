import { Command } from 'commander';
import { messages, type Lang } from '../../i18n/index.js';
import { inviteMessages } from '../../i18n/invite.js';
import { journalMessages } from '../../i18n/journal.js';
import { withActivationOptions } from '../declare.js';
import { exitWith } from '../exit.js';

export interface ActivateOptions {
  level: string;
  at?: string;
  json?: boolean;
  format?: string;
  output?: string;
  log?: boolean;
  journal?: string;
}

export function activateCommand(lang: Lang): Command {
  const t = messages(lang);
  const j = journalMessages(lang);
  return withActivationOptions(new Command('activate').description(t.cli.activateDescription), t)
    .option('--format <format>', inviteMessages(lang).cli.activateFormat)
    .option('--output <file>', t.cli.output)
    .option('--log', j.cli.activateLog)
    .option('--journal <dir>', j.cli.journal)
    .action(exitWith(async (opts: ActivateOptions, command: Command) => (await import('../run/activate.js')).activate(opts, command, lang)));
}
