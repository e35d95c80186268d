import { Command } from 'commander';
import { editMessages } from '../../i18n/edit.js';
import type { Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

export function listCommand(lang: Lang): Command {
  const e = editMessages(lang).cli;
  return new Command('list')
    .description(e.listDescription)
    .argument('<what>', e.listWhat)
    .option('--json', e.json)
    .action(exitWith(async (what: string, opts: { json?: boolean }, command: Command) => (await import('../run/list.js')).runList(command, lang, what, opts)));
}
