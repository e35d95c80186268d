import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { importMessages } from '../../i18n/import.js';
import type { Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

/** `import PLAN`: the plan as the parties wrote it (Word, markdown, text) becomes a roster. */
export function importCommand(lang: Lang, runners: Runners<typeof import('../run/import.js')>): Command {
  const m = importMessages(lang).cli;
  return new Command('import')
    .description(m.description)
    .argument('<file>', m.file)
    .option('--output <file>', m.output)
    .option('--dry-run', m.dryRun)
    .action(
      exitWith(async (file: string, opts: { output?: string; dryRun?: boolean }, command: Command) => {
        const { runImport } = await runners.run();
        return runImport(command, lang, file, opts);
      }),
    );
}
