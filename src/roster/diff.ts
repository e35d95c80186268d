import { displayPhone } from './phone.js';
import { rosterIndex } from './contacts.js';
import type { Person, Roster } from './schema.js';

/** One change between two versions of a roster, as data; rendering words it. */
export type Change =
  | { kind: 'person-added' | 'person-removed'; id: string; name: string; title: string; organisation: string }
  | { kind: 'person-replaced'; id: string; name: string; previous: string; title: string; organisation: string }
  | { kind: 'phone-changed' | 'title-changed' | 'organisation-changed' | 'name-changed'; id: string; name: string; from: string; to: string }
  | { kind: 'substitute-changed'; id: string; name: string; from: string; to: string }
  | { kind: 'email-changed'; id: string; name: string; from: string; to: string }
  | { kind: 'confirmed'; id: string; name: string; date: string }
  | { kind: 'chain-changed'; id: string; from: string[]; to: string[] }
  | { kind: 'press-changed'; from: string[]; to: string[] }
  | { kind: 'level-changed'; id: string }
  | { kind: 'period-changed'; from: string; to: string }
  | { kind: 'signatories-changed'; from: string[]; to: string[] }
  | { kind: 'signed'; id: string; name: string; version: number; date: string }
  | { kind: 'approved'; by: string; version: number; date: string }
  | { kind: 'content-version'; from: number; to: number }
  | { kind: 'other-changed'; section: string };

/** Equal as data (the roster is plain JSON). */
export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function orgName(roster: Roster, id: string): string {
  return roster.organisations.find((o) => o.id === id)?.name ?? id;
}

