import { pick, type Lang } from '../roster/lang.js';
import { contactOf, nameOf, rosterIndex } from '../roster/contacts.js';
import { LEVEL_IDS, type LevelId, type Roster } from '../roster/schema.js';

/** What a record of past events needs from the roster to be read: ids turned into names, in one language. */
export interface RosterNames {
  /** The plan's time zone, in which recorded instants are shown. */
  timezone: string;
  levels: Partial<Record<LevelId, string>>;
  /** A person, hotline or organisation id → its name; an id the roster no longer has stays as it is. */
  name(id: string): string;
  /** A who-informs-whom duty id → "Claus Hansen aktiverer SSP-netværket …", if the roster has it. */
  duty(id: string): string | undefined;
  /** A person's or hotline's number as shown ("25 58 32 49"); undefined for an id the roster no longer has. */
  phone(id: string): string | undefined;
  /** The plan a report is about: its title, municipality and areas, and the roster's revision. */
  plan: { title: string; municipality: string; areas: string[]; revision: number; lastChanged: string };
}

export function rosterNames(roster: Roster, lang: Lang): RosterNames {
  const index = rosterIndex(roster);
  const name = (id: string) => nameOf(index, id, lang);
  const levels: RosterNames['levels'] = {};
  for (const level of LEVEL_IDS) {
    const def = roster.levels[level];
    if (def) levels[level] = pick(def.name, lang);
  }
  const duties = new Map(roster.communication.map((d) => [d.id, `${d.by.map(name).join(', ')} ${pick(d.informs, lang)}`]));
  const plan = { title: roster.plan.title, municipality: roster.plan.municipality, areas: roster.plan.areas, revision: roster.revision, lastChanged: roster.lastChanged };
  const phone = (id: string) => (index.people.has(id) || index.hotlines.has(id) ? contactOf(index, id, lang).phone : undefined);
  return { timezone: roster.plan.timezone, levels, name, duty: (id) => duties.get(id), plan, phone };
}
