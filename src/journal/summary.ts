import { LEVEL_IDS } from '../roster/schema.js';
import { isDrillId, type JournalEvent, type JournalLevel } from './schema.js';

/** What an activation's entries add up to, without reading any roster. */
export interface ActivationSummary {
  id: string;
  drill: boolean;
  /** The level it started at, and the level it ended or stands at now. */
  startLevel: JournalLevel;
  level: JournalLevel;
  /** The highest level reached: the deadline that applies is the strictest one. */
  highest: JournalLevel;
  startedAt: string;
  /** The stand-down, or the moment a drill was broken off. */
  endedAt?: string;
  interrupted: boolean;
  /** Open: neither closed nor interrupted. Entries without --activation go to the one open activation. */
  open: boolean;
  entries: number;
}

/**
 * The entries in the order things happened: the journal's order is the order of writing, and `--at` may name an earlier
 * moment. Entries of the same moment keep the order they were written in.
 */
export function inTimeOrder<E extends { at: string }>(events: readonly E[]): E[] {
  // Every `at` is ISO 8601 with an offset (the schema's), so Date.parse reads the instant without building a DateTime.
  return events
    .map((e, i) => ({ e, i, t: Date.parse(e.at) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.e);
}

/** Undefined when the activation has no start entry (its file is damaged at the top). */
export function summarise(id: string, events: readonly JournalEvent[]): ActivationSummary | undefined {
  const start = events.find((e) => e.type === 'start');
  if (!start || start.type !== 'start') return undefined;
  let level = start.level;
  let highest = start.level;
  let endedAt: string | undefined;
  let interrupted = false;
  for (const event of events) {
    if (event.type === 'level') {
      level = event.level;
      // LEVEL_IDS runs from the least to the most serious.
      if (LEVEL_IDS.indexOf(level) > LEVEL_IDS.indexOf(highest)) highest = level;
    } else if ((event.type === 'close' || event.type === 'interrupted') && endedAt === undefined) {
      endedAt = event.at;
      interrupted = event.type === 'interrupted';
    }
  }
  return {
    id,
    drill: isDrillId(id),
    startLevel: start.level,
    level,
    highest,
    startedAt: start.at,
    ...(endedAt !== undefined ? { endedAt } : {}),
    interrupted,
    open: endedAt === undefined,
    entries: events.length,
  };
}
