import { list, number, plural } from '../intl.js';
import type { Lang } from '../index.js';
import { lazy } from '../lazy.js';

/** Sentences about the signatures and the approval of the plan: sign, approve, status, the signature page. */

const listOf = (lang: Lang) => (items: string[]) => list(lang, items);
const listDa = listOf('da');
/** A count as the language writes it: 1.126 dage, 1,126 days. */
const da_n = (n: number) => number('da-DK', n);
const daDays = (n: number) => `${da_n(n)} ${plural('da', n) === 'one' ? 'dag' : 'dage'}`;

const table = () => ({
  cli: {
    signDescription: 'notér at en underskriver har underskrevet planen (hvilken version og hvornår)',
    signId: 'underskriverens id (personens id i signatories)',
    signDate: 'datoen for underskriften, ÅÅÅÅ-MM-DD (standard: i dag)',
    signVersion: 'den version af planens indhold, der blev underskrevet (standard: den nuværende)',
    approveDescription: 'notér planens godkendelse, fx af Landsbyggefonden',
    approveBy: 'hvem der har godkendt planen, fx "Landsbyggefonden"',
    approveDate: 'datoen for godkendelsen, ÅÅÅÅ-MM-DD (standard: i dag)',
    approveReference: 'godkendelsens reference, fx journalnummer',
    approveVersion: 'den version af planens indhold, der blev godkendt (standard: den nuværende)',
    statusDescription: 'planens status på én skærm: underskrifter, godkendelse, gældende version og periode',
    today: 'dagens dato, ÅÅÅÅ-MM-DD (standard: i dag), for hvor længe perioden varer',
    version: 'et versionsnummer, fx 3',
  },
  frontPage: 'Forsiden',
  badVersion: (option: string, value: string) => `${option}: "${value}" er ikke et versionsnummer (et helt tal fra 1)`,
  future: (option: string, date: string, today: string) => `${option}: ${date} ligger efter i dag (${today}); en dato kan ikke ligge i fremtiden`,
  /** The signature page. */
  page: {
    signed: (version: number, date: string) => `Underskrevet ${date} (version ${version})`,
    signedOlder: (version: number, date: string, current: number) => `Underskrevet ${date} (version ${version}, ikke den nuværende version ${current})`,
    version: (version: number) => `Planens indhold: version ${version}.`,
  },
  /** The line in the plan's footer. */
  footer: {
    unrecorded: 'Ingen underskrifter er registreret.',
    signed: (version: number) => `Planens indhold, version ${version}: den underskrevne version.`,
    approved: (by: string, date: string) => `Godkendt af ${by} ${date}.`,
    notSigned: (version: number, count: number, total: number) => `Planens indhold, version ${version}: ikke den underskrevne version; ${count} af ${total} har underskrevet den.`,
  },
  status: {
    title: (title: string) => `Status for ${title}`,
    period: (start: string, end: string) => `Periode: ${start} – ${end}`,
    expires: (days: number) => (days === 0 ? 'Perioden slutter i dag.' : `Perioden slutter om ${daDays(days)}.`),
    expired: (days: number) => `Perioden sluttede for ${daDays(days)} siden: planen skal fornyes.`,
    notStarted: (days: number) => `Perioden begynder om ${daDays(days)}.`,
    content: (version: number, revision: number, lastChanged: string) => `Planens indhold: version ${version} (planfilens revision ${revision}, sidst ændret ${lastChanged})`,
    inForce: (version: number, date: string) => `Gældende version: ${version}, underskrevet af alle (senest ${date})`,
    noneInForce: 'Gældende version: ingen; ingen version er underskrevet af alle',
    unrecorded: 'Ingen underskrifter er registreret: planfilen siger ikke, hvem der har underskrevet planen. Registrér dem med beredskab sign.',
    noSignatories: 'Planen har ingen underskrivere (signatories).',
    newVersion: (version: number, count: number, total: number, missing: string[]) =>
      `Version ${version} skal underskrives: ${count} af ${total} har underskrevet den. Mangler: ${listDa(missing)}.`,
    stale: (version: number) => `Planens indhold er ændret, efter version ${version} blev registreret; beredskab lint siger hvordan.`,
    approved: (by: string, date: string, version: number, reference?: string) => `Godkendt: ${by} ${date}${reference ? `, ${reference}` : ''} (version ${version})`,
    approvalOutdated: (version: number) => `Godkendelsen gælder ikke version ${version}; den skal godkendes.`,
    notApproved: 'Godkendt: ingen godkendelse er registreret (beredskab approve)',
    signatures: 'Underskrifter:',
    signedAt: (version: number, date: string) => `version ${version}, ${date}`,
    signedOlder: (version: number, date: string, current: number) => `version ${version}, ${date}; mangler version ${current}`,
    notSigned: 'ikke underskrevet',
  },
});

export const da = lazy(table);

export type SigningMessages = ReturnType<typeof da>;
