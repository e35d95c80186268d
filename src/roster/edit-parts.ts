import { formatPhone, parsePhone } from './phone.js';
import { isBlank } from './rules.js';
import { slugOf } from './slug.js';
import { LEVEL_IDS, type LevelId, type Roster } from './schema.js';
import { rewriteLevelRule } from './text-rules.js';
import type { Op, YamlPath } from './yamledit.js';
import { refusalOf, type ConveneRule, type EditNote, type Refusal, type RefusalArgsAfter, type RefusalCode, type ReferenceWord } from './edit-codes.js';

/**
 * The edits of the plan's parts beyond people and members: call chains, hotlines, signatories, press, who informs
 * whom, the ad hoc list, the calendar, the levels' convening rules, and removing a person or an organisation.
 */
export type PartRequest =
  | { kind: 'chain-add'; id: string; title: string; purpose: string; contacts: string[] }
  | { kind: 'chain-set'; id: string; contacts?: string[]; title?: string; purpose?: string }
  | { kind: 'chain-insert'; id: string; contact: string; after?: string; before?: string }
  | { kind: 'chain-remove'; id: string; contact: string }
  | { kind: 'chain-delete'; id: string }
  | { kind: 'hotline-add'; id?: string; name: string; organisation: string; phone: string }
  | { kind: 'hotline-set'; id: string; name?: string; organisation?: string; phone?: string }
  | { kind: 'hotline-remove'; id: string }
  | { kind: 'signatory-add'; person: string; title?: string; organisation?: string }
  | { kind: 'signatory-remove'; person: string }
  | { kind: 'signatory-move'; person: string; position: string }
  | { kind: 'press-add'; person: string }
  | { kind: 'press-remove'; person: string }
  | { kind: 'press-set'; responsible: string[] }
  | { kind: 'inform-add'; id?: string; by: string[]; informs: string; when?: string; with?: string[] }
  | { kind: 'inform-set'; id: string; by?: string[]; informs?: string; when?: string; with?: string[] }
  | { kind: 'inform-remove'; id: string }
  | { kind: 'adhoc-add'; text?: string; ref?: string }
  | { kind: 'adhoc-remove'; entry: string }
  | { kind: 'calendar-set'; workdayEnds?: string; daysOff?: string[] }
  | { kind: 'level-set'; level: string; workingDays?: string; hours?: string }
  | { kind: 'person-remove'; id: string; replaceWith?: string }
  | { kind: 'organisation-remove'; id: string };

/** What a command made, so that it can say the id: `person add` → { what: 'person', id }. */
export interface Created {
  what: 'person' | 'organisation' | 'hotline' | 'chain' | 'duty';
  id: string;
}

export type PartPlanned = { ops: Op[]; notes: EditNote[]; created?: Created } | { refusal: Refusal };

export const CUSTOMARY_DAYS_OFF = ['christmas-eve', 'new-years-eve', 'constitution-day', 'may-day', 'friday-after-ascension'];
const ID = /^[a-z0-9][a-z0-9-]*$/;

const refuse = <C extends RefusalCode>(code: C, ...args: RefusalArgsAfter<C>): { refusal: Refusal } => ({ refusal: refusalOf(code, ...args) });
const isRefusal = (x: string | { refusal: Refusal }): x is { refusal: Refusal } => typeof x !== 'string';

/** The operations that turn one list into another, touching only the items that change. */
export function listOps(path: YamlPath, before: readonly unknown[], after: readonly unknown[]): Op[] {
  const eq = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  // One item taken out: delete it, and the rest of the list is left as written.
  if (after.length === before.length - 1) {
    const k = before.findIndex((x, i) => !eq(x, after[i]));
    if (k >= 0 && before.slice(k + 1).every((x, i) => eq(x, after[k + i]))) return [{ op: 'delete', path: [...path, k] }];
  }
  // One item put in: after its predecessor, or at the end.
  if (after.length === before.length + 1) {
    const k = after.findIndex((x, i) => i >= before.length || !eq(x, before[i]));
    if (after.slice(k + 1).every((x, i) => eq(x, before[k + i]))) {
      if (k === before.length) return [{ op: 'append', path, value: after[k] }];
      if (k > 0) return [{ op: 'put', path: [...path, k - 1], value: after[k], after: true }];
    }
  }
  const ops: Op[] = [];
  const common = Math.min(before.length, after.length);
  for (let i = 0; i < common; i++) if (!eq(before[i], after[i])) ops.push({ op: 'put', path: [...path, i], value: after[i] });
  for (let i = common; i < after.length; i++) ops.push({ op: 'append', path, value: after[i] });
  for (let i = before.length - 1; i >= after.length; i--) ops.push({ op: 'delete', path: [...path, i] });
  return ops;
}

