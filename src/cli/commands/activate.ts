import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { messages, type Lang } from '../../i18n/index.js';
import { inviteMessages } from '../../i18n/invite.js';
import { journalMessages } from '../../i18n/journal.js';
import { withActivationOptions, type ActivateOptions } from '../declare.js';
import { exitWith } from '../exit.js';

export function activateCommand(lang: Lang, runners: Runners<typeof import('../run/activate.js')>): Command {
  const t = messages(lang);
  const j = journalMessages(lang);
  return withActivationOptions(new Command('activate').description(t.cli.activateDescription), t)
    .option('--format <format>', inviteMessages(lang).cli.activateFormat)
    .option('--output <file>', t.cli.output)
    .option('--log', j.cli.activateLog)
    .option('--journal <dir>', j.cli.journal)
    .action(exitWith(async (opts: ActivateOptions, command: Command) => (await runners.run()).activate(opts, command, lang)));
}
