/* The journal in words: what its entries, levels and moments say, for every report and listing. Plain text: the renderers escape it for their format. */
import { DateTime } from 'luxon';
import type { JournalMessages, Lang, Messages } from '../i18n/index.js';
import type { JournalDiagnostic } from '../journal/store.js';
import type { JournalEvent, JournalLevel } from '../journal/schema.js';
import type { RosterNames } from '../domain/names.js';
import { zoneOf } from '../domain/zone.js';
import { clock, shortDay } from './dates.js';

/** What the journal renderers need: both message tables, the language, and the roster's names for the ids recorded. */
export interface JournalView {
  msg: Messages;
  journalText: JournalMessages;
  lang: Lang;
  names: RosterNames;
}

/**
 * What a report is about, for its title: the area and municipality ("Nordparken, Hjørring Kommune"); a plan for more
 * than two areas is named by its title instead, so the heading stays one line.
 */
export function placeOf(view: JournalView): string {
  const p = view.names.plan;
  return `${p.areas.length <= 2 ? view.msg.list(p.areas) : p.title}, ${p.municipality}`;
}

export function levelName(level: JournalLevel, view: JournalView): string {
  return view.names.levels[level] ?? level;
}

export function momentOf(iso: string, view: JournalView): DateTime {
  return DateTime.fromISO(iso, { setZone: true }).setZone(zoneOf(view.names.timezone));
}

/** "onsdag 23/12 22.05" */
export function when(dt: DateTime, view: JournalView): string {
  return `${shortDay(dt, view.msg)} ${clock(dt, view.msg)}`;
}

/** One entry in words. Plain text: the caller escapes it for its format. */
export function eventText(e: JournalEvent, view: JournalView): string {
  const name = view.names.name;
  const ev = view.journalText.event;
  let text: string;
  switch (e.type) {
    case 'start':
      text = ev.start(levelName(e.level, view), e.reason);
      break;
    case 'call':
      text = e.answered ? ev.callAnswered(name(e.contact)) : ev.callNoAnswer(name(e.contact));
      break;
    case 'level':
      text = ev.level(levelName(e.level, view));
      break;
    case 'meeting':
      text = ev.meeting(e.present.map(name).join(', '));
      break;
    case 'informed': {
      const what = (e.duty && view.names.duty(e.duty)) ?? e.text ?? e.duty ?? '';
      text = ev.informed(what, e.channel && view.journalText.channels[e.channel]);
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

export function diagnosticText(d: JournalDiagnostic, journalText: JournalMessages): string {
  // Line 0: the file as a whole, which has no line to name.
  return `${d.file}${d.line > 0 ? `:${d.line}` : ''}: ${journalText.diag[d.code](d.detail)}`;
}

