import type { Messages } from '../i18n/index.js';
import type { Change } from '../roster/diff.js';
import { markdownText } from './markdown.js';
import { terminalSafe } from './text.js';

export type DiffFormat = 'text' | 'markdown' | 'json';

export function changeText(c: Change, msg: Messages): string {
  const word = msg.diff[c.kind] as (c: never) => string;
  return word(c as never);
}

export function renderDiff(changes: readonly Change[], from: number, to: number, format: DiffFormat, msg: Messages): string {
  if (format === 'json') return JSON.stringify({ from, to, changes }, null, 2) + '\n';
  const heading = msg.diff.heading(from, to);
  // One change, one line: a line break in a name must not forge another line (a pull request's markdown).
  const lines = changes.length ? changes.map((c) => terminalSafe(changeText(c, msg))) : [msg.diff.none];
  if (format === 'markdown') {
    const md = markdownText;
    return `### ${md(heading)}\n\n${lines.map((l) => `- ${md(l)}`).join('\n')}\n`;
  }
  return `${heading}\n${lines.map((l) => `  • ${l}`).join('\n')}\n`;
}
