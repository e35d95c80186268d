import { lazy } from '../lazy.js';

/** The words of `list` and `chain show`. */

const table = () => ({
  head: {
    id: 'id',
    name: 'navn',
    title: 'titel',
    organisation: 'organisation',
    phone: 'telefon',
    role: 'rolle',
    contacts: 'rækkefølge',
    number: 'nr.',
    person: 'person',
    by: 'hvem',
    informs: 'informerer',
    entry: 'tekst eller henvisning',
  },
  role: {
    coordinator: 'koordinator',
    member: 'medlem',
    substitute: (names: string) => `suppleant for ${names}`,
    signatory: 'underskriver',
    press: 'pressekontakt',
  },
  empty: 'Listen er tom.',
  blank: 'ikke udfyldt',
  kinds: 'personer, organisationer, døgnnumre, kæder, underskrivere, informerer og adhoc',
  unknownKind: (what: string, known: string) => `"${what}" kan ikke vises; vælg blandt ${known}`,
  unknownChain: (id: string, known: string) => `der er ingen kæde med id'et "${id}"; kendte kæder: ${known}`,
  chainHeading: (id: string, title: string) => `${title} (kæde ${id})`,
  personWord: 'person',
  hotlineWord: 'døgnnummer',
});

export const da = lazy(table);

export type ListMessages = ReturnType<typeof da>;
