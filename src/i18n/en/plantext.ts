import type { PlanTextMessages } from '../da/plantext.js';
import { lazy } from '../lazy.js';

/** The plan's text in the document, its annex, the interpretations and the `text` commands, in English. */

const table = (): PlanTextMessages => ({
  headings: {
    indledning: 'Introduction',
    formaal: 'Purpose',
    deltagere: 'Members of the group',
    organisering: 'Organisation',
    kompetencer: 'Powers and options in an emergency',
    omverdenen: 'Dealing with the outside world',
    kommissorium: 'Terms of reference (kommissorium)',
    underskrift: 'Signatures',
  },
  levelColumns: { level: 'Level', situation: 'Situation' },
  participant: (title, organisation, name, phone) => `${title}, ${organisation}, ${name}, tel. ${phone}`,
  substitute: (title, organisation, name, phone) => `(Substitute ${title}, ${organisation}, ${name}, tel. ${phone})`,
  fallback: (name, phone) => `${name} is called on ${phone}.`,
  signatory: (title, organisation) => `${title}, ${organisation}: `,
  footer: (revision, changed, hash) => `Version ${revision} · changed ${changed} · content ${hash}`,
  annex: {
    title: 'Annex: how beredskab counts the deadlines',
    intro: 'This annex is not part of the plan’s text. It explains how the beredskab tool counts the deadlines the plan sets, and how a printed copy is recognised.',
    workingDays: (daysOff) =>
      `A working day is Monday to Friday that is not a public holiday${daysOff ? ` or ${daysOff}` : ''}. A deadline in hours counts from the activation; nights, weekends and holidays count.`,
    holidays: (year, list) => `Public holidays in ${year}: ${list}.`,
    interpretationsIntro: 'Where the plan does not itself say how a deadline is counted, the tool uses these choices:',
    version: (revision, changed, hash) =>
      `This document is generated from the plan’s roster file, version ${revision}, changed ${changed}. “Content ${hash}” in the footer is a fingerprint of the file: two printed copies with the same fingerprint have the same content.`,
  },
  interpretation: {
    heading: 'Interpretations:',
    says: {
      activationDayCounts: (v) => (v ? 'The day of activation counts as the first working day when the plan is activated on a working day before it ends' : 'The day of activation does not count as a working day'),
      workdayEnds: (v) => `A working day ends at ${v}`,
      christmasEveWorkingDay: (v) => (v ? '24 December counts as a working day' : '24 December does not count as a working day'),
      newYearsEveWorkingDay: (v) => (v ? '31 December counts as a working day' : '31 December does not count as a working day'),
      meetingDeadline: (v) => (v === 'start' ? 'The deadline is met when the meeting starts by it' : 'The deadline is met when the meeting has ended by it'),
    },
    silent: {
      activationDayCounts: 'the plan does not say whether the day of activation counts (default)',
      workdayEnds: 'the plan does not say when a working day ends; the time is the roster’s calendar.workdayEnds (default)',
      christmasEveWorkingDay: 'the plan does not mention Christmas Eve (default)',
      newYearsEveWorkingDay: 'the plan does not mention New Year’s Eve (default)',
      meetingDeadline: 'the plan says “meets within” without saying whether the meeting must start or end by the deadline (default)',
    },
    stated: 'agreed in the plan',
    line: (says, why) => `${says}; ${why}.`,
  },
});

export const en = lazy(table);
