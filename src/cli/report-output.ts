import { ioMessages } from '../i18n/io.js';
import { nonEmpty, type Globals } from './context.js';
import { UsageError } from './exit.js';
import type { JournalDir } from './journal-dir.js';
import { writeOutput } from './output.js';

/**
 * Writes a report to --output or stdout, through writeOutput with the roster and the journal files read as inputs.
 * Never into the journal directory either: a file written there would sit among what the report was made from.
 */
export async function writeReport(content: string, output: string | undefined, g: Globals, dir: JournalDir, journalFiles: readonly string[]): Promise<void> {
  nonEmpty(output, '--output', g);
  if (output !== undefined && output !== '-') {
    const target = g.path(output);
    if (target === dir.path || target.startsWith(dir.path + '/')) throw new UsageError(ioMessages(g.lang).output.intoJournal(output, dir.name));
  }
  await writeOutput(g, output, content, { inputs: [g.rosterPath, ...journalFiles], journal: dir.path });
}
