import type { DrillOptions } from '../run/drill.js';
import type { Runners } from '../declare.js';
import { Command } from 'commander';
import type { Lang } from '../../i18n/index.js';
import { drillMessages } from '../../i18n/drill.js';
import { journalMessages } from '../../i18n/journal.js';
import { exitWith } from '../exit.js';

export function drillCommand(lang: Lang, runners: Runners<typeof import('../run/drill.js')>): Command {
  const d = drillMessages(lang);
  return new Command('drill')
    .description(d.cli.description)
    .requiredOption('--level <level>', d.cli.level)
    .option('--confirm', d.cli.confirm)
    .option('--no-log', d.cli.noLog)
    .option('--answers <file>', d.cli.answers)
    .option('--at <time>', d.cli.at)
    .option('--journal <dir>', journalMessages(lang).cli.journal)
    .action(
      exitWith(async (opts: DrillOptions, command: Command) => {
        const { runDrill } = await runners.run();
        return runDrill(opts, command, lang);
      }),
    );
}
