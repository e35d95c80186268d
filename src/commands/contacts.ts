import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Command, Option } from 'commander';
import { messages, type Lang } from '../i18n/index.js';
import { emit, exitWith, globalsOf, levelOption, loadValidRoster, parseChoice, todayFromClock } from './context.js';

export function contactsCommand(lang: Lang): Command {
  const t = messages(lang);
  return new Command('contacts')
    .description(t.cli.contactsDescription)
    .addOption(new Option('--format <format>', t.cli.contactsFormat).default('text'))
    .option('--output <file>', t.cli.output)
    .option('--level <level>', t.cli.contactsLevel)
    .action(
      exitWith(async (opts: { format: string; output?: string; level?: string }, command: Command) => {
        const g = globalsOf(command, lang);
        const { SHEET_FORMATS, renderSheet } = await import('../render/sheet.js');
        const format = parseChoice(opts.format, '--format', SHEET_FORMATS, g.t);
        const order = opts.level ? await levelOption(opts.level, g.t) : undefined;
        const roster = await loadValidRoster(g);
        const { contactSheet } = await import('../plan/sheet.js');
        const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
        const hash = createHash('sha256').update(readFileSync(g.rosterPath)).digest('hex').slice(0, 12);
        const sheet = contactSheet(roster, { lang: g.lang, hash, madeOn: (await todayFromClock())(roster.plan.timezone), order });
        const color = g.color && !opts.output && format === 'text';
        emit(renderSheet(sheet, format, { t: g.t, lang: g.lang, color }), opts.output, g.t);
        return 0;
      }),
    );
}
