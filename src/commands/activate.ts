import { Command } from 'commander';
import { messages, type Lang } from '../i18n/index.js';
import { withActivationOptions } from './declare.js';
import { exitWith } from './exit.js';

export interface ActivateOptions {
  level: string;
  at?: string;
  json?: boolean;
}

export function activateCommand(lang: Lang): Command {
  const t = messages(lang);
  return withActivationOptions(new Command('activate').description(t.cli.activateDescription), t).action(
    exitWith(async (opts: ActivateOptions, command: Command) => (await import('./activate.run.js')).activate(opts, command, lang)),
  );
}
