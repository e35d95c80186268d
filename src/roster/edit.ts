import { formatPath, type Finding } from './finding.js';
import { loadRoster } from './load.js';
import { lintRoster } from './report-rules.js';
import { formatPhone, parsePhone } from './phone.js';
import { isBlank, referencesHold } from './rules.js';
import { TEXT_SECTIONS, type Roster, type TextSectionId } from './schema.js';
import { contentHash } from './signing.js';
import { applyOps, YamlEditError, type Op, type YamlPath } from './yamledit.js';
import { slugOf } from './slug.js';
import { planPart, substituteChainOps, type Created, type PartRequest } from './edit-parts.js';
import { planRefusal, refusalOf, type EditNote, type Refusal, type RefusalArgsAfter, type RefusalCode } from './edit-codes.js';

export { slugOf };
export type { EditNote, Refusal };

/** One change a coordinator asks for, in the words of the commands. */
export type EditRequest =
  | { kind: 'person-set'; id: string; name?: string; title?: string; organisation?: string; phone?: string; email?: string }
  | { kind: 'person-add'; id?: string; name: string; title: string; organisation: string; phone: string; email?: string }
  | { kind: 'member-replace'; id: string; name: string; phone: string; title?: string; email?: string; newId?: string; rewriteText?: boolean }
  | { kind: 'member-add'; person: string; substitute?: string }
  | { kind: 'member-remove'; person: string }
  | { kind: 'substitute-set'; member: string; person: string; inChain?: boolean }
  /** `dates`: each person's own date (the day they answered a drill); a later confirmation already there is kept. */
  | { kind: 'confirm'; ids: string[]; date?: string; dates?: Record<string, string> }
  | { kind: 'organisation-add'; id?: string; name: string }
  | { kind: 'organisation-set'; id: string; name: string }
  | { kind: 'plan-set'; title?: string; municipality?: string; areas?: string[]; start?: string; end?: string; commission?: string }
  /** The plan's own words for one section, in one language. */
  | { kind: 'text-set'; section: string; lang: 'da' | 'en'; body: string }
  | { kind: 'sign'; id: string; date?: string; version?: number }
  | { kind: 'approve'; by: string; date?: string; reference?: string; version?: number }
  | PartRequest;

export type EditOutcome =
  | { status: 'refused'; refusal: Refusal }
  | { status: 'invalid-before'; findings: Finding[] }
  | { status: 'invalid-after'; text: string; findings: Finding[] }
  | {
      status: 'ok';
      text: string;
      before: Roster;
      after: Roster;
      findings: Finding[];
      /** Warnings the change brings that the plan did not have before (a chain left without its duty number). */
      newWarnings: Finding[];
      notes: EditNote[];
      created?: Created;
    };

