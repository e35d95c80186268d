import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages } from '../../i18n/edit.js';
import type { Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

export function substituteCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const e = editMessages(lang).cli;
  const substitute = new Command('substitute').description(e.substituteDescription);
  substitute
    .command('set')
    .description(e.substituteSet)
    .argument('<member>', e.memberId)
    .argument('<person>', e.substitute)
    .option('--in-chain', e.inChain)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith(async (member: string, person: string, opts: { inChain?: boolean; dryRun?: boolean }, command: Command) => {
        const { runEdit } = await runners.edit();
        return runEdit(command, lang, { kind: 'substitute-set', member, person, inChain: opts.inChain }, opts);
      }),
    );
  return substitute;
}
