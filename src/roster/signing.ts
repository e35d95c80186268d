import { createHash } from 'node:crypto';
import { outline, planDocument, type PlanDocument } from '../document/plan.js';
import { detect, type ArgsOf, type ContentPart, type Detection, type FindingCode, type YamlPath } from './finding.js';
import type { Lang } from './lang.js';
import { referencesHold } from './rules.js';
import type { Approval, Roster } from './schema.js';

/*
 * The version of the plan's content: what the signatories sign. It is the plan document as `beredskab plan` shows it
 * (its text and its data, in Danish, the language it is signed in), not the roster file: a confirmed phone number,
 * the revision stamp, the signatures themselves and the approvals change the file but not the document. The roster
 * keeps `content: { version, hash }`; the edit commands raise the version when the document's hash changes, and lint
 * says when the hash no longer matches (an edit by hand, or a beredskab that words the document differently).
 */

/** The roster without what the document may show but that is no part of the content to sign. */
function unsigned(roster: Roster): Roster {
  return {
    ...roster,
    revision: 1,
    lastChanged: '2000-01-01',
    content: undefined,
    approvals: undefined,
    signatories: roster.signatories.map(({ signed: _signed, ...rest }) => rest),
    people: roster.people.map(({ confirmed: _confirmed, ...rest }) => rest),
  };
}

/** The document's body: everything but the footer and any annex (the tool's own explanations). */
function body(doc: PlanDocument): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) if (key !== 'footer' && !/annex|appendix|bilag/i.test(key)) out[key] = value;
  // The annex is a last section of the document's own: the tool's explanations, not the plan.
  out.sections = doc.sections.filter((s) => s.id !== 'annex');
  return out;
}

function documentOf(roster: Roster, lang: Lang): PlanDocument {
  return planDocument(unsigned(roster), { lang, hash: '' });
}

/** The content hash of the plan document a roster gives: 12 hex digits of a SHA-256, like the footers' hash. */
export function contentHash(roster: Roster): string {
  return createHash('sha256').update(JSON.stringify(body(documentOf(roster, 'da')))).digest('hex').slice(0, 12);
}

/** The current version of the content: `content.version`, or 1 while none is recorded. */
export const contentVersion = (roster: Roster): number => roster.content?.version ?? 1;

/**
 * The document's parts that differ between two rosters (the front page for the title and what stands under it, a
 * section by its titles in both languages): which change made a new version.
 */
export function changedParts(before: Roster, after: Roster): ContentPart[] {
  const a = documentOf(before, 'da');
  const b = documentOf(after, 'da');
  const out: ContentPart[] = [];
  if (a.title !== b.title || JSON.stringify(a.front) !== JSON.stringify(b.front)) out.push('front');
  const own = (doc: PlanDocument) => new Map(outline(doc).filter(({ section }) => section.id !== 'annex').map(({ section }) => [section.id, JSON.stringify({ title: section.title, blocks: section.blocks })]));
  const was = own(a);
  const now = own(b);
  const changed = [...now.keys()].filter((id) => was.get(id) !== now.get(id));
  const gone = outline(a).filter(({ section }) => section.id !== 'annex' && !now.has(section.id)).map(({ section }) => section.id);
  // The English titles only where a part is named: building the document costs more than the check that needs none.
  const titlesOf = (doc: PlanDocument, english: () => PlanDocument) => {
    const da = new Map(outline(doc).map(({ section }) => [section.id, section.title]));
    const en = new Map(outline(english()).map(({ section }) => [section.id, section.title]));
    return (id: string) => ({ da: da.get(id) ?? id, en: en.get(id) ?? id });
  };
  if (changed.length) {
    const title = titlesOf(b, () => documentOf(after, 'en'));
    for (const id of changed) out.push(title(id));
  }
  if (gone.length) {
    const title = titlesOf(a, () => documentOf(before, 'en'));
    for (const id of gone) out.push(title(id));
  }
  return out;
}

export interface SignatoryState {
  person: string;
  name: string;
  title: string;
  organisation: string;
  /** The signature of the highest version this signatory signed. */
  latest?: { version: number; date: string };
  /** The signature of the current version, if given. */
  current?: { version: number; date: string };
}

export interface SigningState {
  version: number;
  /** The document's content hash; computed only where a version is recorded to compare it with. */
  hash?: string;
  /** The recorded hash is the document's (true while none is recorded). */
  hashMatches: boolean;
  /** Any signature or approval is recorded. */
  anyRecord: boolean;
  signatories: SignatoryState[];
  /** The highest version every signatory signed, and the last of those signatures. */
  complete?: { version: number; lastDate: string };
  /** The approval of the highest version (the latest of them). */
  approval?: Approval;
}

