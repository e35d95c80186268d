import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages, type Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

export function memberCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const editHelp = editMessages(lang).cli;
  const member = new Command('member').description(editHelp.memberDescription);
  member
    .command('add')
    .description(editHelp.memberAdd)
    .argument('<id>', editHelp.personId)
    .option('--substitute <id>', editHelp.substitute)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith(async (person: string, opts: { substitute?: string; dryRun?: boolean }, command: Command) => {
        const { runEdit } = await runners.edit();
        return runEdit(command, lang, { kind: 'member-add', person, substitute: opts.substitute }, opts);
      }),
    );
  member
    .command('remove')
    .description(editHelp.memberRemove)
    .argument('<id>', editHelp.memberId)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith(async (person: string, opts: { dryRun?: boolean }, command: Command) => {
        const { runEdit } = await runners.edit();
        return runEdit(command, lang, { kind: 'member-remove', person }, opts);
      }),
    );
  member
    .command('replace')
    .description(editHelp.memberReplace)
    .argument('<id>', editHelp.memberId)
    .requiredOption('--name <name>', editHelp.name)
    .requiredOption('--phone <phone>', editHelp.phone)
    .option('--title <title>', editHelp.title)
    .option('--email <email>', editHelp.email)
    .option('--id <id>', editHelp.newId)
    .option('--rewrite-text', editHelp.rewriteText)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith(async (id: string, opts: { name: string; phone: string; title?: string; email?: string; id?: string; rewriteText?: boolean; dryRun?: boolean }, command: Command) => {
        const { runEdit } = await runners.edit();
        const request = { kind: 'member-replace', id, name: opts.name, phone: opts.phone, title: opts.title, email: opts.email, newId: opts.id, rewriteText: opts.rewriteText } as const;
        return runEdit(command, lang, request, opts);
      }),
    );
  return member;
}
