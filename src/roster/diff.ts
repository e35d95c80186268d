import { diffArrays, diffWords } from 'diff';
import { displayPhone } from './phone.js';
import { rosterIndex } from './contacts.js';
import { pick } from './lang.js';
import { LEVEL_IDS, type Duty, type LevelId, type LocalText, type Person, type Roster } from './schema.js';

/** How soon the group meets at a level, as data: the renderer words it. */
export type Convene = { type: 'none' } | { type: 'working-days'; days: number } | { type: 'hours'; hours: number };

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
  | { kind: 'person-created' | 'person-deleted'; id: string; name: string; title: string; organisation: string }
  | { kind: 'organisation-added' | 'organisation-removed'; id: string; name: string }
  | { kind: 'organisation-renamed'; id: string; from: string; to: string }
  | { kind: 'hotline-added' | 'hotline-removed'; id: string; name: string; phone: string }
  | { kind: 'hotline-changed'; id: string; name: string; from: string; to: string }
  | { kind: 'chain-added' | 'chain-removed'; id: string; title: string; contacts: string[] }
  | { kind: 'chain-title-changed' | 'chain-purpose-changed'; id: string; from: string; to: string }
  | { kind: 'duty-added' | 'duty-removed'; id: string; by: string[]; informs: string }
  | { kind: 'duty-changed'; id: string; from: string; to: string }
  | { kind: 'adhoc-changed'; from: string[]; to: string[] }
  | { kind: 'workday-ends-changed'; from: string; to: string }
  | { kind: 'days-off-changed'; from: string[]; to: string[] }
  | { kind: 'press-responsible-changed'; from: string[]; to: string[] }
  | { kind: 'coordinator-changed'; from: string; to: string }
  | { kind: 'level-changed'; id: string; from?: Convene; to?: Convene }
  | { kind: 'period-changed'; from: string; to: string }
  | { kind: 'signatories-changed'; from: string[]; to: string[] }
  | { kind: 'signed'; id: string; name: string; version: number; date: string }
  | { kind: 'approved'; by: string; version: number; date: string }
  | { kind: 'content-version'; from: number; to: number }
  /** A paragraph of the plan's text: `words` marks what went [-like this-] and what came {+like this+}. */
  | { kind: 'text-changed'; section: string; lang: string; words: string }
  | { kind: 'other-changed'; section: string };

/** Equal as data (the roster is plain JSON). */
export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function orgName(roster: Roster, id: string): string {
  return roster.organisations.find((o) => o.id === id)?.name ?? id;
}

const paragraphsOf = (body: string | undefined) => (body ?? '').replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/).map((p) => p.trim()).filter(Boolean);

/** "[-old-]{+new+}": the words that went and came, the rest as it is. */
function wordDiff(from: string, to: string): string {
  return diffWords(from, to)
    .map((part) => (part.added ? `{+${part.value}+}` : part.removed ? `[-${part.value}-]` : part.value))
    .join('');
}

