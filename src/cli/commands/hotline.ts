import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages } from '../../i18n/edit.js';
import type { Lang } from '../../i18n/index.js';
import { edit } from '../edit-command.js';
import { exitWith } from '../exit.js';

export function hotlineCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const e = editMessages(lang).cli;
  const hotline = new Command('hotline').description(e.hotlineDescription);
  hotline
    .command('add')
    .description(e.hotlineAdd)
    .requiredOption('--name <name>', e.hotlineName)
    .requiredOption('--organisation <id>', e.organisation)
    .requiredOption('--phone <phone>', e.servicePhone)
    .option('--id <id>', e.hotlineNewId)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith((opts: { name: string; organisation: string; phone: string; id?: string; dryRun?: boolean }, command: Command) =>
        edit(runners, command, lang, { kind: 'hotline-add', id: opts.id, name: opts.name, organisation: opts.organisation, phone: opts.phone }, opts),
      ),
    );
  hotline
    .command('set')
    .description(e.hotlineSet)
    .argument('<id>', e.hotlineId)
    .option('--name <name>', e.hotlineName)
    .option('--organisation <id>', e.organisation)
    .option('--phone <phone>', e.servicePhone)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith((id: string, opts: { name?: string; organisation?: string; phone?: string; dryRun?: boolean }, command: Command) =>
        edit(runners, command, lang, { kind: 'hotline-set', id, name: opts.name, organisation: opts.organisation, phone: opts.phone }, opts),
      ),
    );
  hotline
    .command('remove')
    .description(e.hotlineRemove)
    .argument('<id>', e.hotlineId)
    .option('--dry-run', e.dryRun)
    .action(exitWith((id: string, opts: { dryRun?: boolean }, command: Command) => edit(runners, command, lang, { kind: 'hotline-remove', id }, opts)));
  return hotline;
}
