import type { Runners } from '../declare.js';
import { choiceOption } from '../declare.js';
import { Command } from 'commander';
import { journalMessages, type Lang } from '../../i18n/index.js';
import { withNote } from '../declare.js';
import { exitWith } from '../exit.js';

export function evaluationCommand(lang: Lang, runners: Runners<typeof import('../run/evaluation.js')>): Command {
  const journalText = journalMessages(lang);
  const declared = new Command('evaluation')
    .description(journalText.cli.evaluationCommand)
    .argument('[id]', journalText.cli.id)
    .addOption(choiceOption('--format <format>', journalText.cli.format, ['markdown', 'html', 'json']).default('markdown'))
    .option('--output <file>', journalText.cli.output)
    .option('--journal <dir>', journalText.cli.journal)
    .action(
      exitWith(async (id: string | undefined, opts: { format: 'markdown' | 'html' | 'json'; output?: string; journal?: string }, command: Command) => {
        const { runEvaluation } = await runners.run();
        return runEvaluation(id, opts, command, lang);
      }),
    );
  return withNote(declared, journalText.privacy);
}
