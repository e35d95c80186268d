import { lazy } from '../lazy.js';

/** The words commander puts into help texts itself: placeholders, choices and defaults. */

const table = () => ({
  /** Placeholder names as they appear in usage lines and option terms: `[options]`, `<file>`. */
  words: {
    options: 'tilvalg',
    command: 'kommando',
    file: 'fil',
    files: 'filer',
    lang: 'sprog',
    date: 'dato',
    name: 'navn',
    phone: 'telefon',
    title: 'titel',
    email: 'e-mail',
    time: 'tidspunkt',
    level: 'niveau',
    old: 'gammel',
    new: 'ny',
    member: 'medlem',
    person: 'person',
    ids: 'id',
    dir: 'mappe',
    number: 'nummer',
    text: 'tekst',
    digits: 'cifre',
    duration: 'varighed',
    contact: 'kontakt',
    what: 'hvad',
    year: 'år',
    channel: 'kanal',
    yesno: 'svar',
    n: 'tal',
    ref: 'ref',
    url: 'url',
    id: 'id',
    days: 'dage',
    entry: 'linje',
    section: 'afsnit',
    version: 'version',
  } as Record<string, string>,
  choices: (list: string) => `valg: ${list}`,
  default: (value: string) => `standard: ${value}`,
});

export const da = lazy(table);

export type HelpMessages = ReturnType<typeof da>;
