import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages, type Lang } from '../../i18n/index.js';
import { edit } from '../edit-command.js';
import { exitWith } from '../exit.js';

export function hotlineCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const editHelp = editMessages(lang).cli;
  const hotline = new Command('hotline').description(editHelp.hotlineDescription);
  hotline
    .command('add')
    .description(editHelp.hotlineAdd)
    .requiredOption('--name <name>', editHelp.hotlineName)
    .requiredOption('--organisation <id>', editHelp.organisation)
    .requiredOption('--phone <phone>', editHelp.servicePhone)
    .option('--id <id>', editHelp.hotlineNewId)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith((opts: { name: string; organisation: string; phone: string; id?: string; dryRun?: boolean }, command: Command) =>
        edit(runners, command, lang, { kind: 'hotline-add', id: opts.id, name: opts.name, organisation: opts.organisation, phone: opts.phone }, opts),
      ),
    );
  hotline
    .command('set')
    .description(editHelp.hotlineSet)
    .argument('<id>', editHelp.hotlineId)
    .option('--name <name>', editHelp.hotlineName)
    .option('--organisation <id>', editHelp.organisation)
    .option('--phone <phone>', editHelp.servicePhone)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith((id: string, opts: { name?: string; organisation?: string; phone?: string; dryRun?: boolean }, command: Command) =>
        edit(runners, command, lang, { kind: 'hotline-set', id, name: opts.name, organisation: opts.organisation, phone: opts.phone }, opts),
      ),
    );
  hotline
    .command('remove')
    .description(editHelp.hotlineRemove)
    .argument('<id>', editHelp.hotlineId)
    .option('--dry-run', editHelp.dryRun)
    .action(exitWith((id: string, opts: { dryRun?: boolean }, command: Command) => edit(runners, command, lang, { kind: 'hotline-remove', id }, opts)));
  return hotline;
}