export interface EditOptions {
  file: string;
  /**
   * What a finding says, to tell a warning the change brings from one the roster had: by default its code and
   * arguments; where findings are shown, the sentence shown (two findings that read the same are one to the reader).
   */
  says?: (finding: Finding) => string;
  /** Today in the plan's zone (ISO date), or a function of the zone giving it: the new lastChanged. */
  today: string | ((timezone: string) => string);
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Blank marks are not errors of the edit: a roster fresh from `init` is filled in one edit at a time. */
const blocking = (findings: Finding[]) => findings.filter((d) => d.severity === 'error' && d.code !== 'blank-unfilled');
const errors = (findings: Finding[]) => findings.filter((d) => d.severity === 'error');
/** One finding's code and arguments. */
const codeAndArgs = (d: Finding) => `${d.code}\u0000${JSON.stringify(d.args)}`;

/** Text → changed text and what `lint --previous` says about it. Never writes. */
export function applyEdit(text: string, given: EditRequest, options: EditOptions): EditOutcome {
  // Text typed in decomposed Unicode (A + combining ring) is the same text as "Å": the roster holds the composed form.
  const request = composedRequest(given);
  const bytes = new TextEncoder().encode(text);
  const loaded = lintRoster(bytes, { file: options.file, today: options.today });
  const errorsBefore = blocking(loaded.findings);
  if (!loaded.roster) return { status: 'invalid-before', findings: errors(loaded.findings) };
  const before = loaded.roster;
  const today = typeof options.today === 'function' ? options.today(before.plan.timezone) : options.today;
  // The version the document is at now: one more than recorded when it was changed without raising the version.
  const recorded = before.content?.version ?? 1;
  // A roster with an id that names nobody has no document to hash (the edit then stops at its errors or repairs them).
  const baseHash = before.content?.hash;
  const changedByHand = before.content !== undefined && referencesHold(before) && baseHash !== contentHash(before);
  const planned = planEdit(before, normalRequest(request), today, changedByHand ? recorded + 1 : recorded);
  if ('refusal' in planned) {
    // On a roster with errors, the errors come first: they are what to fix.
    if (errorsBefore.length > 0) return { status: 'invalid-before', findings: errors(loaded.findings) };
    return { status: 'refused', refusal: planned.refusal };
  }
  const stamp: Op[] = [
    { op: 'set', path: ['revision'], value: before.revision + 1 },
    { op: 'set', path: ['lastChanged'], value: today },
  ];
  const notes = [...planned.notes];
  // A lastChanged after today is repaired by the edit's stamp, and the edit says so.
  if (before.lastChanged > today) notes.push({ code: 'last-changed-repaired', args: { date: before.lastChanged, today } });
  // The text is changed where the edit is and nowhere else: a byte-order mark and the line ends stay as they are.
  const edit = (ops: Op[]): string | Refusal => {
    try {
      return applyOps(text, ops);
    } catch (error) {
      if (!(error instanceof YamlEditError)) throw error;
      return planRefusal('cannot-edit', { path: formatPath(error.path), problem: error.problem });
    }
  };
  let changed = edit([...planned.ops, ...stamp]);
  if (typeof changed !== 'string') return { status: 'refused', refusal: changed };
  // A new version of the content when what the document shows changed. Versions are counted from the first signature
  // or approval, which pins version 1: before that nobody has signed anything a change could invalidate.
  const tentative = loadRoster(new TextEncoder().encode(changed), { file: options.file });
  if (tentative.roster && referencesHold(tentative.roster)) {
    const hash = contentHash(tentative.roster);
    const pins = request.kind === 'sign' || request.kind === 'approve';
    const version = before.content ? (hash !== baseHash ? recorded + 1 : undefined) : pins ? recorded : undefined;
    if (version !== undefined) {
      const content: Op[] = before.content
        ? [
            { op: 'set', path: ['content', 'version'], value: version },
            { op: 'set', path: ['content', 'hash'], value: hash },
          ]
        : [{ op: 'add', path: ['content'], value: { version, hash } }];
      changed = edit([...planned.ops, ...stamp, ...content]);
      if (typeof changed !== 'string') return { status: 'refused', refusal: changed };
    }
  }
  const result = lintRoster(new TextEncoder().encode(changed), { file: options.file, today, previous: before });
  const said = options.says ?? codeAndArgs;
  const errorsAfter = blocking(result.findings);
  if (errorsBefore.length > 0) {
    // A roster with errors takes an edit that repairs one of them and brings none of its own; any other waits for the fix.
    const key = (d: Finding) => `${d.code}\u0000${d.path}\u0000${said(d)}`;
    const had = new Set(errorsBefore.map(key));
    const repairs = result.roster && errorsAfter.length < errorsBefore.length && errorsAfter.every((d) => had.has(key(d)));
    if (!repairs) return { status: 'invalid-before', findings: errors(loaded.findings) };
  } else if (!result.roster || errorsAfter.length > 0) {
    return { status: 'invalid-after', text: changed, findings: errors(result.findings) };
  }
  // That no signatures are recorded at all is said by lint about the roster, not by every change to it.
  const findings = result.findings.filter((d) => d.code !== 'signatures-unrecorded');
  const had = new Set(loaded.findings.filter((d) => d.severity === 'warning').map((d) => `${d.code}\u0000${said(d)}`));
  const newWarnings = findings.filter((d) => d.severity === 'warning' && !had.has(`${d.code}\u0000${said(d)}`));
  return { status: 'ok', text: changed, before, after: result.roster!, findings, newWarnings, notes, ...(planned.created ? { created: planned.created } : {}) };
}

/** Every text of a request in NFC. */
function composedRequest(request: EditRequest): EditRequest {
  const nfc = (value: unknown): unknown =>
    typeof value === 'string'
      ? value.normalize('NFC')
      : Array.isArray(value)
        ? value.map(nfc)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfc(v)]))
          : value;
  return nfc(request) as EditRequest;
}

type Planned = { ops: Op[]; notes: EditNote[]; created?: Created } | { refusal: Refusal };

