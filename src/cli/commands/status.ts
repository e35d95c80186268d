import type { StatusOptions } from '../run/status.js';
import type { Runners } from '../declare.js';
import { Command } from 'commander';
import type { Lang } from '../../i18n/index.js';
import { signingMessages } from '../../i18n/signing.js';
import { exitWith } from '../exit.js';

/** `beredskab status`: who signed, when it was approved, the version in force and the period, on one screen. */
export function statusCommand(lang: Lang, runners: Runners<typeof import('../run/status.js')>): Command {
  const s = signingMessages(lang).cli;
  return new Command('status')
    .description(s.statusDescription)
    .option('--today <date>', s.today)
    .action(exitWith(async (opts: StatusOptions, command: Command) => (await runners.run()).runStatus(opts, command, lang)));
}
