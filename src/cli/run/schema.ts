import type { Command } from 'commander';
import type { Lang } from '../../i18n/index.js';
import { rosterJsonSchema } from '../../roster/schema.js';
import { globalsOf } from '../context.js';
import { ExitCode } from '../exit.js';
import { writeOutput } from '../output.js';

export async function schema(command: Command, lang: Lang): Promise<ExitCode> {
  const g = globalsOf(command, lang);
  await writeOutput(g, '-', JSON.stringify(rosterJsonSchema(), null, 2) + '\n', { inputs: [] });
  return ExitCode.ok;
}
