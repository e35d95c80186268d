import { plural } from '../intl.js';
import { yamlReason } from '../../roster/finding.js';
import { count } from '../plural.js';
import { en as enRoster } from './roster.js';
import type { DrillMessages } from '../da/drill.js';
import { lazy } from '../lazy.js';

/** Everything `beredskab drill` says, in English. */
const table = (): DrillMessages => ({
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
    logged: (n: number, id: string) => `The drill was stopped. ${plural('en', n) === 'one' ? '1 answer is' : `${n} answers are`} kept in the journal (${id}), marked as interrupted. The roster is unchanged.`,
    notLogged: (n: number) => `The drill was stopped after ${count(n, 'answer', 'answers')}. Nothing was written, and the roster is unchanged.`,
  },
  confirmNotice: (coordinator: string, phone: string, names: string[]) =>
    `Tell the coordinator ${coordinator} (${phone}): the drill confirmed the details of ${enRoster().list(names)}.`,
  confirmNone: 'Nobody answered in person; there is nothing to confirm, and the roster is unchanged.',
  usage: {
    notATerminal:
      'drill asks its questions in a terminal, and the input is not a terminal. Give the answers with --answers FILE (a YAML list, e.g. "- { contact: lasse-bonde, answer: no-answer }")',
    level: (value: string) => `--level: a drill is at yellow or red level, not "${value}"; choose yellow or red`,
    atFuture: (value: string) =>
      `--at: ${value} is in the future; answers are timed as they are given. Leave out --at, or write the times in the answers file (at:)`,
  },
  answers: {
    syntax: (code: string) => enRoster().diag['yaml-syntax']({ reason: yamlReason(code) }),
    aliases: (max: number) => enRoster().diag['yaml-too-many-aliases']({ max }),
    badAlias: () => enRoster().diag['yaml-syntax']({ reason: 'BAD_ALIAS' }),
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
});

export const en = lazy(table);