/** The plan's text, paragraph by paragraph in each section and language: each changed paragraph as a word diff. */
function textChanges(before: Roster, after: Roster): Change[] {
  const out: Change[] = [];
  const sections = [...new Set([...(before.text ?? []), ...(after.text ?? [])].map((s) => s.section))];
  for (const section of sections) {
    const old = before.text?.find((s) => s.section === section);
    const now = after.text?.find((s) => s.section === section);
    if (!same(old?.heading, now?.heading)) out.push({ kind: 'text-changed', section, lang: 'da', words: wordDiff(old?.heading?.da ?? '', now?.heading?.da ?? '') });
    for (const lang of ['da', 'en'] as const) {
      const parts = diffArrays(paragraphsOf(old?.body[lang]), paragraphsOf(now?.body[lang]));
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i]!;
        if (!part.added && !part.removed) continue;
        const next = parts[i + 1];
        if (part.removed && next?.added) {
          // Removed and added paragraphs side by side are changed paragraphs: pairwise as word diffs, the rest whole.
          const n = Math.max(part.value.length, next.value.length);
          for (let k = 0; k < n; k++) out.push({ kind: 'text-changed', section, lang, words: wordDiff(part.value[k] ?? '', next.value[k] ?? '') });
          i++;
        } else for (const p of part.value) out.push({ kind: 'text-changed', section, lang, words: part.added ? `{+${p}+}` : `[-${p}-]` });
      }
    }
  }
  return out;
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
  const da = (text: LocalText) => pick(text, 'da');
  const convene = (r: Roster, level: LevelId): Convene | undefined => {
    const c = r.levels[level]?.convene;
    return c === undefined ? undefined : c.type === 'none' ? { type: 'none' } : c.type === 'hours' ? { type: 'hours', hours: c.hours } : { type: 'working-days', days: c.days };
  };
  for (const level of LEVEL_IDS) {
    if (same(before.levels[level], after.levels[level])) continue;
    const [from, to] = [convene(before, level), convene(after, level)];
    const onlyConvene = from && to && !same(from, to) && same({ ...before.levels[level], convene: 0 }, { ...after.levels[level], convene: 0 });
    changes.push(onlyConvene ? { kind: 'level-changed', id: level, from, to } : { kind: 'level-changed', id: level });
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
  // People outside the group: contacts for the press, signatories, substitutes.
  for (const p of after.people) if (!a.people.has(p.id) && !membersAfter.has(p.id)) changes.push({ kind: 'person-created', ...describe(p, after) });
  for (const p of before.people) if (!b.people.has(p.id) && !membersBefore.has(p.id)) changes.push({ kind: 'person-deleted', ...describe(p, before) });
  const orgsBefore = new Map(before.organisations.map((o) => [o.id, o]));
  const orgsAfter = new Map(after.organisations.map((o) => [o.id, o]));
  for (const o of after.organisations) {
    const old = orgsBefore.get(o.id);
    if (!old) changes.push({ kind: 'organisation-added', id: o.id, name: o.name });
    else if (old.name !== o.name) changes.push({ kind: 'organisation-renamed', id: o.id, from: old.name, to: o.name });
  }
  for (const o of before.organisations) if (!orgsAfter.has(o.id)) changes.push({ kind: 'organisation-removed', id: o.id, name: o.name });
  const aliases = (r: Roster) => r.organisations.map((o) => [o.id, o.aliases ?? []]);
  if (!same(aliases(before), aliases(after)) && !changes.some((c) => c.kind === 'organisation-added' || c.kind === 'organisation-removed')) changes.push({ kind: 'other-changed', section: 'organisations' });
  const hotlineText = (h: Roster['hotlines'][number], r: Roster) => `${da(h.name)}, ${orgName(r, h.organisation)}, ${displayPhone(h.phone)}`;
  for (const h of after.hotlines) {
    const old = a.hotlines.get(h.id);
    if (!old) changes.push({ kind: 'hotline-added', id: h.id, name: da(h.name), phone: displayPhone(h.phone) });
    else if (!same(old, h)) changes.push({ kind: 'hotline-changed', id: h.id, name: da(h.name), from: hotlineText(old, before), to: hotlineText(h, after) });
  }
  for (const h of before.hotlines) if (!b.hotlines.has(h.id)) changes.push({ kind: 'hotline-removed', id: h.id, name: da(h.name), phone: displayPhone(h.phone) });
  for (const chain of after.activation.chains) {
    const old = before.activation.chains.find((c) => c.id === chain.id);
    if (!old) {
      changes.push({ kind: 'chain-added', id: chain.id, title: da(chain.title), contacts: chain.contacts.map((id) => contactName(id)) });
      continue;
    }
    if (!same(old.title, chain.title)) changes.push({ kind: 'chain-title-changed', id: chain.id, from: da(old.title), to: da(chain.title) });
    if (!same(old.purpose, chain.purpose)) changes.push({ kind: 'chain-purpose-changed', id: chain.id, from: da(old.purpose), to: da(chain.purpose) });
  }
  for (const chain of before.activation.chains) {
    if (!after.activation.chains.some((c) => c.id === chain.id)) changes.push({ kind: 'chain-removed', id: chain.id, title: da(chain.title), contacts: chain.contacts.map((id) => contactName(id, a)) });
  }
  // Duties and the coordinator passing to a successor are part of the replacement, not a change of their own.
  const renamed = (id: string) => successorOf.get(id) ?? id;
  const byName = (id: string, r: Roster, idx: typeof a) => idx.people.get(id)?.name ?? orgName(r, id);
  const dutyText = (d: Duty, r: Roster, idx: typeof a) =>
    `${d.by.map((id) => byName(id, r, idx)).join(', ')} ${da(d.informs)}${d.when ? ` (${da(d.when)})` : ''}${d.with?.length ? ` [${d.with.map((id) => orgName(r, id)).join(', ')}]` : ''}`;
  for (const duty of after.communication) {
    const old = before.communication.find((d) => d.id === duty.id);
    if (!old) changes.push({ kind: 'duty-added', id: duty.id, by: duty.by.map((id) => byName(id, after, b)), informs: da(duty.informs) });
    else if (!same(old, duty) && !same({ ...old, by: old.by.map(renamed) }, duty)) changes.push({ kind: 'duty-changed', id: duty.id, from: dutyText(old, before, a), to: dutyText(duty, after, b) });
  }
  for (const duty of before.communication) {
    if (!after.communication.some((d) => d.id === duty.id)) changes.push({ kind: 'duty-removed', id: duty.id, by: duty.by.map((id) => byName(id, before, a)), informs: da(duty.informs) });
  }
  if (!same(before.adHoc, after.adHoc)) {
    const entry = (x: Roster['adHoc'][number], r: Roster, idx: typeof a) =>
      typeof x === 'object' && 'ref' in x ? (idx.people.get(x.ref)?.name ?? (idx.hotlines.has(x.ref) ? da(idx.hotlines.get(x.ref)!.name) : orgName(r, x.ref))) : da(x);
    changes.push({ kind: 'adhoc-changed', from: before.adHoc.map((x) => entry(x, before, a)), to: after.adHoc.map((x) => entry(x, after, b)) });
  }
  if (before.calendar.workdayEnds !== after.calendar.workdayEnds) changes.push({ kind: 'workday-ends-changed', from: before.calendar.workdayEnds, to: after.calendar.workdayEnds });
  if (!same(before.calendar.customaryDaysOff, after.calendar.customaryDaysOff)) {
    changes.push({ kind: 'days-off-changed', from: [...before.calendar.customaryDaysOff], to: [...after.calendar.customaryDaysOff] });
  }
  if (!same(before.press.responsible, after.press.responsible)) {
    changes.push({ kind: 'press-responsible-changed', from: before.press.responsible.map((id) => orgName(before, id)), to: after.press.responsible.map((id) => orgName(after, id)) });
  }
  if (renamed(before.group.coordinator) !== after.group.coordinator) changes.push({ kind: 'coordinator-changed', from: name(before.group.coordinator, a), to: name(after.group.coordinator) });
  changes.push(...textChanges(before, after));
  // Anything else that changed (the plan's texts, extra days off …) is still a change that needs a new revision.
  const strip: Record<string, (r: Roster) => unknown> = {
    plan: (r) => ({ ...r.plan, period: 0 }),
    calendar: (r) => ({ ...r.calendar, workdayEnds: 0, customaryDaysOff: 0 }),
    group: (r) => ({ ...r.group, members: 0, coordinator: 0 }),
    press: (r) => ({ ...r.press, contacts: 0, responsible: 0 }),
    activation: (r) => ({ ...r.activation, chains: 0 }),
  };
  const covered = new Set(['revision', 'lastChanged', '$schema', 'people', 'levels', 'signatories', 'organisations', 'hotlines', 'communication', 'adHoc', 'text', 'content', 'approvals']);
  for (const key of Object.keys({ ...before, ...after }) as Array<keyof Roster>) {
    if (covered.has(key)) continue;
    const view = strip[key] ?? ((r: Roster) => r[key]);
    if (!same(view(before), view(after))) changes.push({ kind: 'other-changed', section: key });
  }
  return changes;
}
