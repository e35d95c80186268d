import type { Lang } from '../../i18n/index.js';
import { rosterJsonSchema } from '../../roster/schema.js';
import { ExitCode } from '../exit.js';
import { writeOutput } from '../../io/output.js';

export async function schema(lang: Lang): Promise<ExitCode> {
  await writeOutput('-', JSON.stringify(rosterJsonSchema(), null, 2) + '\n', { inputs: [], lang });
  return ExitCode.ok;
}
