import type { Command } from 'commander';
import type { Lang } from '../../i18n/index.js';
import { findingMessage } from '../../render/diagnostics.js';
import { renderDiff } from '../../render/diff.js';
import { RosterFileError } from '../../roster/file.js';
import { diffRosters } from '../../roster/diff.js';
import { globalsOf, parseChoice, validRosterOrExit, type Globals } from '../context.js';
import { ExitCode, UsageError } from '../exit.js';
import { readVersion } from '../../io/git.js';
import { writeOutput } from '../output.js';

const FORMATS = ['text', 'markdown', 'json'] as const;

async function version(spec: string, g: Globals) {
  if (spec === '') throw new UsageError(g.say.option.emptyFile());
  try {
    const read = await readVersion(spec, g.io.cwd);
    return validRosterOrExit(read.bytes, read.name, g);
  } catch (error) {
    if (error instanceof RosterFileError) throw new UsageError(findingMessage(error.finding, g.t));
    throw error;
  }
}

export async function diff(oldSpec: string, newSpec: string, opts: { format: string }, command: Command, lang: Lang): Promise<ExitCode> {
  const g = globalsOf(command, lang);
  const format = parseChoice(opts.format, '--format', FORMATS, g.t);
  const before = await version(oldSpec, g);
  const after = await version(newSpec, g);
  await writeOutput(g, '-', renderDiff(diffRosters(before, after), before.revision, after.revision, format, g.t), { inputs: [] });
  return ExitCode.ok;
}