/** A text field set to one Danish text: an existing { da, en } keeps its form, its English (now stale) is dropped. */
function textOps(path: YamlPath, current: unknown, value: string): Op[] {
  if (current !== null && typeof current === 'object') {
    const ops: Op[] = [{ op: 'set', path: [...path, 'da'], value }];
    if ('en' in current) ops.push({ op: 'delete', path: [...path, 'en'] });
    return ops;
  }
  return [{ op: 'set', path, value }];
}

const textOf = (value: unknown): string => (typeof value === 'string' ? value : value && typeof value === 'object' && 'da' in value ? String((value as { da: string }).da) : String(value));

/** Where an id stands in the plan, each place in words for the refusal and as a path for `--replace-with`. */
export interface Reference {
  path: YamlPath;
  /** The list it stands in, when a second entry of the replacement there would repeat it. */
  list?: { path: YamlPath; items: readonly unknown[]; index: number };
  where: ReferenceWord['where'];
  detail: string;
}

export function referencesTo(roster: Roster, id: string): Reference[] {
  const refs: Reference[] = [];
  const personName = (pid: string) => roster.people.find((p) => p.id === pid)?.name ?? pid;
  roster.group.members.forEach((m, i) => {
    if (m.person === id) refs.push({ path: ['group', 'members', i, 'person'], where: 'member', detail: '' });
    if (m.substitute === id) refs.push({ path: ['group', 'members', i, 'substitute'], where: 'substitute', detail: personName(m.person) });
  });
  if (roster.group.coordinator === id) refs.push({ path: ['group', 'coordinator'], where: 'coordinator', detail: '' });
  roster.activation.chains.forEach((c, ci) =>
    c.contacts.forEach((x, k) => {
      if (x === id) refs.push({ path: ['activation', 'chains', ci, 'contacts', k], list: { path: ['activation', 'chains', ci, 'contacts'], items: c.contacts, index: k }, where: 'chain', detail: c.id });
    }),
  );
  roster.communication.forEach((d, di) => {
    d.by.forEach((x, k) => {
      if (x === id) refs.push({ path: ['communication', di, 'by', k], list: { path: ['communication', di, 'by'], items: d.by, index: k }, where: 'duty', detail: d.id });
    });
    d.with?.forEach((x, k) => {
      if (x === id) refs.push({ path: ['communication', di, 'with', k], list: { path: ['communication', di, 'with'], items: d.with!, index: k }, where: 'duty-with', detail: d.id });
    });
  });
  roster.press.contacts.forEach((x, k) => {
    if (x === id) refs.push({ path: ['press', 'contacts', k], list: { path: ['press', 'contacts'], items: roster.press.contacts, index: k }, where: 'press-contact', detail: '' });
  });
  roster.press.responsible.forEach((x, k) => {
    if (x === id) refs.push({ path: ['press', 'responsible', k], list: { path: ['press', 'responsible'], items: roster.press.responsible, index: k }, where: 'press-responsible', detail: '' });
  });
  roster.signatories.forEach((s, k) => {
    if (s.person === id) refs.push({ path: ['signatories', k, 'person'], where: 'signatory', detail: String(k + 1) });
  });
  roster.adHoc.forEach((a, k) => {
    if (typeof a === 'object' && 'ref' in a && a.ref === id) refs.push({ path: ['adHoc', k, 'ref'], where: 'adhoc', detail: String(k + 1) });
  });
  roster.people.forEach((p, k) => {
    if (p.organisation === id) refs.push({ path: ['people', k, 'organisation'], where: 'person-organisation', detail: p.id });
  });
  roster.hotlines.forEach((h, k) => {
    if (h.organisation === id) refs.push({ path: ['hotlines', k, 'organisation'], where: 'hotline-organisation', detail: h.id });
  });
  if (roster.plan.statusMeeting.organiser === id) refs.push({ path: ['plan', 'statusMeeting', 'organiser'], where: 'status-meeting', detail: '' });
  return refs;
}

