import { resolve } from 'node:path';
import { UsageError, emit, type Globals } from './context.js';
import { journalMessages } from '../i18n/journal.js';
import type { JournalDir } from './journal-dir.js';

/**
 * Writes a report to --output (atomically) or stdout. Never onto the roster or into the journal directory: a report
 * written there would replace what it was made from.
 */
export function writeReport(content: string, output: string | undefined, g: Globals, dir: JournalDir): void {
  if (output !== undefined && output !== '-') {
    if (output.trim() === '') throw new UsageError(g.t.usage.missingOptionValue('--output'));
    const target = resolve(output);
    if (target === g.rosterPath || target === dir.path || target.startsWith(dir.path + '/')) throw new UsageError(journalMessages(g.lang).usage.outputIsInput(output));
  }
  emit(content, output === '-' ? undefined : output, g.t);
}
