import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages } from '../../i18n/edit.js';
import type { Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

/** `text show [SECTION]` prints the plan's own words; `text set SECTION --file F` replaces a section's words. */
export function textCommand(lang: Lang, runners: Runners<typeof import('../run/text.js')>): Command {
  const e = editMessages(lang).cli;
  const text = new Command('text').description(e.textDescription);
  text
    .command('show')
    .description(e.textShow)
    .argument('[section]', e.section)
    .action(exitWith(async (section: string | undefined, _opts: unknown, command: Command) => (await runners.run()).runTextShow(section, command, lang)));
  text
    .command('set')
    .description(e.textSet)
    .argument('<section>', e.section)
    .requiredOption('--file <file>', e.file)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith(async (section: string, opts: { file: string; dryRun?: boolean }, command: Command) => (await runners.run()).runTextSet(section, opts, command, lang)),
    );
  return text;
}