/** The operations on the text that make a change to one of the plan's parts, or why it cannot be made. */
export function planPart(roster: Roster, request: PartRequest): PartPlanned {
  const people = new Map(roster.people.map((p, i) => [p.id, i]));
  const orgs = new Map(roster.organisations.map((o, i) => [o.id, i]));
  const hotlines = new Map(roster.hotlines.map((h, i) => [h.id, i]));
  const known = (ids: Iterable<string>) => [...ids].join(', ');
  const taken = (id: string) => people.has(id) || orgs.has(id) || hotlines.has(id);
  const unknownPerson = (id: string) => refuse('unknown-person', { id, known: known(people.keys()) });
  const unknownOrg = (id: string) => refuse('unknown-organisation', { id, known: known(orgs.keys()) });
  const chainAt = (id: string) => roster.activation.chains.findIndex((c) => c.id === id);
  const unknownChain = (id: string) => refuse('unknown-chain', { id, known: known(roster.activation.chains.map((c) => c.id)) });
  const contactKnown = (id: string) => people.has(id) || hotlines.has(id);
  const unknownContact = (id: string) => refuse('unknown-contact', { id, known: known([...people.keys(), ...hotlines.keys()]) });
  const dutyAt = (id: string) => roster.communication.findIndex((d) => d.id === id);
  const unknownDuty = (id: string) => refuse('unknown-duty', { id, known: known(roster.communication.map((d) => d.id)) });
  const phoneOf = (raw: string): string | { refusal: Refusal } => {
    const parsed = parsePhone(raw);
    return parsed ? formatPhone(parsed) : refuse('phone-invalid', { phone: raw });
  };
  const newId = (given: string | undefined, name: string, inUse: (id: string) => boolean): string | { refusal: Refusal } => {
    const id = given ?? slugOf(name).slice(0, 40).replace(/-+$/, '');
    // A name of signs alone gives no id: that is said of the name, not of an id nobody typed.
    if (given === undefined && id === '') return refuse('id-from-name', { name });
    if (!ID.test(id)) return refuse('id-invalid', { id, option: true });
    if (inUse(id)) return refuse('id-taken', { id });
    return id;
  };
  const repeated = (list: readonly string[]) => list.find((x, i) => list.indexOf(x) !== i);
  const byKnown = (ids: readonly string[]) => ids.find((x) => !people.has(x) && !orgs.has(x));
  const ok = (ops: Op[], extra: { notes?: EditNote[]; created?: Created } = {}): PartPlanned => ({ ops, notes: extra.notes ?? [], ...(extra.created ? { created: extra.created } : {}) });

  switch (request.kind) {
    case 'chain-add': {
      if (chainAt(request.id) >= 0) return refuse('duplicate', { what: 'chain', id: request.id });
      // The chain's id is the command's first word, not an option.
      if (!ID.test(request.id)) return refuse('id-invalid', { id: request.id, option: false });
      if (request.contacts.length === 0) return refuse('last-in-list', { what: 'chain', id: request.id });
      const bad = request.contacts.find((c) => !contactKnown(c));
      if (bad) return unknownContact(bad);
      const twice = repeated(request.contacts);
      if (twice) return refuse('duplicate', { what: 'chain-contact', id: twice, list: request.id });
      const chain = { id: request.id, title: request.title, purpose: request.purpose, contacts: request.contacts };
      return ok([{ op: 'append', path: ['activation', 'chains'], value: chain }], { created: { what: 'chain', id: request.id } });
    }
    case 'chain-set': {
      const c = chainAt(request.id);
      if (c < 0) return unknownChain(request.id);
      const chain = roster.activation.chains[c]!;
      const ops: Op[] = [];
      if (request.title !== undefined) ops.push(...textOps(['activation', 'chains', c, 'title'], chain.title, request.title));
      if (request.purpose !== undefined) ops.push(...textOps(['activation', 'chains', c, 'purpose'], chain.purpose, request.purpose));
      if (request.contacts !== undefined) {
        if (request.contacts.length === 0) return refuse('last-in-list', { what: 'chain', id: request.id });
        const bad = request.contacts.find((x) => !contactKnown(x));
        if (bad) return unknownContact(bad);
        const twice = repeated(request.contacts);
        if (twice) return refuse('duplicate', { what: 'chain-contact', id: twice, list: request.id });
        ops.push(...listOps(['activation', 'chains', c, 'contacts'], chain.contacts, request.contacts));
      }
      if (ops.length === 0) return refuse('nothing-to-change');
      return ok(ops);
    }
    case 'chain-insert': {
      const c = chainAt(request.id);
      if (c < 0) return unknownChain(request.id);
      if (request.after !== undefined && request.before !== undefined) return refuse('both-options', { a: '--after', b: '--before' });
      if (!contactKnown(request.contact)) return unknownContact(request.contact);
      const contacts = roster.activation.chains[c]!.contacts;
      if (contacts.includes(request.contact)) return refuse('duplicate', { what: 'chain-contact', id: request.contact, list: request.id });
      const anchor = request.after ?? request.before;
      let at = contacts.length;
      if (anchor !== undefined) {
        const k = contacts.indexOf(anchor);
        if (k < 0) return refuse('not-in-list', { what: 'chain', id: anchor, list: request.id, known: contacts.join(', ') });
        at = request.after !== undefined ? k + 1 : k;
      }
      const next = [...contacts.slice(0, at), request.contact, ...contacts.slice(at)];
      return ok(listOps(['activation', 'chains', c, 'contacts'], contacts, next));
    }
    case 'chain-remove': {
      const c = chainAt(request.id);
      if (c < 0) return unknownChain(request.id);
      const contacts = roster.activation.chains[c]!.contacts;
      const k = contacts.indexOf(request.contact);
      if (k < 0) return refuse('not-in-list', { what: 'chain', id: request.contact, list: request.id, known: contacts.join(', ') });
      if (contacts.length === 1) return refuse('last-in-list', { what: 'chain', id: request.id });
      return ok([{ op: 'delete', path: ['activation', 'chains', c, 'contacts', k] }]);
    }
    case 'chain-delete': {
      // A chain made by mistake goes again; the plan keeps at least one chain to call.
      const c = chainAt(request.id);
      if (c < 0) return unknownChain(request.id);
      if (roster.activation.chains.length === 1) return refuse('last-in-list', { what: 'chains', id: request.id });
      return ok([{ op: 'delete', path: ['activation', 'chains', c] }]);
    }
    case 'hotline-add': {
      if (!orgs.has(request.organisation)) return unknownOrg(request.organisation);
      const id = newId(request.id, request.name, taken);
      if (isRefusal(id)) return id;
      const phone = phoneOf(request.phone);
      if (isRefusal(phone)) return phone;
      const hotline = { id, name: request.name, organisation: request.organisation, phone };
      return ok([{ op: 'append', path: ['hotlines'], value: hotline }], { created: { what: 'hotline', id } });
    }
    case 'hotline-set': {
      const h = hotlines.get(request.id);
      if (h === undefined) return refuse('unknown-hotline', { id: request.id, known: known(hotlines.keys()) });
      const ops: Op[] = [];
      if (request.name !== undefined) ops.push(...textOps(['hotlines', h, 'name'], roster.hotlines[h]!.name, request.name));
      if (request.organisation !== undefined) {
        if (!orgs.has(request.organisation)) return unknownOrg(request.organisation);
        ops.push({ op: 'set', path: ['hotlines', h, 'organisation'], value: request.organisation });
      }
      if (request.phone !== undefined) {
        const phone = phoneOf(request.phone);
        if (isRefusal(phone)) return phone;
        ops.push({ op: 'set', path: ['hotlines', h, 'phone'], value: phone });
      }
      if (ops.length === 0) return refuse('nothing-to-change');
      return ok(ops);
    }
    case 'hotline-remove': {
      const h = hotlines.get(request.id);
      if (h === undefined) return refuse('unknown-hotline', { id: request.id, known: known(hotlines.keys()) });
      const refs = referencesTo(roster, request.id);
      if (refs.length) return refuse('referenced', { id: request.id, name: textOf(roster.hotlines[h]!.name), refs: encodeRefs(refs) });
      return ok([{ op: 'delete', path: ['hotlines', h] }]);
    }
    case 'signatory-add': {
      const p = people.get(request.person);
      if (p === undefined) return unknownPerson(request.person);
      if (roster.signatories.some((s) => s.person === request.person)) return refuse('duplicate', { what: 'signatory', id: request.person });
      const person = roster.people[p]!;
      const org = roster.organisations.find((o) => o.id === person.organisation);
      const signatory = { person: person.id, title: request.title ?? person.title, organisation: request.organisation ?? org?.name ?? person.organisation };
      // A signature copies the person's title and organisation: a blank there would be signed as a blank.
      const blank = [signatory.title, signatory.organisation].find(isBlank);
      if (blank) return refuse('blank-first', { id: person.id, what: blank });
      return ok([{ op: 'append', path: ['signatories'], value: signatory }]);
    }
    case 'signatory-remove': {
      const k = roster.signatories.findIndex((s) => s.person === request.person);
      if (k < 0) return people.has(request.person) ? refuse('not-in-list', { what: 'signatories', id: request.person, known: roster.signatories.map((s) => s.person).join(', ') }) : unknownPerson(request.person);
      return ok([{ op: 'delete', path: ['signatories', k] }]);
    }
    case 'signatory-move': {
      const k = roster.signatories.findIndex((s) => s.person === request.person);
      if (k < 0) return people.has(request.person) ? refuse('not-in-list', { what: 'signatories', id: request.person, known: roster.signatories.map((s) => s.person).join(', ') }) : unknownPerson(request.person);
      const n = roster.signatories.length;
      const position = Number(request.position);
      if (!/^\d+$/.test(request.position) || position < 1 || position > n) return refuse('bad-number', { option: '--to', value: request.position, max: n });
      if (position - 1 === k) return refuse('same-position', { id: request.person, position });
      const list = [...roster.signatories];
      const [moved] = list.splice(k, 1);
      list.splice(position - 1, 0, moved!);
      return ok(listOps(['signatories'], roster.signatories, list));
    }
    case 'press-add': {
      if (!people.has(request.person)) return unknownPerson(request.person);
      if (roster.press.contacts.includes(request.person)) return refuse('duplicate', { what: 'press', id: request.person });
      return ok([{ op: 'append', path: ['press', 'contacts'], value: request.person }]);
    }
    case 'press-remove': {
      const k = roster.press.contacts.indexOf(request.person);
      if (k < 0) return people.has(request.person) ? refuse('not-in-list', { what: 'press', id: request.person, known: roster.press.contacts.join(', ') }) : unknownPerson(request.person);
      if (roster.press.contacts.length === 1) return refuse('last-in-list', { what: 'press' });
      return ok([{ op: 'delete', path: ['press', 'contacts', k] }]);
    }
    case 'press-set': {
      if (request.responsible.length === 0) return refuse('last-in-list', { what: 'press-responsible' });
      const bad = request.responsible.find((x) => !orgs.has(x));
      if (bad) return unknownOrg(bad);
      const twice = repeated(request.responsible);
      if (twice) return refuse('duplicate', { what: 'press-responsible', id: twice });
      return ok(listOps(['press', 'responsible'], roster.press.responsible, request.responsible));
    }
    case 'inform-add': {
      const bad = byKnown(request.by);
      if (bad) return refuse('unknown-by', { id: bad, known: known([...people.keys(), ...orgs.keys()]) });
      if (request.by.length === 0) return refuse('last-in-list', { what: 'duty' });
      const twice = repeated(request.by);
      if (twice) return refuse('duplicate', { what: 'duty-by', id: twice });
      const badWith = request.with?.find((x) => !orgs.has(x));
      if (badWith) return unknownOrg(badWith);
      const id = newId(request.id, request.informs, (x) => dutyAt(x) >= 0);
      if (isRefusal(id)) return id;
      const duty = { id, by: request.by, informs: request.informs, ...(request.when ? { when: request.when } : {}), ...(request.with?.length ? { with: request.with } : {}) };
      return ok([{ op: 'append', path: ['communication'], value: duty }], { created: { what: 'duty', id } });
    }
    case 'inform-set': {
      const d = dutyAt(request.id);
      if (d < 0) return unknownDuty(request.id);
      const duty = roster.communication[d]!;
      const ops: Op[] = [];
      if (request.by !== undefined) {
        if (request.by.length === 0) return refuse('last-in-list', { what: 'duty' });
        const bad = byKnown(request.by);
        if (bad) return refuse('unknown-by', { id: bad, known: known([...people.keys(), ...orgs.keys()]) });
        const twice = repeated(request.by);
        if (twice) return refuse('duplicate', { what: 'duty-by', id: twice });
        ops.push(...listOps(['communication', d, 'by'], duty.by, request.by));
      }
      if (request.informs !== undefined) ops.push(...textOps(['communication', d, 'informs'], duty.informs, request.informs));
      if (request.when !== undefined) ops.push(...(duty.when === undefined ? [{ op: 'set', path: ['communication', d, 'when'], value: request.when } as Op] : textOps(['communication', d, 'when'], duty.when, request.when)));
      if (request.with !== undefined) {
        const badWith = request.with.find((x) => !orgs.has(x));
        if (badWith) return unknownOrg(badWith);
        if (duty.with !== undefined) ops.push(...listOps(['communication', d, 'with'], duty.with, request.with));
        else if (request.with.length) {
          // A duty without organisations taking part gets the list as a whole: the duty is written anew.
          const next = { ...duty, ...(request.by ? { by: request.by } : {}), ...(request.informs !== undefined ? { informs: request.informs } : {}), ...(request.when !== undefined ? { when: request.when } : {}), with: request.with };
          return ok([{ op: 'put', path: ['communication', d], value: next }]);
        }
      }
      if (ops.length === 0) return refuse('nothing-to-change');
      return ok(ops);
    }
    case 'inform-remove': {
      const d = dutyAt(request.id);
      if (d < 0) return unknownDuty(request.id);
      return ok([{ op: 'delete', path: ['communication', d] }]);
    }
    case 'adhoc-add': {
      if (request.text === undefined && request.ref === undefined) return refuse('nothing-to-change');
      if (request.text !== undefined && request.ref !== undefined) return refuse('both-options', { a: 'text', b: '--ref' });
      if (request.ref !== undefined) {
        if (!taken(request.ref)) return refuse('unknown-contact', { id: request.ref, known: known([...people.keys(), ...hotlines.keys(), ...orgs.keys()]) });
        if (roster.adHoc.some((a) => typeof a === 'object' && 'ref' in a && a.ref === request.ref)) return refuse('duplicate', { what: 'adhoc', id: request.ref });
        return ok([{ op: 'append', path: ['adHoc'], value: { ref: request.ref } }]);
      }
      // "Skolen" and "skolen" are one entry: the list is read, not compared byte by byte.
      if (roster.adHoc.some((a) => sameText(textOf(a), request.text!))) return refuse('duplicate', { what: 'adhoc', id: request.text! });
      return ok([{ op: 'append', path: ['adHoc'], value: request.text }]);
    }
    case 'adhoc-remove': {
      const k = adhocIndex(roster, request.entry);
      if (k < 0) {
        const listed = roster.adHoc.map((a, i) => `${i + 1}: ${typeof a === 'object' && 'ref' in a ? a.ref : textOf(a)}`).join('; ');
        return refuse('unknown-adhoc', { entry: request.entry, known: listed });
      }
      return ok([{ op: 'delete', path: ['adHoc', k] }]);
    }
    case 'calendar-set': {
      const ops: Op[] = [];
      if (request.workdayEnds !== undefined) {
        const m = /^(\d{1,2})[:.](\d{2})$/.exec(request.workdayEnds.trim());
        if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return refuse('bad-time', { value: request.workdayEnds });
        ops.push({ op: 'set', path: ['calendar', 'workdayEnds'], value: `${m[1]!.padStart(2, '0')}:${m[2]}` });
      }
      if (request.daysOff !== undefined) {
        const bad = request.daysOff.find((d) => !CUSTOMARY_DAYS_OFF.includes(d));
        if (bad) return refuse('bad-day-off', { value: bad, known: CUSTOMARY_DAYS_OFF.join(', ') });
        const twice = repeated(request.daysOff);
        if (twice) return refuse('duplicate', { what: 'day-off', id: twice });
        ops.push(...listOps(['calendar', 'customaryDaysOff'], roster.calendar.customaryDaysOff, request.daysOff));
      }
      if (ops.length === 0) return refuse('nothing-to-change');
      return ok(ops);
    }
    case 'level-set': {
      const id = request.level as LevelId;
      const level = LEVEL_IDS.includes(id) ? roster.levels[id] : undefined;
      if (!level) return refuse('unknown-level', { id: request.level, known: LEVEL_IDS.filter((l) => roster.levels[l]).join(', ') });
      if (request.workingDays !== undefined && request.hours !== undefined) return refuse('both-options', { a: '--working-days', b: '--hours' });
      // Green is the everyday: the group does not meet for it, the ordinary forums do.
      if (id === 'green' && (request.workingDays !== undefined || request.hours !== undefined)) return refuse('green-convenes', { option: request.workingDays !== undefined ? '--working-days' : '--hours' });
      const [key, raw, max] = request.workingDays !== undefined ? (['days', request.workingDays, 30] as const) : request.hours !== undefined ? (['hours', request.hours, 168] as const) : [undefined, undefined, 0];
      if (key === undefined) return refuse('nothing-to-change');
      const n = Number(raw);
      if (!/^\d+$/.test(raw) || n < 1 || n > max) return refuse('bad-number', { option: key === 'days' ? '--working-days' : '--hours', value: raw, max });
      const type = key === 'days' ? 'working-days' : 'hours';
      const path = ['levels', id, 'convene'];
      const ops: Op[] = [];
      if (level.convene.type !== type) {
        ops.push({ op: 'set', path: [...path, 'type'], value: type });
        for (const old of ['days', 'hours', 'forums']) if (old in level.convene) ops.push({ op: 'delete', path: [...path, old] });
      }
      ops.push({ op: 'set', path: [...path, key], value: n });
      // The plan's sentences that state the level's rule say the new one: text and data keep agreeing.
      const rewrites = rewriteLevelRule(roster, id, type === 'working-days' ? { type, days: n } : { type, hours: n });
      for (const r of rewrites) ops.push({ op: 'set', path: ['text', r.index, 'body', r.lang], value: r.body });
      const rewritten: EditNote[] = rewrites.length
        ? [{ code: 'rule-text-rewritten', args: { level: id, n, unit: type, where: rewrites.map((r) => `${r.section} (${r.lang}, ${r.count})`).join(', ') } }]
        : [];
      // Red is the acute level: a red that meets no sooner than yellow is allowed (the plan decides) but said.
      const next = { ...roster.levels, [id]: { ...level, convene: { type, [key]: n } } } as Roster['levels'];
      const rule = (c: NonNullable<Roster['levels']['red']>['convene'] | undefined): ConveneRule | undefined =>
        c?.type === 'hours' ? { type: 'hours', hours: c.hours } : c?.type === 'working-days' ? { type: 'working-days', days: c.days } : undefined;
      const hoursOf = (c: ConveneRule) => (c.type === 'hours' ? c.hours : c.days * 24);
      const red = rule(next.red?.convene);
      const yellow = rule(next.yellow?.convene);
      const notes: EditNote[] = [...rewritten];
      if (id !== 'green' && red && yellow && hoursOf(red) >= hoursOf(yellow)) {
        notes.push({ code: 'red-not-sooner', args: { red, yellow } });
      }
      return ok(ops, { notes });
    }
    case 'person-remove': {
      const p = people.get(request.id);
      if (p === undefined) return unknownPerson(request.id);
      const refs = referencesTo(roster, request.id);
      const ops: Op[] = [];
      if (request.replaceWith === undefined) {
        if (refs.length) return refuse('referenced', { id: request.id, name: roster.people[p]!.name, refs: encodeRefs(refs), replace: true });
      } else {
        const other = request.replaceWith;
        if (other === request.id) return refuse('replace-self', { id: other });
        if (!people.has(other)) return unknownPerson(other);
        // Signatures are history: a signatory is removed with `signatory remove`, never moved to someone else.
        const signed = refs.filter((r) => r.where === 'signatory');
        if (signed.length) return refuse('referenced', { id: request.id, name: roster.people[p]!.name, refs: encodeRefs(signed) });
        // Deletions from a list run from its end, so that the indexes before them still hold.
        const deletions: YamlPath[] = [];
        for (const ref of refs) {
          if (ref.list && ref.list.items.includes(other)) deletions.push(ref.path);
          else if (ref.where === 'member' && roster.group.members.some((m) => m.person === other)) deletions.push(ref.path.slice(0, -1));
          // The substitute of the one who takes over is nobody: nobody stands in for himself.
          else if (ref.where === 'substitute' && roster.group.members[Number(ref.path[2])]?.person === other) ops.push({ op: 'delete', path: ref.path });
          else {
            ops.push({ op: 'set', path: ref.path, value: other });
            // The one who stood in for him now takes his place: nobody is his own substitute.
            const member = ref.where === 'member' ? roster.group.members[Number(ref.path[2])] : undefined;
            if (member?.substitute === other) ops.push({ op: 'delete', path: [...ref.path.slice(0, -1), 'substitute'] });
          }
        }
        deletions.sort((a, b) => String(a.slice(0, -1)).localeCompare(String(b.slice(0, -1))) || Number(b[b.length - 1]) - Number(a[a.length - 1]));
        for (const path of deletions) ops.push({ op: 'delete', path });
      }
      ops.push({ op: 'delete', path: ['people', p] });
      return ok(ops);
    }
    case 'organisation-remove': {
      const o = orgs.get(request.id);
      if (o === undefined) return unknownOrg(request.id);
      const refs = referencesTo(roster, request.id);
      if (refs.length) return refuse('referenced', { id: request.id, name: roster.organisations[o]!.name, refs: encodeRefs(refs) });
      if (roster.organisations.length === 1) return refuse('last-in-list', { what: 'organisations', id: request.id });
      return ok([{ op: 'delete', path: ['organisations', o] }]);
    }
  }
}

