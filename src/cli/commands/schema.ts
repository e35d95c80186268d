import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { messages, type Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

export function schemaCommand(lang: Lang, runners: Runners<typeof import('../run/schema.js')>): Command {
  return new Command('schema')
    .description(messages(lang).cli.schemaDescription)
    .action(exitWith(async (_opts: unknown, command: Command) => (await runners.run()).schema(command, lang)));
}
