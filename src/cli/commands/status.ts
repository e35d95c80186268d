import type { StatusOptions } from '../run/status.js';
import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { signingMessages, type Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

/** `beredskab status`: who signed, when it was approved, the version in force and the period, on one screen. */
export function statusCommand(lang: Lang, runners: Runners<typeof import('../run/status.js')>): Command {
  const signingHelp = signingMessages(lang).cli;
  return new Command('status')
    .description(signingHelp.statusDescription)
    .option('--today <date>', signingHelp.today)
    .action(exitWith(async (opts: StatusOptions, command: Command) => (await runners.run()).runStatus(opts, command, lang)));
}
