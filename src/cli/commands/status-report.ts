import type { Runners } from '../declare.js';
import { choiceOption } from '../declare.js';
import { Command } from 'commander';
import type { Lang } from '../../i18n/index.js';
import { journalMessages } from '../../i18n/journal.js';
import { withNote } from '../declare.js';
import { exitWith } from '../exit.js';

export function statusReportCommand(lang: Lang, runners: Runners<typeof import('../run/status-report.js')>): Command {
  const j = journalMessages(lang);
  const declared = new Command('status-report')
    .description(j.cli.statusCommand)
    .requiredOption('--year <year>', j.cli.year)
    .addOption(choiceOption('--format <format>', j.cli.format, ['markdown', 'html', 'json']).default('markdown'))
    .option('--output <file>', j.cli.output)
    .option('--journal <dir>', j.cli.journal)
    .action(
      exitWith(async (opts: { year: string; format: 'markdown' | 'html' | 'json'; output?: string; journal?: string }, command: Command) => {
        const { runStatusReport } = await runners.run();
        return runStatusReport(opts, command, lang);
      }),
    );
  return withNote(declared, j.privacy);
}
