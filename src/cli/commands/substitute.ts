import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages, type Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

export function substituteCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const editHelp = editMessages(lang).cli;
  const substitute = new Command('substitute').description(editHelp.substituteDescription);
  substitute
    .command('set')
    .description(editHelp.substituteSet)
    .argument('<member>', editHelp.memberId)
    .argument('<person>', editHelp.substitute)
    .option('--in-chain', editHelp.inChain)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith(async (member: string, person: string, opts: { inChain?: boolean; dryRun?: boolean }, command: Command) => {
        const { runEdit } = await runners.edit();
        return runEdit(command, lang, { kind: 'substitute-set', member, person, inChain: opts.inChain }, opts);
      }),
    );
  return substitute;
}
