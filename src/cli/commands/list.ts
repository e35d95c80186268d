import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages } from '../../i18n/edit.js';
import type { Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

export function listCommand(lang: Lang, runners: Runners<typeof import('../run/list.js')>): Command {
  const e = editMessages(lang).cli;
  return new Command('list')
    .description(e.listDescription)
    .argument('<what>', e.listWhat)
    .option('--json', e.json)
    .action(exitWith(async (what: string, opts: { json?: boolean }, command: Command) => (await runners.run()).runList(command, lang, what, opts)));
}
