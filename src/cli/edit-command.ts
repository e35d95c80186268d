import type { Runners } from './declare.js';
import type { Command } from 'commander';
import type { Lang } from '../i18n/index.js';
import type { EditRequest } from '../roster/edit.js';
import type { ExitCode } from './exit.js';

/** Runs an edit; the edit runner is loaded (src/cli/program.ts) only when an edit is made. */
export async function edit(runners: Pick<Runners<unknown>, 'edit'>, command: Command, lang: Lang, request: EditRequest, opts: { dryRun?: boolean }): Promise<ExitCode> {
  const { runEdit } = await runners.edit();
  return runEdit(command, lang, request, { dryRun: opts.dryRun });
}

/**
 * "a, b,c" → ["a", "b", "c"]; undefined stays undefined. Here, not with the edits (roster/edit-parts.ts): every command's
 * declaration is loaded at start, and the edits' modules are loaded only when an edit runs.
 */
export const list = (value: string | undefined): string[] | undefined =>
  value === undefined
    ? undefined
    : value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
