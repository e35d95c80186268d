import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { messages, type Lang } from '../../i18n/index.js';
import type { ActivateOptions } from '../declare.js';
import { withActivationOptions } from '../declare.js';
import { exitWith } from '../exit.js';

export function deadlineCommand(lang: Lang, runners: Runners<typeof import('../run/deadline.js')>): Command {
  const t = messages(lang);
  return withActivationOptions(new Command('deadline').description(t.cli.deadlineDescription), t).action(
    exitWith(async (opts: ActivateOptions, command: Command) => (await runners.run()).deadline(opts, command, lang)),
  );
}