/** The words of a command line as the plan keeps them: without spaces around them (" Ole " is Ole). */
export function normalRequest(request: EditRequest): EditRequest {
  const normal = (v: unknown): unknown => (typeof v === 'string' ? v.trim() : Array.isArray(v) ? v.map(normal) : v);
  return Object.fromEntries(Object.entries(request).map(([k, v]) => [k, k === 'kind' ? v : normal(v)])) as EditRequest;
}

const refuse = <C extends RefusalCode>(code: C, ...args: RefusalArgsAfter<C>): Planned => ({ refusal: refusalOf(code, ...args) });

/** The operations on the text that make a change, or why it cannot be made. */
function planEdit(roster: Roster, request: EditRequest, today: string, version: number): Planned {
  const personIndex = (id: string) => roster.people.findIndex((p) => p.id === id);
  const orgIndex = (id: string) => roster.organisations.findIndex((o) => o.id === id);
  const taken = (id: string) =>
    roster.people.some((p) => p.id === id) || roster.organisations.some((o) => o.id === id) || roster.hotlines.some((h) => h.id === id);
  const known = (list: { id: string }[]) => list.map((x) => x.id).join(', ');
  const phoneOf = (raw: string): string | Refusal => {
    const parsed = parsePhone(raw);
    // A person is reached on their own number; 112 and 114 reach a service and belong to the hotlines.
    if (parsed?.kind === 'service') return refusalOf('phone-service', { phone: parsed.digits });
    return parsed ? formatPhone(parsed) : refusalOf('phone-invalid', { phone: raw });
  };
  const newId = (given: string | undefined, name: string): string | Refusal => {
    const id = given ?? slugOf(name);
    // A name of signs alone ("!!!", "李") gives no id: that is said of the name, not of an id nobody typed.
    if (given === undefined && id === '') return refusalOf('id-from-name', { name });
    if (!ID.test(id)) return refusalOf('id-invalid', { id, option: true });
    if (taken(id)) return refusalOf('id-taken', { id });
    return id;
  };
  const isRefusal = (x: unknown): x is Refusal => typeof x === 'object' && x !== null && 'code' in x;

  // An empty name, title or phone is never meant: say so before the schema would.
  for (const [key, value] of Object.entries(request)) {
    const values = Array.isArray(value) ? value : [value];
    if (key !== 'kind' && values.some((v) => typeof v === 'string' && v.trim() === '')) return refuse('empty-value', { option: key === 'newId' ? '--id' : key === 'areas' ? '--area' : key === 'body' ? '--file' : `--${key}` });
  }
  switch (request.kind) {
    case 'person-set': {
      const i = personIndex(request.id);
      if (i < 0) return refuse('unknown-person', { id: request.id, known: known(roster.people) });
      const ops: Op[] = [];
      const set = (key: string, value: string | undefined) => {
        if (value !== undefined) ops.push({ op: 'set', path: ['people', i, key], value });
      };
      if (request.organisation !== undefined && orgIndex(request.organisation) < 0) {
        return refuse('unknown-organisation', { id: request.organisation, known: known(roster.organisations) });
      }
      if (request.email !== undefined && !EMAIL.test(request.email)) return refuse('email-invalid', { email: request.email });
      let phone: string | undefined;
      if (request.phone !== undefined) {
        const p = phoneOf(request.phone);
        if (isRefusal(p)) return { refusal: p };
        phone = p;
      }
      set('name', request.name);
      set('title', request.title);
      set('organisation', request.organisation);
      set('phone', phone);
      set('email', request.email);
      if (ops.length === 0) return refuse('nothing-to-change');
      return { ops, notes: [] };
    }
    case 'person-add': {
      if (orgIndex(request.organisation) < 0) return refuse('unknown-organisation', { id: request.organisation, known: known(roster.organisations) });
      const id = newId(request.id, request.name);
      if (isRefusal(id)) return { refusal: id };
      const phone = phoneOf(request.phone);
      if (isRefusal(phone)) return { refusal: phone };
      if (request.email !== undefined && !EMAIL.test(request.email)) return refuse('email-invalid', { email: request.email });
      const person = { id, name: request.name, title: request.title, organisation: request.organisation, phone, ...(request.email ? { email: request.email } : {}) };
      return { ops: [{ op: 'append', path: ['people'], value: person }], notes: [], created: { what: 'person', id } };
    }
    case 'member-replace': {
      const i = personIndex(request.id);
      if (i < 0) return refuse('unknown-person', { id: request.id, known: known(roster.people) });
      const leaver = roster.people[i]!;
      const id = newId(request.newId, request.name);
      if (isRefusal(id)) return { refusal: id };
      const phone = phoneOf(request.phone);
      if (isRefusal(phone)) return { refusal: phone };
      if (request.email !== undefined && !EMAIL.test(request.email)) return refuse('email-invalid', { email: request.email });
      const title = request.title ?? leaver.title;
      const successor = { id, name: request.name, title, organisation: leaver.organisation, phone, ...(request.email ? { email: request.email } : {}) };
      const ops: Op[] = referencesOf(roster, leaver.id).map((path) => ({ op: 'set', path, value: id }));
      const kept = roster.signatories.some((s) => s.person === leaver.id);
      // The signatures are history: whoever signed stays in people, and the successor is listed beside them.
      ops.unshift({ op: 'put', path: ['people', i], value: successor, after: kept });
      const notes: EditNote[] = kept ? [{ code: 'still-referenced', args: { name: leaver.name, id: leaver.id, where: 'signatories' } }] : [];
      // The leaver's name in the plan's text: rewritten when asked, else pointed out.
      const named = textNaming(roster, leaver.name);
      if (named.length && request.rewriteText) {
        for (const n of named) ops.push({ op: 'set', path: ['text', n.index, 'body', n.lang], value: n.body.replace(namePattern(leaver.name), () => request.name) });
        notes.push({ code: 'text-rewritten', args: { name: leaver.name, successor: request.name, where: named.map((n) => `${n.section} (${n.lang}, ${n.count})`).join(', ') } });
      } else if (named.length) {
        notes.push({ code: 'text-still-names', args: { name: leaver.name, where: named.map((n) => `${n.section} (${n.lang}, ${n.count})`).join(', ') } });
      }
      return { ops, notes, created: { what: 'person', id } };
    }
    case 'member-add': {
      if (personIndex(request.person) < 0) return refuse('unknown-person', { id: request.person, known: known(roster.people) });
      if (roster.group.members.some((m) => m.person === request.person)) return refuse('already-member', { id: request.person });
      if (request.substitute !== undefined && personIndex(request.substitute) < 0) {
        return refuse('unknown-person', { id: request.substitute, known: known(roster.people) });
      }
      const member = { person: request.person, ...(request.substitute ? { substitute: request.substitute } : {}) };
      return { ops: [{ op: 'append', path: ['group', 'members'], value: member }], notes: [] };
    }
    case 'member-remove': {
      const m = roster.group.members.findIndex((x) => x.person === request.person);
      if (m < 0) {
        return personIndex(request.person) < 0
          ? refuse('unknown-person', { id: request.person, known: known(roster.people) })
          : refuse('not-a-member', { id: request.person });
      }
      const person = roster.people[personIndex(request.person)];
      if (!person) return refuse('unknown-person', { id: request.person, known: known(roster.people) });
      const org = roster.organisations.find((o) => o.id === person.organisation);
      const peers = roster.group.members.filter((x) => x.person !== request.person && roster.people.find((p) => p.id === x.person)?.organisation === person.organisation);
      if (peers.length === 0) return { refusal: planRefusal('no-successor', { name: person.name, organisation: org?.name ?? person.organisation }) };
      if (roster.group.coordinator === request.person) return { refusal: planRefusal('not-in-place', { name: person.name, where: 'group.coordinator' }) };
      return { ops: [{ op: 'delete', path: ['group', 'members', m] }], notes: [] };
    }
    case 'substitute-set': {
      const m = roster.group.members.findIndex((x) => x.person === request.member);
      if (m < 0) {
        return personIndex(request.member) < 0
          ? refuse('unknown-person', { id: request.member, known: known(roster.people) })
          : refuse('not-a-member', { id: request.member });
      }
      if (personIndex(request.person) < 0) return refuse('unknown-person', { id: request.person, known: known(roster.people) });
      const ops: Op[] = [{ op: 'set', path: ['group', 'members', m, 'substitute'], value: request.person }];
      // A member who is called in a chain: the substitute is the one to call when he does not answer.
      const inChain = substituteChainOps(roster, request.member, request.person, roster.group.members[m]!.substitute);
      const args = { chains: inChain.chains.join(', '), member: request.member, person: request.person };
      if (inChain.chains.length === 0) return { ops, notes: [] };
      if (!request.inChain) return { ops, notes: [{ code: 'offer-in-chain', args }] };
      return { ops: [...ops, ...inChain.ops], notes: [{ code: 'put-in-chain', args }] };
    }
    case 'confirm': {
      const ops: Op[] = [];
      for (const id of request.ids) {
        const i = personIndex(id);
        if (i < 0) return refuse('unknown-person', { id, known: known(roster.people) });
        const own = request.dates?.[id];
        // A drill answered in 2024 does not move back a confirmation of 2025.
        if (own !== undefined && (roster.people[i]!.confirmed ?? '') >= own) continue;
        ops.push({ op: 'set', path: ['people', i, 'confirmed'], value: own ?? request.date ?? today });
      }
      return { ops, notes: [] };
    }
    case 'organisation-add': {
      const id = newId(request.id, request.name);
      if (isRefusal(id)) return { refusal: id };
      return { ops: [{ op: 'append', path: ['organisations'], value: { id, name: request.name } }], notes: [], created: { what: 'organisation', id } };
    }
    case 'organisation-set': {
      const i = orgIndex(request.id);
      if (i < 0) return refuse('unknown-organisation', { id: request.id, known: known(roster.organisations) });
      return { ops: [{ op: 'set', path: ['organisations', i, 'name'], value: request.name }], notes: [] };
    }
    case 'sign': {
      const at = roster.signatories.flatMap((x, i) => (x.person === request.id ? [i] : []));
      if (at.length === 0) return refuse('unknown-signatory', { id: request.id, known: roster.signatories.map((x) => x.person).join(', ') });
      const signed = request.version ?? version;
      if (signed < 1 || signed > version) return refuse('version-unknown', { version: signed, current: version });
      const date = request.date ?? today;
      const ops: Op[] = [];
      for (const i of at) {
        const given = roster.signatories[i]!.signed;
        const same = given?.find((x) => x.version === signed);
        if (same) return refuse('already-signed', { name: roster.people[personIndex(request.id)]?.name ?? request.id, version: signed, date: same.date });
        const signature = { version: signed, date };
        ops.push(given ? { op: 'append', path: ['signatories', i, 'signed'], value: signature } : { op: 'add', path: ['signatories', i, 'signed'], value: [signature] });
      }
      return { ops, notes: [] };
    }
    case 'approve': {
      const approved = request.version ?? version;
      if (approved < 1 || approved > version) return refuse('version-unknown', { version: approved, current: version });
      const same = roster.approvals?.find((a) => a.version === approved && a.by === request.by);
      if (same) return refuse('already-approved', { by: request.by, version: approved, date: same.date });
      const approval = { by: request.by, date: request.date ?? today, version: approved, ...(request.reference !== undefined ? { reference: request.reference } : {}) };
      return { ops: [roster.approvals ? { op: 'append', path: ['approvals'], value: approval } : { op: 'add', path: ['approvals'], value: [approval] }], notes: [] };
    }
    case 'chain-add':
    case 'chain-set':
    case 'chain-insert':
    case 'chain-remove':
    case 'chain-delete':
    case 'hotline-add':
    case 'hotline-set':
    case 'hotline-remove':
    case 'signatory-add':
    case 'signatory-remove':
    case 'signatory-move':
    case 'press-add':
    case 'press-remove':
    case 'press-set':
    case 'inform-add':
    case 'inform-set':
    case 'inform-remove':
    case 'adhoc-add':
    case 'adhoc-remove':
    case 'calendar-set':
    case 'level-set':
    case 'person-remove':
    case 'organisation-remove':
      return planPart(roster, request);
    case 'plan-set': {
      const ops: Op[] = [];
      if (request.title !== undefined) ops.push({ op: 'set', path: ['plan', 'title'], value: request.title });
      if (request.municipality !== undefined) ops.push({ op: 'set', path: ['plan', 'municipality'], value: request.municipality });
      if (request.start !== undefined) ops.push({ op: 'set', path: ['plan', 'period', 'start'], value: request.start });
      if (request.end !== undefined) ops.push({ op: 'set', path: ['plan', 'period', 'end'], value: request.end });
      if (request.commission !== undefined) {
        // The kommissorium is the plan's text where the roster keeps it, and plan.commission everywhere.
        const c = roster.plan.commission;
        ops.push({ op: 'set', path: typeof c === 'string' ? ['plan', 'commission'] : ['plan', 'commission', 'da'], value: request.commission });
        if (roster.text) ops.push(...textOps(roster, 'kommissorium', 'da', request.commission));
      }
      if (request.areas?.length) {
        // The list is replaced: the new areas first, then the old entries removed from the end.
        for (const area of request.areas) ops.push({ op: 'append', path: ['plan', 'areas'], value: area });
        for (let k = roster.plan.areas.length - 1; k >= 0; k--) ops.push({ op: 'delete', path: ['plan', 'areas', k] });
      }
      if (ops.length === 0) return refuse('nothing-to-change');
      return { ops, notes: [] };
    }
    case 'text-set': {
      if (!(TEXT_SECTIONS as readonly string[]).includes(request.section)) return refuse('unknown-section', { section: request.section, known: TEXT_SECTIONS.join(', ') });
      const section = request.section as TextSectionId;
      const exists = roster.text?.some((s) => s.section === section);
      if (!exists && request.lang !== 'da') return refuse('text-needs-danish', { section });
      return { ops: textOps(roster, section, request.lang, request.body), notes: [] };
    }
  }
}

