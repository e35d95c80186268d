import type { Runners } from '../declare.js';
import { Command } from 'commander';
import type { Lang } from '../../i18n/index.js';
import { editMessages } from '../../i18n/edit.js';
import { signingMessages } from '../../i18n/signing.js';
import { UsageError, exitWith } from '../exit.js';

/** --version as given: a whole number from 1, or a usage error. */
function versionOption(value: string | undefined, lang: Lang): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,8}$/.test(value)) throw new UsageError(signingMessages(lang).badVersion('--version', value));
  return Number(value);
}

/** `beredskab sign ID`: a signatory signed the plan. */
export function signCommand(lang: Lang, runners: Runners<typeof import('../run/edit.js')>): Command {
  const s = signingMessages(lang).cli;
  const e = editMessages(lang).cli;
  return new Command('sign')
    .description(s.signDescription)
    .argument('<id>', s.signId)
    .option('--date <date>', s.signDate)
    .option('--version <version>', s.signVersion)
    .option('--dry-run', e.dryRun)
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
  const s = signingMessages(lang).cli;
  const e = editMessages(lang).cli;
  return new Command('approve')
    .description(s.approveDescription)
    .requiredOption('--by <name>', s.approveBy)
    .option('--date <date>', s.approveDate)
    .option('--reference <text>', s.approveReference)
    .option('--version <version>', s.approveVersion)
    .option('--dry-run', e.dryRun)
    .action(
      exitWith(async (opts: { by: string; date?: string; reference?: string; version?: string; dryRun?: boolean }, command: Command) => {
        const version = versionOption(opts.version, lang);
        const { runEdit } = await runners.edit();
        return runEdit(command, lang, { kind: 'approve', by: opts.by, date: opts.date, reference: opts.reference, version }, opts);
      }),
    );
}
