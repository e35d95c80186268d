/** The plan's text in the document, its annex, the interpretations and the `text` commands, in Danish; `en` mirrors it. */

import type { Effective, InterpretationKey } from '../domain/interpretations.js';

type Says = { [K in InterpretationKey]: (value: Effective[K]) => string };

export const da = {
  headings: {
    indledning: 'Indledning',
    formaal: 'Formål',
    deltagere: 'Deltagere i beredskabet',
    organisering: 'Organisering',
    kompetencer: 'Kompetencer/handlemuligheder i beredskabssituationer',
    omverdenen: 'Håndtering af omverdenen',
    kommissorium: 'Kommissorium',
    underskrift: 'Underskrift',
  },
  levelColumns: { level: 'Beredskabsniveau', situation: 'Situation' },
  participant: (title: string, organisation: string, name: string, phone: string) => `${title}, ${organisation}, ${name}, tlf. ${phone}`,
  substitute: (title: string, organisation: string, name: string, phone: string) => `(Suppleant ${title}, ${organisation}, ${name}, tlf. ${phone})`,
  fallback: (name: string, phone: string) => `${name} kontaktes på telefonnummer ${phone}.`,
  signatory: (title: string, organisation: string) => `${title}, ${organisation}: `,
  footer: (revision: number, changed: string, hash: string) => `Version ${revision} · ændret ${changed} · indhold ${hash}`,
  annex: {
    title: 'Bilag: sådan regner beredskab fristerne',
    intro: 'Bilaget er ikke en del af planens tekst. Det forklarer, hvordan værktøjet beredskab regner de frister, planen fastsætter, og hvordan en udskrift genkendes.',
    workingDays: (daysOff: string) =>
      `En arbejdsdag er mandag–fredag, der ikke er en helligdag${daysOff ? ` eller ${daysOff}` : ''}. En frist i timer regnes fra aktiveringen; nætter, weekender og helligdage tæller med.`,
    holidays: (year: number, list: string) => `Helligdage i ${year}: ${list}.`,
    interpretationsIntro: 'Hvor planen ikke selv siger, hvordan en frist regnes, bruger værktøjet disse valg:',
    version: (revision: number, changed: string, hash: string) =>
      `Dokumentet er dannet fra planfilen, version ${revision}, ændret ${changed}. »Indhold ${hash}« i sidefoden er et fingeraftryk af filen: to udskrifter med samme fingeraftryk har samme indhold.`,
  },
  interpretation: {
    heading: 'Fortolkninger:',
    says: {
      activationDayCounts: (v) => (v ? 'Aktiveringsdagen tæller med som første arbejdsdag, når der aktiveres på en arbejdsdag før arbejdsdagens slutning' : 'Aktiveringsdagen tæller ikke med som arbejdsdag'),
      workdayEnds: (v) => `En arbejdsdag slutter kl. ${v.replace(':', '.')}`,
      christmasEveWorkingDay: (v) => (v ? '24/12 regnes som arbejdsdag' : '24/12 regnes ikke som arbejdsdag'),
      newYearsEveWorkingDay: (v) => (v ? '31/12 regnes som arbejdsdag' : '31/12 regnes ikke som arbejdsdag'),
      meetingDeadline: (v) => (v === 'start' ? 'Fristen er overholdt, når mødet begynder senest ved fristen' : 'Fristen er overholdt, når mødet er slut senest ved fristen'),
    } satisfies Says as Says,
    silent: {
      activationDayCounts: 'planen siger ikke, om aktiveringsdagen tæller med (standard)',
      workdayEnds: 'planen siger ikke, hvornår en arbejdsdag slutter; tidspunktet står i planfilen som calendar.workdayEnds (standard)',
      christmasEveWorkingDay: 'planen nævner ikke juleaftensdag (standard)',
      newYearsEveWorkingDay: 'planen nævner ikke nytårsaftensdag (standard)',
      meetingDeadline: 'planen siger »samles inden for« uden at sige, om mødet skal begynde eller være slut inden fristen (standard)',
    } satisfies Record<InterpretationKey, string>,
    stated: 'aftalt i planen',
    line: (says: string, why: string) => `${says}; ${why}.`,
  },
};

export const en: typeof da = {
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
};

export type PlanTextMessages = typeof da;

export function planTextMessages(lang: 'da' | 'en'): PlanTextMessages {
  return lang === 'en' ? en : da;
}

/** "24/12 regnes som arbejdsdag; planen nævner ikke juleaftensdag." */
export function interpretationLine(i: { key: InterpretationKey; value: unknown; stated: boolean }, lang: 'da' | 'en'): string {
  const m = planTextMessages(lang).interpretation;
  const says = (m.says[i.key] as (v: unknown) => string)(i.value);
  return m.line(says, i.stated ? m.stated : m.silent[i.key]);
}
