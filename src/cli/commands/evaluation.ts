import type { Runners } from '../declare.js';
import { choiceOption } from '../declare.js';
import { Command } from 'commander';
import type { Lang } from '../../i18n/index.js';
import { journalMessages } from '../../i18n/journal.js';
import { withNote } from '../declare.js';
import { exitWith } from '../exit.js';

export function evaluationCommand(lang: Lang, runners: Runners<typeof import('../run/evaluation.js')>): Command {
  const j = journalMessages(lang);
  const declared = new Command('evaluation')
    .description(j.cli.evaluationCommand)
    .argument('[id]', j.cli.id)
    .addOption(choiceOption('--format <format>', j.cli.format, ['markdown', 'html', 'json']).default('markdown'))
    .option('--output <file>', j.cli.output)
    .option('--journal <dir>', j.cli.journal)
    .action(
      exitWith(async (id: string | undefined, opts: { format: 'markdown' | 'html' | 'json'; output?: string; journal?: string }, command: Command) => {
        const { runEvaluation } = await runners.run();
        return runEvaluation(id, opts, command, lang);
      }),
    );
  return withNote(declared, j.privacy);
}
