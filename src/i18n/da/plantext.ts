import type { Effective, InterpretationKey } from '../../domain/interpretations.js';
import { lazy } from '../lazy.js';

/** The plan's text in the document, its annex, the interpretations and the `text` commands, in Danish; en/ mirrors it. */

type Says = { [K in InterpretationKey]: (value: Effective[K]) => string };

const table = () => ({
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
});

export const da = lazy(table);

export type PlanTextMessages = ReturnType<typeof da>;
