import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { inviteMessages, journalMessages, messages, type Lang } from '../../i18n/index.js';
import { withActivationOptions, type ActivateOptions } from '../declare.js';
import { exitWith } from '../exit.js';

export function activateCommand(lang: Lang, runners: Runners<typeof import('../run/activate.js')>): Command {
  const msg = messages(lang);
  const journalText = journalMessages(lang);
  return withActivationOptions(new Command('activate').description(msg.cli.activateDescription), msg)
    .option('--format <format>', inviteMessages(lang).cli.activateFormat)
    .option('--output <file>', msg.cli.output)
    .option('--log', journalText.cli.activateLog)
    .option('--journal <dir>', journalText.cli.journal)
    .action(exitWith(async (opts: ActivateOptions, command: Command) => (await runners.run()).activate(opts, command, lang)));
}