export function diffRosters(before: Roster, after: Roster): Change[] {
  const changes: Change[] = [];
  const a = rosterIndex(before);
  const b = rosterIndex(after);
  const name = (id: string, r = b) => r.people.get(id)?.name ?? a.people.get(id)?.name ?? id;
  const describe = (p: Person, r: Roster) => ({ id: p.id, name: p.name, title: p.title, organisation: orgName(r, p.organisation) });

  const membersBefore = new Set(before.group.members.map((m) => m.person));
  const membersAfter = new Set(after.group.members.map((m) => m.person));
  const removed = [...membersBefore].filter((id) => !membersAfter.has(id)).map((id) => a.people.get(id)!).filter(Boolean);
  const added = [...membersAfter].filter((id) => !membersBefore.has(id)).map((id) => b.people.get(id)!).filter(Boolean);
  // A member who leaves and one who joins for the same organisation is a replacement; the same title first.
  const successorOf = new Map<string, string>();
  for (const gone of removed) {
    const successor =
      added.find((p) => p.organisation === gone.organisation && p.title === gone.title) ??
      added.find((p) => p.organisation === gone.organisation && !removed.some((r) => r !== gone && r.organisation === p.organisation && r.title === p.title));
    if (successor) {
      successorOf.set(gone.id, successor.id);
      added.splice(added.indexOf(successor), 1);
      changes.push({ kind: 'person-replaced', ...describe(successor, after), previous: gone.name });
    } else changes.push({ kind: 'person-removed', ...describe(gone, before) });
  }
  for (const p of added) changes.push({ kind: 'person-added', ...describe(p, after) });

  for (const p of after.people) {
    const old = a.people.get(p.id);
    if (!old) continue;
    if (old.name !== p.name) changes.push({ kind: 'name-changed', id: p.id, name: p.name, from: old.name, to: p.name });
    if (displayPhone(old.phone) !== displayPhone(p.phone)) {
      changes.push({ kind: 'phone-changed', id: p.id, name: p.name, from: displayPhone(old.phone), to: displayPhone(p.phone) });
    }
    if (old.title !== p.title) changes.push({ kind: 'title-changed', id: p.id, name: p.name, from: old.title, to: p.title });
    if (old.organisation !== p.organisation) {
      changes.push({ kind: 'organisation-changed', id: p.id, name: p.name, from: orgName(before, old.organisation), to: orgName(after, p.organisation) });
    }
    if ((old.email ?? '') !== (p.email ?? '')) changes.push({ kind: 'email-changed', id: p.id, name: p.name, from: old.email ?? '–', to: p.email ?? '–' });
    if (p.confirmed && old.confirmed !== p.confirmed) changes.push({ kind: 'confirmed', id: p.id, name: p.name, date: p.confirmed });
  }
  for (const m of after.group.members) {
    const old = before.group.members.find((x) => x.person === m.person);
    if (old && old.substitute !== m.substitute) {
      changes.push({ kind: 'substitute-changed', id: m.person, name: name(m.person), from: old.substitute ? name(old.substitute, a) : '–', to: m.substitute ? name(m.substitute) : '–' });
    }
  }
  const contactName = (id: string, idx = b) => idx.people.get(id)?.name ?? (idx.hotlines.has(id) ? String(idx.hotlines.get(id)!.phone) : id);
  for (const chain of after.activation.chains) {
    const old = before.activation.chains.find((c) => c.id === chain.id);
    if (old && !same(old.contacts, chain.contacts)) {
      changes.push({ kind: 'chain-changed', id: chain.id, from: old.contacts.map((id) => contactName(id, a)), to: chain.contacts.map((id) => contactName(id)) });
    }
  }
  if (!same(before.press.contacts, after.press.contacts)) {
    changes.push({ kind: 'press-changed', from: before.press.contacts.map((id) => name(id, a)), to: after.press.contacts.map((id) => name(id)) });
  }
  for (const level of ['green', 'yellow', 'red'] as const) {
    if (!same(before.levels[level], after.levels[level])) changes.push({ kind: 'level-changed', id: level });
  }
  if (!same(before.plan.period, after.plan.period)) {
    const p = (r: Roster) => `${r.plan.period.start} – ${r.plan.period.end}`;
    changes.push({ kind: 'period-changed', from: p(before), to: p(after) });
  }
  // Who signs is part of the plan; the signatures given are a record beside it.
  const lines = (r: Roster) => r.signatories.map(({ signed: _signed, ...line }) => line);
  if (!same(lines(before), lines(after))) {
    const s = (r: Roster, idx: typeof a) => r.signatories.map((x) => idx.people.get(x.person)?.name ?? x.person);
    changes.push({ kind: 'signatories-changed', from: s(before, a), to: s(after, b) });
  }
  for (const s of after.signatories) {
    const old = before.signatories.find((x) => x.person === s.person && x.title === s.title && x.organisation === s.organisation);
    for (const signature of s.signed ?? []) {
      if (!old?.signed?.some((x) => x.version === signature.version && x.date === signature.date)) {
        changes.push({ kind: 'signed', id: s.person, name: name(s.person), version: signature.version, date: signature.date });
      }
    }
  }
  for (const approval of after.approvals ?? []) {
    if (!(before.approvals ?? []).some((x) => same(x, approval))) changes.push({ kind: 'approved', by: approval.by, version: approval.version, date: approval.date });
  }
  if ((before.content?.version ?? 1) !== (after.content?.version ?? 1)) {
    changes.push({ kind: 'content-version', from: before.content?.version ?? 1, to: after.content?.version ?? 1 });
  }
  // Anything else that changed (texts, organisations, calendar …) is still a change that needs a new revision.
  const covered = new Set(['revision', 'lastChanged', '$schema', 'people', 'group', 'levels', 'signatories', 'press', 'activation', 'content', 'approvals']);
  // Duties and the coordinator passing to a successor are part of the replacement, not a change of their own.
  const renamed = (id: string) => successorOf.get(id) ?? id;
  const dutiesBefore = before.communication.map((d) => ({ ...d, by: d.by.map(renamed) }));
  for (const key of Object.keys({ ...before, ...after }) as Array<keyof Roster>) {
    const old = key === 'plan' ? { ...before.plan, period: 0 } : key === 'communication' ? dutiesBefore : before[key];
    if (!covered.has(key) && !same(old, key === 'plan' ? { ...after.plan, period: 0 } : after[key])) {
      changes.push({ kind: 'other-changed', section: key });
    }
  }
  for (const key of ['group', 'press', 'activation'] as const) {
    const strip = (r: Roster) => (key === 'group' ? { ...r.group, members: 0, coordinator: renamed(r.group.coordinator) } : key === 'press' ? { ...r.press, contacts: 0 } : { ...r.activation, chains: r.activation.chains.map((c) => ({ ...c, contacts: 0 })) });
    if (!same(strip(before), strip(after))) changes.push({ kind: 'other-changed', section: key });
  }
  const peopleOutsideGroup = (r: Roster, ids: Set<string>) => r.people.filter((p) => !ids.has(p.id)).map((p) => p.id);
  if (!same(peopleOutsideGroup(before, membersBefore).sort(), peopleOutsideGroup(after, membersAfter).sort())) {
    changes.push({ kind: 'other-changed', section: 'people' });
  }
  return changes;
}
