import type { JournalEvent } from '../journal/schema.js';
import { inTimeOrder, type ActivationSummary } from '../journal/summary.js';
import { eventText, levelName, momentOf, when, type JournalView } from '../document/journal.js';
import { terminalSafe } from './escape.js';

/** `log show`: the timeline as plain text, one entry a line. */
export function timelineText(id: string, events: readonly JournalEvent[], v: JournalView): string {
  const lines = [id];
  for (const e of inTimeOrder(events)) lines.push(`  ${when(momentOf(e.at, v), v)}  ${terminalSafe(eventText(e, v))}`);
  return lines.join('\n') + '\n';
}

/** `log list`: one line per activation. */
export function listText(summaries: readonly ActivationSummary[], v: JournalView): string {
  if (summaries.length === 0) return v.j.none + '\n';
  const rows = summaries.map((s) => [
    s.id,
    // The highest level reached decides the deadline; where it has since been lowered, both are shown.
    (s.highest !== s.level ? `${levelName(s.highest, v)} → ${levelName(s.level, v)}` : levelName(s.level, v)) + (s.drill ? ` (${v.j.drill})` : ''),
    when(momentOf(s.startedAt, v), v),
    s.open ? v.j.open : s.interrupted ? v.j.interrupted : v.j.closed,
    String(s.entries),
  ]);
  const all = [v.j.listHeader, ...rows];
  const widths = all[0]!.map((_, c) => Math.max(...all.map((r) => r[c]!.length)));
  return all.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ')).join('\n') + '\n';
}
