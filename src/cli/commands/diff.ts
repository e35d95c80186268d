import type { Runners } from '../declare.js';
import { Command, Option } from 'commander';
import { messages, type Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

export function diffCommand(lang: Lang, runners: Runners<typeof import('../run/diff.js')>): Command {
  const t = messages(lang);
  return new Command('diff')
    .description(t.cli.diffDescription)
    .argument('<old>')
    .argument('<new>')
    .addOption(new Option('--format <format>', t.cli.diffFormat).default('text'))
    .action(
      exitWith(async (oldSpec: string, newSpec: string, opts: { format: string }, command: Command) =>
        (await runners.run()).diff(oldSpec, newSpec, opts, command, lang),
      ),
    );
}
