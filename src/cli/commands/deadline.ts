import { Command } from 'commander';
import { messages, type Lang } from '../../i18n/index.js';
import type { ActivateOptions } from './activate.js';
import { withActivationOptions } from '../declare.js';
import { exitWith } from '../exit.js';

export function deadlineCommand(lang: Lang): Command {
  const t = messages(lang);
  return withActivationOptions(new Command('deadline').description(t.cli.deadlineDescription), t).action(
    exitWith(async (opts: ActivateOptions, command: Command) => (await import('../run/deadline.js')).deadline(opts, command, lang)),
  );
}
