import type { LintOptions } from '../run/lint.js';
import type { Runners } from '../declare.js';
import { Command, Option } from 'commander';
import { cacheMessages } from '../../i18n/cache.js';
import { messages, type Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

export function lintCommand(lang: Lang, runners: Runners<typeof import('../run/lint.js')>): Command {
  const t = messages(lang);
  const c = cacheMessages(lang).cli;
  return new Command('lint')
    .description(t.cli.lintDescription)
    .argument('[files...]', t.cli.lintFiles)
    .addOption(new Option('--format <format>', t.cli.lintFormat).default('text'))
    .option('--strict', t.cli.lintStrict)
    .option('--today <date>', t.cli.today)
    .option('--base <ref>', t.cli.base)
    .option('--previous <file>', t.cli.previous)
    .option('--cache', c.cache)
    .option('--cache-location <dir>', c.cacheLocation)
    .action(exitWith(async (files: string[], opts: LintOptions, command: Command) => (await runners.run()).lint(files, opts, command, lang)));
}