export function signingState(roster: Roster): SigningState {
  // An id that names nobody leaves no document to hash: lint says the id, and the hash is compared once it is fixed.
  const hash = roster.content && referencesHold(roster) ? contentHash(roster) : undefined;
  const version = contentVersion(roster);
  const names = new Map(roster.people.map((p) => [p.id, p.name]));
  const signatories = roster.signatories.map((s): SignatoryState => {
    const signed = s.signed ?? [];
    const latest = signed.reduce<{ version: number; date: string } | undefined>((best, x) => (!best || x.version > best.version || (x.version === best.version && x.date > best.date) ? x : best), undefined);
    const current = signed.filter((x) => x.version === version).sort((x, y) => (x.date < y.date ? 1 : -1))[0];
    return { person: s.person, name: names.get(s.person) ?? s.person, title: s.title, organisation: s.organisation, latest, current };
  });
  const versions = new Set(roster.signatories.flatMap((s) => (s.signed ?? []).map((x) => x.version)));
  let complete: SigningState['complete'];
  if (roster.signatories.length > 0) {
    for (const v of [...versions].filter((v) => v <= version).sort((x, y) => y - x)) {
      const dates = roster.signatories.map((s) => (s.signed ?? []).filter((x) => x.version === v).map((x) => x.date).sort()[0]);
      if (dates.every((d) => d !== undefined)) {
        complete = { version: v, lastDate: (dates as string[]).sort().at(-1)! };
        break;
      }
    }
  }
  const approvals = roster.approvals ?? [];
  const approval = approvals.filter((a) => a.version <= version).reduce<Approval | undefined>((best, a) => (!best || a.version > best.version || (a.version === best.version && a.date > best.date) ? a : best), undefined);
  return {
    version,
    hash,
    hashMatches: roster.content === undefined || hash === undefined || roster.content.hash === hash,
    anyRecord: versions.size > 0 || approvals.length > 0,
    signatories,
    complete,
    approval,
  };
}

const names = (list: SignatoryState[]) => list.map((s) => s.name);

/** What lint says about the signatures and the approval of one version of a roster. */
export function checkSigning(roster: Roster): Detection[] {
  const out: Detection[] = [];
  const state = signingState(roster);
  const warn = <C extends FindingCode>(code: C, path: YamlPath, ...args: ArgsOf<C>) => out.push(detect('warning', code, path, ...args));
  if (roster.content && !state.hashMatches) {
    warn('content-hash-stale', ['content', 'hash'], { version: state.version, next: state.version + 1, hash: state.hash! });
  }
  roster.signatories.forEach((s, i) =>
    (s.signed ?? []).forEach((x, j) => {
      if (x.version > state.version) warn('signature-unknown-version', ['signatories', i, 'signed', j, 'version'], { name: state.signatories[i]!.name, version: x.version, current: state.version });
    }),
  );
  (roster.approvals ?? []).forEach((a, k) => {
    if (a.version > state.version) warn('approval-unknown-version', ['approvals', k, 'version'], { by: a.by, version: a.version, current: state.version });
  });
  if (roster.signatories.length === 0) return out;
  if (!state.anyRecord) {
    out.push(detect('notice', 'signatures-unrecorded', ['signatories']));
    return out;
  }
  const signedNow = state.signatories.filter((s) => s.current);
  const missing = state.signatories.filter((s) => !s.current);
  const args = { current: state.version, count: signedNow.length, total: state.signatories.length, signed: names(signedNow), missing: names(missing) };
  if (missing.length > 0) {
    if (state.complete) warn('signatures-outdated', ['signatories'], { ...args, complete: state.complete.version });
    else warn('signatures-incomplete', ['signatories'], args);
  }
  const signedVersion = state.complete?.version;
  const anySigned = state.signatories.some((s) => s.latest);
  if (anySigned && !state.approval) warn('approval-missing', roster.approvals ? ['approvals'] : ['signatories'], { version: signedVersion ?? state.version });
  else if (state.approval && signedVersion !== undefined && state.approval.version < signedVersion) {
    const k = roster.approvals!.indexOf(state.approval);
    warn('approval-outdated', ['approvals', k], { by: state.approval.by, date: state.approval.date, version: state.approval.version, signed: signedVersion });
  }
  return out;
}

/**
 * What a change says about the content: that it made a new version to sign (naming the parts of the document that
 * changed), or that it changed the content without raising the version. Only where the earlier roster kept a version.
 */
export function checkContentChange(before: Roster, after: Roster): Detection[] {
  // Before the first signature or approval there is no version a change could leave behind.
  if (!before.content) return [];
  // A version only counts up: set back (or dropped), the signatures of an older version would pass for the current.
  if (!after.content || after.content.version < before.content.version) {
    return [detect('error', 'content-version-lowered', after.content ? ['content', 'version'] : [], after.content ? { from: before.content.version, to: after.content.version } : { from: before.content.version })];
  }
  // Either side with an id that names nobody has no document: the change is judged once the id is fixed.
  if (!referencesHold(before) || !referencesHold(after)) return [];
  if (contentHash(before) === contentHash(after)) return [];
  const from = contentVersion(before);
  const to = contentVersion(after);
  const parts = changedParts(before, after);
  if (to <= from) return [detect('warning', 'content-version-not-raised', after.content ? ['content', 'version'] : [], { from, to, next: from + 1, parts })];
  const state = signingState(after);
  const missing = state.signatories.filter((s) => !s.current);
  return [detect('notice', 'content-new-version', ['content', 'version'], { from, to, parts, missing: names(missing), total: state.signatories.length })];
}
