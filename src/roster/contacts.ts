import { pick, type Lang } from './lang.js';
import { displayPhone, parsePhone, dialString } from './phone.js';
import type { AdHocEntry, Hotline, Organisation, Person, Roster } from './schema.js';

export interface RosterIndex {
  people: Map<string, Person>;
  hotlines: Map<string, Hotline>;
  organisations: Map<string, Organisation>;
}

export function rosterIndex(roster: Roster): RosterIndex {
  return {
    people: new Map(roster.people.map((p) => [p.id, p])),
    hotlines: new Map(roster.hotlines.map((h) => [h.id, h])),
    organisations: new Map(roster.organisations.map((o) => [o.id, o])),
  };
}

/** A person or hotline as every output shows it. */
export interface Contact {
  id: string;
  kind: 'person' | 'hotline';
  name: string;
  title: string;
  organisation: string;
  /** Danish grouping: "40 86 74 08", or "114". */
  phone: string;
  /** For dialling and vCards: "+4540867408", or "114"; empty when the number is broken. */
  dial: string;
  /** A person's e-mail address, where the roster has one. */
  email?: string;
  /** The number cannot be dialled (mistyped, or a service number given as a person's): shown as written, never as a link. */
  broken?: true;
}

/** Resolves a person or hotline id; the roster has been checked, so an unknown id is a programming error. */
export function contactOf(index: RosterIndex, id: string, lang: Lang): Contact {
  const person = index.people.get(id);
  if (person) {
    const parsed = parsePhone(person.phone);
    // A person is reached on their own number only: 112 written as a person's phone is broken, not a way to reach them.
    const ok = parsed !== null && parsed.kind === 'dk';
    return {
      id,
      kind: 'person',
      name: person.name,
      title: person.title,
      organisation: index.organisations.get(person.organisation)?.name ?? person.organisation,
      phone: displayPhone(person.phone),
      dial: ok ? dialString(parsed) : '',
      ...(ok ? {} : { broken: true as const }),
      ...(person.email ? { email: person.email } : {}),
    };
  }
  const hotline = index.hotlines.get(id);
  if (hotline) {
    const parsed = parsePhone(hotline.phone);
    return {
      id,
      kind: 'hotline',
      name: pick(hotline.name, lang),
      title: '',
      organisation: index.organisations.get(hotline.organisation)?.name ?? hotline.organisation,
      phone: displayPhone(hotline.phone),
      dial: parsed ? dialString(parsed) : '',
      ...(parsed ? {} : { broken: true as const }),
    };
  }
  throw new Error(`unknown contact id ${id}`);
}

/** Name of a person or organisation id (duties name either). */
export function nameOf(index: RosterIndex, id: string, lang: Lang): string {
  return index.people.get(id)?.name ?? index.organisations.get(id)?.name ?? (index.hotlines.has(id) ? pick(index.hotlines.get(id)!.name, lang) : id);
}

/** An ad hoc entry: its name, and for a person or hotline the contact to ring. */
export interface AdHoc {
  name: string;
  id?: string;
  contact?: Contact;
}

export function adHocOf(index: RosterIndex, entry: AdHocEntry, lang: Lang): AdHoc {
  if (typeof entry === 'string' || !('ref' in entry)) return { name: pick(entry, lang) };
  const id = entry.ref;
  if (index.people.has(id) || index.hotlines.has(id)) {
    const contact = contactOf(index, id, lang);
    return { name: contact.name, id, contact };
  }
  return { name: nameOf(index, id, lang), id };
}
