import type { Messages } from '../i18n/index.js';
import { changeText } from '../document/changes.js';
import type { Change } from '../roster/diff.js';
import { markdown, terminalSafe } from './escape.js';

export type DiffFormat = 'text' | 'markdown' | 'json';

export function renderDiff(changes: readonly Change[], from: number, to: number, format: DiffFormat, t: Messages): string {
  if (format === 'json') return JSON.stringify({ from, to, changes }, null, 2) + '\n';
  const heading = t.diff.heading(from, to);
  // One change, one line: a line break in a name must not forge another line (a pull request's markdown).
  const lines = changes.length ? changes.map((c) => terminalSafe(changeText(c, t))) : [t.diff.none];
  if (format === 'markdown') {
    return `### ${markdown(heading)}\n\n${lines.map((l) => `- ${markdown(l)}`).join('\n')}\n`;
  }
  return `${heading}\n${lines.map((l) => `  • ${l}`).join('\n')}\n`;
}
