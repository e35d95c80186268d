import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages, type Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

export function listCommand(lang: Lang, runners: Runners<typeof import('../run/list.js')>): Command {
  const editHelp = editMessages(lang).cli;
  return new Command('list')
    .description(editHelp.listDescription)
    .argument('<what>', editHelp.listWhat)
    .option('--json', editHelp.json)
    .action(exitWith(async (what: string, opts: { json?: boolean }, command: Command) => (await runners.run()).runList(command, lang, what, opts)));
}
