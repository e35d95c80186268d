import type { Command } from 'commander';
import type { Messages } from '../i18n/index.js';

/** The options `activate` and `deadline` share: --level (required), --at and --json. */
export function withActivationOptions(command: Command, t: Messages): Command {
  return command.requiredOption('--level <level>', t.cli.level).option('--at <time>', t.cli.at).option('--json', t.cli.json);
}
