import { Option, type Command } from 'commander';
import { ChoiceError } from './exit.js';
import type { Messages } from '../i18n/index.js';

/** The options `activate` and `deadline` share: --level (required), --at and --json. */
export function withActivationOptions(command: Command, t: Messages): Command {
  return command.requiredOption('--level <level>', t.cli.level).option('--at <time>', t.cli.at).option('--json', t.cli.json);
}

/** A note after a command's help (the journal's privacy note), wrapped to 80 columns by commander's own wrapping. */
export function withNote(command: Command, note: string): Command {
  return command.addHelpText('after', () => `\n${command.createHelp().boxWrap(note, 80)}\n`);
}

/**
 * An option whose value is one of `choices`: the help lists them (commander's argChoices), and any other value is a
 * ChoiceError, said by main() in the user's language.
 */
export function choiceOption(flags: string, description: string, choices: readonly string[]): Option {
  const option = new Option(flags, description);
  option.argChoices = [...choices];
  return option.argParser((value: string) => {
    if (!choices.includes(value)) throw new ChoiceError(option.long ?? option.flags, value, choices);
    return value;
  });
}
