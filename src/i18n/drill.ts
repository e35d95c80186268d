import { yamlReason } from '../roster/finding.js';
import { count } from './plural.js';
import type { Lang } from './index.js';
import { da as daRoster } from './da.js';
import { en as enRoster } from './en.js';

const danishList = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} og ${names.at(-1)}`);
const englishList = (names: string[]) =>
  names.length < 2 ? names.join('') : names.length === 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** Everything `beredskab drill` says, in Danish; `en` mirrors the shape. */
const EN_ONE = new Intl.PluralRules('en');

export const da = {
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
    `Giv koordinatoren ${coordinator} (${phone}) besked: øvelsen bekræftede oplysningerne for ${danishList(names)}.`,
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
    syntax: (code: string) => daRoster.diag['yaml-syntax']({ reason: yamlReason(code) }),
    aliases: (max: number) => daRoster.diag['yaml-too-many-aliases']({ max }),
    badAlias: () => daRoster.diag['yaml-syntax']({ reason: 'BAD_ALIAS' }),
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
};

export type DrillMessages = typeof da;

export const en: DrillMessages = {
  cli: {
    description: 'rehearse an activation: ring the chain, note who answers, and confirm the numbers',
    level: 'level: yellow or red (gul, rød)',
    confirm: "stamp today's date as confirmed on everyone who answered (one roster edit)",
    noLog: 'do not write the drill to the journal',
    answers: 'the answers from a YAML file instead of questions in the terminal (for CI and tests)',
    at: 'when the drill began, e.g. 2026-12-23T10:00 (default: now)',
  },
  banner: 'DRILL',
  intro: (level: string) => `Drill at ${level.toLowerCase()} level. Call as in a real activation, and say first that it is a drill.`,
  started: (when: string) => `Started ${when}`,
  ctrlC: 'Ctrl-C stops the drill; what has been noted is kept.',
  chainHeading: (n: number, title: string) => `${n}. ${title}`,
  membersHeading: (n: number) => `${n}. The group's members and substitutes`,
  fallback: 'next in the chain',
  keys: '↑↓ or 1–3 to choose, ⏎ to confirm',
  substituteFor: (name: string) => `substitute for ${name}`,
  hotline: {
    question: (name: string, phone: string) =>
      `${name} (${phone}) is for real incidents. This is a drill: do you want to call?`,
    skip: 'No, skip it',
    keys: '↑↓ or 1–2 to choose, ⏎ to confirm',
    ring: 'Yes, I call and say at once that it is a drill',
  },
  choice: { answered: 'Answered', 'no-answer': 'No answer', skip: 'Skip' },
  recorded: { answered: 'answered', 'no-answer': 'no answer', skip: 'skipped' },
  summary: {
    heading: 'Result of the drill',
    reached: (n: number) => `Reached (${n}):`,
    notReached: (n: number) => `Not reached (${n}):`,
    skipped: (n: number) => `Skipped (${n}):`,
    notAsked: 'Not called, because someone before them answered:',
    none: 'none',
    minutes: (m: number) => (m < 1 ? 'less than 1 min' : `${m} min`),
    chainReached: (title: string, minutes: string, name: string) => `${title}: reached in ${minutes} (${name})`,
    chainNotReached: (title: string) => `${title}: NOBODY REACHED`,
    coordinatorReached: (name: string, minutes: string) => `Coordinator (${name}): reached in ${minutes}`,
    coordinatorNotReached: (name: string) => `Coordinator (${name}): NOT REACHED`,
    check: 'Numbers to check:',
    checkNone: 'Everyone who was called answered.',
    nobodyCalled: 'Nobody was called.',
    duration: (minutes: string) => `The drill took ${minutes}`,
  },
  logged: (id: string) => `Written to the journal as a drill: ${id}`,
  notLogged: 'Not written to the journal (--no-log).',
  interrupted: {
    logged: (n: number, id: string) => `The drill was stopped. ${EN_ONE.select(n) === 'one' ? '1 answer is' : `${n} answers are`} kept in the journal (${id}), marked as interrupted. The roster is unchanged.`,
    notLogged: (n: number) => `The drill was stopped after ${count(n, 'answer', 'answers')}. Nothing was written, and the roster is unchanged.`,
  },
  confirmNotice: (coordinator: string, phone: string, names: string[]) =>
    `Tell the coordinator ${coordinator} (${phone}): the drill confirmed the details of ${englishList(names)}.`,
  confirmNone: 'Nobody answered in person; there is nothing to confirm, and the roster is unchanged.',
  usage: {
    notATerminal:
      'drill asks its questions in a terminal, and the input is not a terminal. Give the answers with --answers FILE (a YAML list, e.g. "- { contact: lasse-bonde, answer: no-answer }")',
    level: (value: string) => `--level: a drill is at yellow or red level, not "${value}"; choose yellow or red`,
    atFuture: (value: string) =>
      `--at: ${value} is in the future; answers are timed as they are given. Leave out --at, or write the times in the answers file (at:)`,
  },
  answers: {
    syntax: (code: string) => enRoster.diag['yaml-syntax']({ reason: yamlReason(code) }),
    aliases: (max: number) => enRoster.diag['yaml-too-many-aliases']({ max }),
    badAlias: () => enRoster.diag['yaml-syntax']({ reason: 'BAD_ALIAS' }),
    notList: 'The file must be a YAML list of answers, e.g. "- { contact: lasse-bonde, answer: no-answer }"',
    notEntry: 'An answer is written { contact: ID, answer: answered|no-answer|skip }',
    missing: (key: string) => `The field "${key}" is missing`,
    unknownKey: (key: string) => `Unknown field "${key}"; allowed are contact, answer and at`,
    contactType: 'contact must be an id from the roster, e.g. lasse-bonde',
    answer: (value: string) => `"${value}" is not an answer; write answered, no-answer or skip`,
    contactUnknown: (id: string) => `"${id}" is not a person or a number in the roster`,
    duplicate: (id: string, line: number) => `"${id}" is already on line ${line}; each contact is called only once in a drill`,
    time: (value: string) => `"${value}" is not a time; write e.g. 2026-12-23T10:05`,
    timeBeforeStart: (value: string, start: string) => `${value} is before the drill began (${start}); give the start with --at`,
    timeFuture: (value: string, now: string) =>
      `${value} is in the future (the clock says ${now}); an answers file holds answers already given, so correct the time`,
    timeBackwards: (value: string, previous: string) => `${value} is before the previous answer (${previous}); the answers are listed in the order given`,
    unused: (name: string) => `not used: the chain did not come to ${name}, because someone before answered`,
    notInDrill: (name: string) => `not used: ${name} is not called in a drill (neither in a chain nor in the group)`,
    warning: 'warning',
  },
};

export function drillMessages(lang: Lang): DrillMessages {
  return lang === 'en' ? en : da;
}
