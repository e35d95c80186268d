import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages } from '../../i18n/edit.js';
import type { Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

export function memberCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const e = editMessages(lang).cli;
  const member = new Command('member').description(e.memberDescription);
  member
    .command('add')
    .description(e.memberAdd)
    .argument('<id>', e.personId)
    .option('--substitute <id>', e.substitute)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith(async (person: string, opts: { substitute?: string; dryRun?: boolean }, command: Command) => {
        const { runEdit } = await runners.edit();
        return runEdit(command, lang, { kind: 'member-add', person, substitute: opts.substitute }, opts);
      }),
    );
  member
    .command('remove')
    .description(e.memberRemove)
    .argument('<id>', e.memberId)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith(async (person: string, opts: { dryRun?: boolean }, command: Command) => {
        const { runEdit } = await runners.edit();
        return runEdit(command, lang, { kind: 'member-remove', person }, opts);
      }),
    );
  member
    .command('replace')
    .description(e.memberReplace)
    .argument('<id>', e.memberId)
    .requiredOption('--name <name>', e.name)
    .requiredOption('--phone <phone>', e.phone)
    .option('--title <title>', e.title)
    .option('--email <email>', e.email)
    .option('--id <id>', e.newId)
    .option('--rewrite-text', e.rewriteText)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith(async (id: string, opts: { name: string; phone: string; title?: string; email?: string; id?: string; rewriteText?: boolean; dryRun?: boolean }, command: Command) => {
        const { runEdit } = await runners.edit();
        const request = { kind: 'member-replace', id, name: opts.name, phone: opts.phone, title: opts.title, email: opts.email, newId: opts.id, rewriteText: opts.rewriteText } as const;
        return runEdit(command, lang, request, opts);
      }),
    );
  return member;
}
