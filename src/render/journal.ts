import { DateTime } from 'luxon';
import type { Lang, Messages } from '../i18n/index.js';
import type { JournalMessages } from '../i18n/journal.js';
import type { JournalDiagnostic } from '../journal/store.js';
import type { ActivationSummary } from '../journal/summary.js';
import type { JournalEvent, JournalLevel } from '../journal/schema.js';
import type { RosterNames } from '../domain/names.js';
import { zoneOf } from '../domain/zone.js';
import { clock, shortDay } from './dates.js';
import { terminalSafe } from './escape.js';

/** What the journal renderers need: both message tables, the language, and the roster's names for the ids recorded. */
export interface JournalView {
  t: Messages;
  j: JournalMessages;
  lang: Lang;
  names: RosterNames;
}

/**
 * What a report is about, for its title: the area and municipality ("Nordparken, Hjørring Kommune"); a plan for more
 * than two areas is named by its title instead, so the heading stays one line.
 */
export function placeOf(v: JournalView): string {
  const p = v.names.plan;
  return `${p.areas.length <= 2 ? v.t.list(p.areas) : p.title}, ${p.municipality}`;
}

export function levelName(level: JournalLevel, v: JournalView): string {
  return v.names.levels[level] ?? level;
}

export function momentOf(iso: string, v: JournalView): DateTime {
  return DateTime.fromISO(iso, { setZone: true }).setZone(zoneOf(v.names.timezone));
}

/** "onsdag 23/12 22.05" */
export function when(dt: DateTime, v: JournalView): string {
  return `${shortDay(dt, v.t)} ${clock(dt, v.t)}`;
}

/** One entry in words. Plain text: the caller escapes it for its format. */
export function eventText(e: JournalEvent, v: JournalView): string {
  const name = v.names.name;
  const ev = v.j.event;
  let text: string;
  switch (e.type) {
    case 'start':
      text = ev.start(levelName(e.level, v), e.reason);
      break;
    case 'call':
      text = e.answered ? ev.callAnswered(name(e.contact)) : ev.callNoAnswer(name(e.contact));
      break;
    case 'level':
      text = ev.level(levelName(e.level, v));
      break;
    case 'meeting':
      text = ev.meeting(e.present.map(name).join(', '));
      break;
    case 'informed': {
      const what = (e.duty && v.names.duty(e.duty)) ?? e.text ?? e.duty ?? '';
      text = ev.informed(what, e.channel && v.j.channels[e.channel]);
      break;
    }
    case 'note':
      text = ev.note(e.text);
      break;
    case 'action':
      text = ev.action(e.text, e.owner && name(e.owner), e.due);
      break;
    case 'evaluation':
      text = ev.evaluation(e.decided, e.due, e.held);
      break;
    case 'close':
      text = ev.close();
      break;
    case 'interrupted':
      text = ev.interrupted(e.reason);
      break;
  }
  return e.by ? text + ev.by(e.by) : text;
}

export function diagnosticText(d: JournalDiagnostic, j: JournalMessages): string {
  // Line 0: the file as a whole, which has no line to name.
  return `${d.file}${d.line > 0 ? `:${d.line}` : ''}: ${j.diag[d.code](d.detail)}`;
}

/** `log show`: the timeline as plain text, one entry a line. */
export function timelineText(id: string, events: readonly JournalEvent[], v: JournalView): string {
  const lines = [id];
  const sorted = events.map((e, i) => ({ e, i, t: momentOf(e.at, v).toMillis() })).sort((a, b) => a.t - b.t || a.i - b.i);
  for (const { e } of sorted) lines.push(`  ${when(momentOf(e.at, v), v)}  ${terminalSafe(eventText(e, v))}`);
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
