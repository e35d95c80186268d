import type { Runners } from '../declare.js';
import { choiceOption } from '../declare.js';
import { Command } from 'commander';
import { journalMessages, type Lang } from '../../i18n/index.js';
import { withNote } from '../declare.js';
import { exitWith } from '../exit.js';

export function statusReportCommand(lang: Lang, runners: Runners<typeof import('../run/status-report.js')>): Command {
  const journalText = journalMessages(lang);
  const declared = new Command('status-report')
    .description(journalText.cli.statusCommand)
    .requiredOption('--year <year>', journalText.cli.year)
    .addOption(choiceOption('--format <format>', journalText.cli.format, ['markdown', 'html', 'json']).default('markdown'))
    .option('--output <file>', journalText.cli.output)
    .option('--journal <dir>', journalText.cli.journal)
    .action(
      exitWith(async (opts: { year: string; format: 'markdown' | 'html' | 'json'; output?: string; journal?: string }, command: Command) => {
        const { runStatusReport } = await runners.run();
        return runStatusReport(opts, command, lang);
      }),
    );
  return withNote(declared, journalText.privacy);
}