/** The sections of the plan's text that name a person, in each language, and how often. */
/**
 * A person's name as a whole name in the text: not part of a longer word ("Lasse Bondesen" is not "Lasse Bonde"),
 * but followed by the genitive s ("Lasse Bondes"), which is kept when the name is rewritten.
 */
export function namePattern(name: string): RegExp {
  const literal = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${literal}(?=s?(?![\\p{L}\\p{N}]))`, 'gu');
}

function textNaming(roster: Roster, name: string) {
  const out: Array<{ index: number; section: string; lang: 'da' | 'en'; body: string; count: number }> = [];
  (roster.text ?? []).forEach((s, index) => {
    for (const lang of ['da', 'en'] as const) {
      const body = s.body[lang];
      const count = body ? (body.match(namePattern(name)) ?? []).length : 0;
      if (count) out.push({ index, section: s.section, lang, body: body!, count });
    }
  });
  return out;
}

/**
 * Sets a section's body in one language: the body of the section where it exists, else a new section in the
 * template's place (after the sections before it), else the whole `text` list.
 */
function textOps(roster: Roster, section: TextSectionId, lang: 'da' | 'en', body: string): Op[] {
  const list = roster.text;
  const i = list?.findIndex((s) => s.section === section) ?? -1;
  if (list && i >= 0) return [{ op: 'set', path: ['text', i, 'body', lang], value: body }];
  const entry = { section, body: { da: body } };
  if (!list || list.length === 0) return [{ op: 'set', path: ['text'], value: [entry] }];
  const rank = TEXT_SECTIONS.indexOf(section);
  const before = list.map((s, k) => (TEXT_SECTIONS.indexOf(s.section) < rank ? k : -1)).filter((k) => k >= 0);
  if (before.length) return [{ op: 'put', path: ['text', before[before.length - 1]!], value: entry, after: true }];
  // First in the list: the new section takes the first place and the old first section follows it.
  return [
    { op: 'put', path: ['text', 0], value: entry },
    { op: 'put', path: ['text', 0], value: list[0], after: true },
  ];
}

/**
 * Every place a person's id stands for their part in the plan: the group, the coordinator, the call chains, who informs
 * whom, the press contacts and those called in ad hoc. The signatures are history and are left alone.
 */
function referencesOf(roster: Roster, id: string): YamlPath[] {
  const paths: YamlPath[] = [];
  roster.group.members.forEach((m, i) => {
    if (m.person === id) paths.push(['group', 'members', i, 'person']);
    if (m.substitute === id) paths.push(['group', 'members', i, 'substitute']);
  });
  if (roster.group.coordinator === id) paths.push(['group', 'coordinator']);
  roster.activation.chains.forEach((c, ci) => c.contacts.forEach((x, k) => x === id && paths.push(['activation', 'chains', ci, 'contacts', k])));
  roster.communication.forEach((d, di) => d.by.forEach((x, k) => x === id && paths.push(['communication', di, 'by', k])));
  roster.press.contacts.forEach((x, k) => x === id && paths.push(['press', 'contacts', k]));
  roster.adHoc.forEach((entry, k) => typeof entry === 'object' && 'ref' in entry && entry.ref === id && paths.push(['adHoc', k, 'ref']));
  return paths;
}

export { isBlank };
