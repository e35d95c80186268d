import type { Lang } from './index.js';

/** Sentences about the signatures and the approval of the plan: sign, approve, status, the signature page. */

const listOf = (lang: Lang) => (items: string[]) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
const listDa = listOf('da');
const listEn = listOf('en');
/** A count as the language writes it: 1.126 dage, 1,126 days. */
const da_n = (n: number) => new Intl.NumberFormat('da-DK').format(n);
const en_n = (n: number) => new Intl.NumberFormat('en-GB').format(n);
const daDays = (n: number) => `${da_n(n)} ${new Intl.PluralRules('da').select(n) === 'one' ? 'dag' : 'dage'}`;
const enDays = (n: number) => `${en_n(n)} ${new Intl.PluralRules('en').select(n) === 'one' ? 'day' : 'days'}`;

export const da = {
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
};

export const en: typeof da = {
  cli: {
    signDescription: 'record that a signatory signed the plan (which version, and when)',
    signId: 'the signatory’s id (the person’s id in signatories)',
    signDate: 'the date of the signature, YYYY-MM-DD (default: today)',
    signVersion: 'the version of the plan’s content that was signed (default: the current one)',
    approveDescription: 'record the plan’s approval, e.g. by Landsbyggefonden',
    approveBy: 'who approved the plan, e.g. "Landsbyggefonden"',
    approveDate: 'the date of the approval, YYYY-MM-DD (default: today)',
    approveReference: 'the approval’s reference, e.g. a journal number',
    approveVersion: 'the version of the plan’s content that was approved (default: the current one)',
    statusDescription: 'the plan’s status on one screen: signatures, approval, version in force and period',
    today: 'today’s date, YYYY-MM-DD (default: today), for how long the period runs',
    version: 'a version number, e.g. 3',
  },
  frontPage: 'The front page',
  badVersion: (option: string, value: string) => `${option}: "${value}" is not a version number (a whole number from 1)`,
  future: (option: string, date: string, today: string) => `${option}: ${date} is after today (${today}); the date cannot lie in the future`,
  page: {
    signed: (version: number, date: string) => `Signed ${date} (version ${version})`,
    signedOlder: (version: number, date: string, current: number) => `Signed ${date} (version ${version}, not the current version ${current})`,
    version: (version: number) => `The plan’s content: version ${version}.`,
  },
  footer: {
    unrecorded: 'No signatures are recorded.',
    signed: (version: number) => `The plan’s content, version ${version}: the signed version.`,
    approved: (by: string, date: string) => `Approved by ${by} on ${date}.`,
    notSigned: (version: number, count: number, total: number) => `The plan’s content, version ${version}: not the signed version; ${count} of ${total} have signed it.`,
  },
  status: {
    title: (title: string) => `Status of ${title}`,
    period: (start: string, end: string) => `Period: ${start} – ${end}`,
    expires: (days: number) => (days === 0 ? 'The period ends today.' : `The period ends in ${enDays(days)}.`),
    expired: (days: number) => `The period ended ${enDays(days)} ago: the plan must be renewed.`,
    notStarted: (days: number) => `The period begins in ${enDays(days)}.`,
    content: (version: number, revision: number, lastChanged: string) => `The plan’s content: version ${version} (roster revision ${revision}, last changed ${lastChanged})`,
    inForce: (version: number, date: string) => `Version in force: ${version}, signed by everyone (last on ${date})`,
    noneInForce: 'Version in force: none; no version is signed by everyone',
    unrecorded: 'No signatures are recorded: the roster does not say who signed the plan. Record them with beredskab sign.',
    noSignatories: 'The plan has no signatories.',
    newVersion: (version: number, count: number, total: number, missing: string[]) =>
      `Version ${version} must be signed: ${count} of ${total} have signed it. Still to sign: ${listEn(missing)}.`,
    stale: (version: number) => `The plan’s content changed after version ${version} was recorded; beredskab lint says how to fix it.`,
    approved: (by: string, date: string, version: number, reference?: string) => `Approved: ${by} on ${date}${reference ? `, ${reference}` : ''} (version ${version})`,
    approvalOutdated: (version: number) => `The approval is not of version ${version}; it must be approved.`,
    notApproved: 'Approved: no approval is recorded (beredskab approve)',
    signatures: 'Signatures:',
    signedAt: (version: number, date: string) => `version ${version}, ${date}`,
    signedOlder: (version: number, date: string, current: number) => `version ${version}, ${date}; version ${current} still to sign`,
    notSigned: 'not signed',
  },
};

export type SigningMessages = typeof da;

export function signingMessages(lang: Lang): SigningMessages {
  return lang === 'en' ? en : da;
}
