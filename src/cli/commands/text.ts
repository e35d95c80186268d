import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages, type Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

/** `text show [SECTION]` prints the plan's own words; `text set SECTION --file F` replaces a section's words. */
export function textCommand(lang: Lang, runners: Runners<typeof import('../run/text.js')>): Command {
  const editHelp = editMessages(lang).cli;
  const text = new Command('text').description(editHelp.textDescription);
  text
    .command('show')
    .description(editHelp.textShow)
    .argument('[section]', editHelp.section)
    .action(exitWith(async (section: string | undefined, _opts: unknown, command: Command) => (await runners.run()).runTextShow(section, command, lang)));
  text
    .command('set')
    .description(editHelp.textSet)
    .argument('<section>', editHelp.section)
    .requiredOption('--file <file>', editHelp.file)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith(async (section: string, opts: { file: string; dryRun?: boolean }, command: Command) => (await runners.run()).runTextSet(section, opts, command, lang)),
    );
  return text;
}