/** An ad hoc entry by its number in the list (1-based), the id it refers to, or its text. */
export function adhocIndex(roster: Roster, entry: string): number {
  if (/^\d+$/.test(entry)) {
    const k = Number(entry) - 1;
    return k >= 0 && k < roster.adHoc.length ? k : -1;
  }
  return roster.adHoc.findIndex((a) => (typeof a === 'object' && 'ref' in a ? a.ref === entry : sameText(textOf(a), entry)));
}

/** Two texts a reader takes for the same: alike but for case, spaces around them and Unicode form. */
export function sameText(a: string, b: string): boolean {
  const key = (s: string) => s.trim().normalize('NFC').toLocaleLowerCase('da');
  return key(a) === key(b);
}

/** References as the refusal names them, worded by the message tables. */
function encodeRefs(refs: Reference[]): ReferenceWord[] {
  return refs.map((r) => ({ where: r.where, detail: r.detail }));
}

/** Where a substitute belongs in the chains: right after the member, wherever the member is called. */
export function substituteChainOps(roster: Roster, member: string, substitute: string, previous: string | undefined): { ops: Op[]; chains: string[] } {
  const ops: Op[] = [];
  const chains: string[] = [];
  roster.activation.chains.forEach((chain, c) => {
    if (!chain.contacts.includes(member) || chain.contacts[chain.contacts.indexOf(member) + 1] === substitute) return;
    // A substitute called elsewhere in the chain (after 114, say) moves to right after the member.
    const next = chain.contacts.filter((x) => x !== substitute);
    const k = next.indexOf(member);
    // The one he stood in for before, right after him, gives way to the new substitute.
    if (previous !== undefined && next[k + 1] === previous) next[k + 1] = substitute;
    else next.splice(k + 1, 0, substitute);
    ops.push(...listOps(['activation', 'chains', c, 'contacts'], chain.contacts, next));
    chains.push(chain.id);
  });
  return { ops, chains };
}
