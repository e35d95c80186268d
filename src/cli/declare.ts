import type { Command } from 'commander';
import type { Messages } from '../i18n/index.js';

/** The options `activate` and `deadline` share: --level (required), --at and --json. */
export function withActivationOptions(command: Command, t: Messages): Command {
  return command.requiredOption('--level <level>', t.cli.level).option('--at <time>', t.cli.at).option('--json', t.cli.json);
}

/** A note after a command's help (the journal's privacy note), wrapped to 80 columns by commander's own wrapping. */
export function withNote(command: Command, note: string): Command {
  return command.addHelpText('after', () => `\n${command.createHelp().boxWrap(note, 80)}\n`);
}
