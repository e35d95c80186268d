/* The journal in words: what its entries, levels and moments say, for every report and listing. Plain text: the renderers escape it for their format. */
import { DateTime } from 'luxon';
import type { Lang, Messages } from '../i18n/index.js';
import type { JournalMessages } from '../i18n/journal.js';
import type { JournalDiagnostic } from '../journal/store.js';
import type { JournalEvent, JournalLevel } from '../journal/schema.js';
import type { RosterNames } from '../domain/names.js';
import { zoneOf } from '../domain/zone.js';
import { clock, shortDay } from './dates.js';

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

