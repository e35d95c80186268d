import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { editMessages, signingMessages, type Lang } from '../../i18n/index.js';
import { UsageError, exitWith } from '../exit.js';

/** --version as given: a whole number from 1, or a usage error. */
function versionOption(value: string | undefined, lang: Lang): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,8}$/.test(value)) throw new UsageError(signingMessages(lang).badVersion('--version', value));
  return Number(value);
}

/** `beredskab sign ID`: a signatory signed the plan. */
export function signCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const signingHelp = signingMessages(lang).cli;
  const editHelp = editMessages(lang).cli;
  return new Command('sign')
    .description(signingHelp.signDescription)
    .argument('<id>', signingHelp.signId)
    .option('--date <date>', signingHelp.signDate)
    .option('--version <version>', signingHelp.signVersion)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith(async (id: string, opts: { date?: string; version?: string; dryRun?: boolean }, command: Command) => {
        const version = versionOption(opts.version, lang);
        const { runEdit } = await runners.edit();
        return runEdit(command, lang, { kind: 'sign', id, date: opts.date, version }, opts);
      }),
    );
}

/** `beredskab approve --by NAME`: the plan was approved, e.g. by Landsbyggefonden. */
export function approveCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const signingHelp = signingMessages(lang).cli;
  const editHelp = editMessages(lang).cli;
  return new Command('approve')
    .description(signingHelp.approveDescription)
    .requiredOption('--by <name>', signingHelp.approveBy)
    .option('--date <date>', signingHelp.approveDate)
    .option('--reference <text>', signingHelp.approveReference)
    .option('--version <version>', signingHelp.approveVersion)
    .option('--dry-run', editHelp.dryRun)
    .action(
      exitWith(async (opts: { by: string; date?: string; reference?: string; version?: string; dryRun?: boolean }, command: Command) => {
        const version = versionOption(opts.version, lang);
        const { runEdit } = await runners.edit();
        return runEdit(command, lang, { kind: 'approve', by: opts.by, date: opts.date, reference: opts.reference, version }, opts);
      }),
    );
}
