import type { ListMessages } from '../da/list.js';
import { lazy } from '../lazy.js';

/** The words of `list` and `chain show`. */

const table = (): ListMessages => ({
  head: {
    id: 'id',
    name: 'name',
    title: 'title',
    organisation: 'organisation',
    phone: 'phone',
    role: 'role',
    contacts: 'order',
    number: 'no.',
    person: 'person',
    by: 'who',
    informs: 'informs',
    entry: 'text or reference',
  },
  role: {
    coordinator: 'coordinator',
    member: 'member',
    substitute: (names: string) => `substitute for ${names}`,
    signatory: 'signatory',
    press: 'press contact',
  },
  empty: 'The list is empty.',
  blank: 'not filled in',
  kinds: 'people, organisations, hotlines, chains, signatories, inform, adhoc',
  unknownKind: (what: string, known: string) => `"${what}" cannot be listed; choose from ${known}`,
  unknownChain: (id: string, known: string) => `there is no chain with the id "${id}"; known chains: ${known}`,
  chainHeading: (id: string, title: string) => `${title} (chain ${id})`,
  personWord: 'person',
  hotlineWord: 'hotline',
});

export const en = lazy(table);
