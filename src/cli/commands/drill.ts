import type { DrillOptions } from '../run/drill.js';
import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { drillMessages, journalMessages, type Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

export function drillCommand(lang: Lang, runners: Runners<typeof import('../run/drill.js')>): Command {
  const drillText = drillMessages(lang);
  return new Command('drill')
    .description(drillText.cli.description)
    .requiredOption('--level <level>', drillText.cli.level)
    .option('--confirm', drillText.cli.confirm)
    .option('--no-log', drillText.cli.noLog)
    .option('--answers <file>', drillText.cli.answers)
    .option('--at <time>', drillText.cli.at)
    .option('--journal <dir>', journalMessages(lang).cli.journal)
    .action(
      exitWith(async (opts: DrillOptions, command: Command) => {
        const { runDrill } = await runners.run();
        return runDrill(opts, command, lang);
      }),
    );
}
