import { yamlReason } from '../../roster/finding.js';
import { da as daRoster } from './roster.js';
import { lazy } from '../lazy.js';

/** Everything `beredskab drill` says, in Danish; en/ mirrors the shape. */

const table = () => ({
  cli: {
    description: 'øv en aktivering: ring kæden igennem, notér hvem der svarer, og bekræft numrene',
    level: 'niveau: gul eller rød (også yellow, red)',
    confirm: 'skriv dagens dato som bekræftet på alle, der svarede (én ændring af planfilen)',
    noLog: 'skriv ikke øvelsen i journalen',
    answers: 'svarene fra en YAML-fil i stedet for spørgsmål i terminalen (til CI og tests)',
    at: 'hvornår øvelsen begyndte, fx 2026-12-23T10:00 (standard: nu)',
  },
  banner: 'ØVELSE',
  intro: (level: string) =>
    `Øvelse på ${level.toLowerCase()} niveau. Ring som ved en rigtig aktivering, og sig først, at det er en øvelse.`,
  started: (when: string) => `Begyndt ${when}`,
  ctrlC: 'Ctrl-C afbryder øvelsen; det, der er noteret, gemmes.',
  chainHeading: (n: number, title: string) => `${n}. ${title}`,
  membersHeading: (n: number) => `${n}. Beredskabsgruppens medlemmer og suppleanter`,
  fallback: 'næste i kæden',
  keys: '↑↓ eller 1–3 vælger, ⏎ bekræfter',
  substituteFor: (name: string) => `suppleant for ${name}`,
  hotline: {
    question: (name: string, phone: string) =>
      `${name} (${phone}) er til virkelige hændelser. Det er en øvelse: vil du ringe?`,
    skip: 'Nej, spring over',
    keys: '↑↓ eller 1–2 vælger, ⏎ bekræfter',
    ring: 'Ja, jeg ringer og siger straks, at det er en øvelse',
  },
  choice: { answered: 'Svarede', 'no-answer': 'Intet svar', skip: 'Spring over' } as Record<'answered' | 'no-answer' | 'skip', string>,
  recorded: { answered: 'svarede', 'no-answer': 'intet svar', skip: 'sprunget over' } as Record<'answered' | 'no-answer' | 'skip', string>,
  summary: {
    heading: 'Resultat af øvelsen',
    reached: (n: number) => `Nået (${n}):`,
    notReached: (n: number) => `Ikke nået (${n}):`,
    skipped: (n: number) => `Sprunget over (${n}):`,
    notAsked: 'Ikke ringet op, fordi en før dem svarede:',
    none: 'ingen',
    minutes: (m: number) => (m < 1 ? 'under 1 min.' : `${m} min.`),
    chainReached: (title: string, minutes: string, name: string) => `${title}: nået på ${minutes} (${name})`,
    chainNotReached: (title: string) => `${title}: INGEN NÅET`,
    coordinatorReached: (name: string, minutes: string) => `Koordinatoren (${name}): nået på ${minutes}`,
    coordinatorNotReached: (name: string) => `Koordinatoren (${name}): IKKE NÅET`,
    check: 'Numre, der skal tjekkes:',
    checkNone: 'Alle, der blev ringet op, svarede.',
    nobodyCalled: 'Ingen blev ringet op.',
    duration: (minutes: string) => `Øvelsen varede ${minutes}`,
  },
  logged: (id: string) => `Skrevet i journalen som øvelse: ${id}`,
  notLogged: 'Ikke skrevet i journalen (--no-log).',
  interrupted: {
    logged: (n: number, id: string) => `Øvelsen er afbrudt. ${n} svar er gemt i journalen (${id}), markeret som afbrudt. Planfilen er ikke ændret.`,
    notLogged: (n: number) => `Øvelsen er afbrudt efter ${n} svar. Intet er skrevet, og planfilen er ikke ændret.`,
  },
  confirmNotice: (coordinator: string, phone: string, names: string[]) =>
    `Giv koordinatoren ${coordinator} (${phone}) besked: øvelsen bekræftede oplysningerne for ${daRoster().list(names)}.`,
  confirmNone: 'Ingen personer svarede; der er intet at bekræfte, og planfilen er ikke ændret.',
  usage: {
    notATerminal:
      'drill stiller spørgsmål i en terminal, og input er ikke en terminal. Giv svarene med --answers FIL (en YAML-liste, fx "- { contact: lasse-bonde, answer: no-answer }")',
    level: (value: string) => `--level: en øvelse er på gult eller rødt niveau, ikke "${value}"; vælg gul eller rød`,
    atFuture: (value: string) =>
      `--at: ${value} ligger i fremtiden; svarene får tidspunktet, når de gives. Udelad --at, eller skriv tidspunkterne i svarfilen (at:)`,
  },
  answers: {
    /** A YAML error by the parser's code, in the words the roster's YAML errors use. */
    syntax: (code: string) => daRoster().diag['yaml-syntax']({ reason: yamlReason(code) }),
    aliases: (max: number) => daRoster().diag['yaml-too-many-aliases']({ max }),
    badAlias: () => daRoster().diag['yaml-syntax']({ reason: 'BAD_ALIAS' }),
    notList: 'Filen skal være en YAML-liste af svar, fx "- { contact: lasse-bonde, answer: no-answer }"',
    notEntry: 'Et svar skal skrives { contact: ID, answer: answered|no-answer|skip }',
    missing: (key: string) => `Feltet "${key}" mangler`,
    unknownKey: (key: string) => `Ukendt felt "${key}"; tilladt er contact, answer og at`,
    contactType: 'contact skal være et id fra planfilen, fx lasse-bonde',
    answer: (value: string) => `"${value}" er ikke et svar; skriv answered, no-answer eller skip`,
    contactUnknown: (id: string) => `"${id}" er ikke en person eller et nummer i planfilen`,
    duplicate: (id: string, line: number) => `"${id}" står allerede på linje ${line}; hver kontakt ringes kun op én gang i en øvelse`,
    time: (value: string) => `"${value}" er ikke et tidspunkt; skriv fx 2026-12-23T10:05`,
    timeBeforeStart: (value: string, start: string) => `${value} ligger før øvelsens start (${start}); angiv starten med --at`,
    timeFuture: (value: string, now: string) =>
      `${value} ligger i fremtiden (klokken er ${now}); svarfilen giver svar, der allerede er givet, så ret tidspunktet`,
    timeBackwards: (value: string, previous: string) => `${value} ligger før det forrige svar (${previous}); svarene står i den rækkefølge, de blev givet`,
    unused: (name: string) => `bruges ikke: kæden nåede ikke til ${name}, fordi en før svarede`,
    notInDrill: (name: string) => `bruges ikke: ${name} ringes ikke op i en øvelse (hverken i en kæde eller i gruppen)`,
    warning: 'advarsel',
  },
});

export const da = lazy(table);

export type DrillMessages = ReturnType<typeof da>;
