import type { LintOptions } from '../run/lint.js';
import type { Runners } from '../declare.js';
import { Command, Option } from 'commander';
import { cacheMessages, messages, type Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

export function lintCommand(lang: Lang, runners: Runners<typeof import('../run/lint.js')>): Command {
  const msg = messages(lang);
  const c = cacheMessages(lang).cli;
  return new Command('lint')
    .description(msg.cli.lintDescription)
    .argument('[files...]', msg.cli.lintFiles)
    .addOption(new Option('--format <format>', msg.cli.lintFormat).default('text'))
    .option('--strict', msg.cli.lintStrict)
    .option('--today <date>', msg.cli.today)
    .option('--base <ref>', msg.cli.base)
    .option('--previous <file>', msg.cli.previous)
    .option('--cache', c.cache)
    .option('--cache-location <dir>', c.cacheLocation)
    .action(exitWith(async (files: string[], opts: LintOptions, command: Command) => (await runners.run()).lint(files, opts, command, lang)));
}
