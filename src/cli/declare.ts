import { Option, type Command } from 'commander';
import { ChoiceError } from './exit.js';
import type { Messages } from '../i18n/index.js';

/** What `activate` is given; `deadline` takes --level, --at and --json of it. */
export interface ActivateOptions {
  level: string;
  at?: string;
  json?: boolean;
  format?: string;
  output?: string;
  log?: boolean;
  journal?: string;
}

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

/**
 * How a declaration reaches its runner: `run` loads the command's own runner module, `edit` the runner of the
 * commands that change the roster. Both are loaded only when the action runs (the loaders are made in
 * src/cli/program.ts, the one place a module is loaded lazily).
 */
export interface Runners<M> {
  run(): Promise<M>;
  edit(): Promise<typeof import('./run/edit.js')>;
}
