import { pick, type Lang } from '../i18n/index.js';
import { nameOf, rosterIndex } from '../roster/contacts.js';
import type { LevelId, Roster } from '../roster/schema.js';

/** What a record of past events needs from the roster to be read: ids turned into names, in one language. */
export interface RosterNames {
  /** The plan's time zone, in which recorded instants are shown. */
  timezone: string;
  levels: Partial<Record<LevelId, string>>;
  /** A person, hotline or organisation id → its name; an id the roster no longer has stays as it is. */
  name(id: string): string;
  /** A who-informs-whom duty id → "Claus Hansen aktiverer SSP-netværket …", if the roster has it. */
  duty(id: string): string | undefined;
}

export function rosterNames(roster: Roster, lang: Lang): RosterNames {
  const index = rosterIndex(roster);
  const name = (id: string) => nameOf(index, id, lang);
  const levels: RosterNames['levels'] = {};
  for (const level of ['green', 'yellow', 'red'] as const) {
    const def = roster.levels[level];
    if (def) levels[level] = pick(def.name, lang);
  }
  const duties = new Map(roster.communication.map((d) => [d.id, `${d.by.map(name).join(', ')} ${pick(d.informs, lang)}`]));
  return { timezone: roster.plan.timezone, levels, name, duty: (id) => duties.get(id) };
}
