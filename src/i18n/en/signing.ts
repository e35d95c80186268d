import { list, number, plural } from '../intl.js';
import type { Lang } from '../index.js';
import type { SigningMessages } from '../da/signing.js';
import { lazy } from '../lazy.js';

/** Sentences about the signatures and the approval of the plan: sign, approve, status, the signature page. */

const listOf = (lang: Lang) => (items: string[]) => list(lang, items);
const listEn = listOf('en');
/** A count as the language writes it: 1.126 dage, 1,126 days. */
const en_n = (n: number) => number('en-GB', n);
const enDays = (n: number) => `${en_n(n)} ${plural('en', n) === 'one' ? 'day' : 'days'}`;

const table = (): SigningMessages => ({
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
});

export const en = lazy(table);
