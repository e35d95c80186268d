import { pick, type Lang } from '../roster/lang.js';
import { adHocOf, contactOf, rosterIndex, type Contact } from '../roster/contacts.js';
import { LEVEL_IDS, type Level, type LevelId, type Roster } from '../roster/schema.js';

export type Role = 'coordinator' | 'member' | 'substitute' | 'hotline' | 'press' | 'call' | 'adhoc';

export interface SheetContact extends Contact {
  roles: Role[];
  /** For a substitute: whom they stand in for. */
  substituteFor?: string;
  /** Places in the call chains: "politi 2". */
  calls: Array<{ chain: string; position: number }>;
}

export interface SheetLevel {
  id: LevelId;
  name: string;
  meaning: string;
  convene: Level['convene'];
  forums: string[];
}

/** The contact sheet: what a member prints or carries, as plain data. */
export interface Sheet {
  title: string;
  municipality: string;
  areas: string[];
  period: { start: string; end: string };
  levels: SheetLevel[];
  chains: Array<{ id: string; title: string; contacts: Contact[] }>;
  coordinator: Contact;
  contacts: SheetContact[];
  adHoc: string[];
  press: Contact[];
  footer: { revision: number; lastChanged: string; hash: string; madeOn: string };
}

/**
 * `hash` identifies the roster's content and `madeOn` the day the sheet was made, so an old paper copy
 * can be told from a current one. With `order`, contacts come in that level's calling order first.
 */
export function contactSheet(roster: Roster, options: { lang: Lang; hash: string; madeOn: string; order?: LevelId }): Sheet {
  const { lang } = options;
  const index = rosterIndex(roster);
  const byId = new Map<string, SheetContact>();
  const entry = (id: string): SheetContact => {
    let c = byId.get(id);
    if (!c) {
      c = { ...contactOf(index, id, lang), roles: [], calls: [] };
      byId.set(id, c);
    }
    return c;
  };
  const addRole = (c: SheetContact, role: Role) => {
    if (!c.roles.includes(role)) c.roles.push(role);
  };

  addRole(entry(roster.group.coordinator), 'coordinator');
  for (const m of roster.group.members) {
    addRole(entry(m.person), 'member');
    if (m.substitute) {
      const sub = entry(m.substitute);
      addRole(sub, 'substitute');
      sub.substituteFor = index.people.get(m.person)?.name;
    }
  }
  for (const chain of roster.activation.chains) {
    chain.contacts.forEach((id, i) => {
      const c = entry(id);
      addRole(c, c.kind === 'hotline' ? 'hotline' : 'call');
      c.calls.push({ chain: pick(chain.title, lang), position: i + 1 });
    });
  }
  for (const h of roster.hotlines) addRole(entry(h.id), 'hotline');
  for (const id of roster.press.contacts) addRole(entry(id), 'press');
  for (const a of roster.adHoc) {
    const contact = adHocOf(index, a, lang).contact;
    if (contact) addRole(entry(contact.id), 'adhoc');
  }

  let contacts = [...byId.values()];
  if (options.order && roster.levels[options.order]?.convene.type !== 'none') {
    const rank = new Map<string, number>();
    roster.activation.chains.flatMap((c) => c.contacts).forEach((id) => rank.has(id) || rank.set(id, rank.size));
    contacts = contacts
      .map((c, i) => ({ c, key: rank.get(c.id) ?? rank.size + i }))
      .sort((a, b) => a.key - b.key)
      .map((x) => x.c);
  }

  return {
    title: roster.plan.title,
    municipality: roster.plan.municipality,
    areas: roster.plan.areas,
    period: roster.plan.period,
    levels: LEVEL_IDS.flatMap((id) => {
      const level = roster.levels[id];
      if (!level) return [];
      return [{ id, name: pick(level.name, lang), meaning: pick(level.meaning, lang), convene: level.convene, forums: level.convene.type === 'none' ? level.convene.forums.map((f) => pick(f, lang)) : [] }];
    }),
    chains: roster.activation.chains.map((chain) => ({
      id: chain.id,
      title: pick(chain.title, lang),
      contacts: chain.contacts.map((id) => contactOf(index, id, lang)),
    })),
    coordinator: contactOf(index, roster.group.coordinator, lang),
    contacts,
    adHoc: roster.adHoc.map((a) => adHocOf(index, a, lang).name),
    press: roster.press.contacts.map((id) => contactOf(index, id, lang)),
    footer: { revision: roster.revision, lastChanged: roster.lastChanged, hash: options.hash, madeOn: options.madeOn },
  };
}
