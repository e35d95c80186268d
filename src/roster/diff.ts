import { diffArrays, diffWords } from 'diff';
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
  for (const level of ['green', 'yellow', 'red'] as const) {
    if (!same(before.levels[level], after.levels[level])) changes.push({ kind: 'level-changed', id: level });
  }
  if (!same(before.plan.period, after.plan.period)) {
    const p = (r: Roster) => `${r.plan.period.start} – ${r.plan.period.end}`;
    changes.push({ kind: 'period-changed', from: p(before), to: p(after) });
  }
  if (!same(before.signatories, after.signatories)) {
    const s = (r: Roster, idx: typeof a) => r.signatories.map((x) => idx.people.get(x.person)?.name ?? x.person);
    changes.push({ kind: 'signatories-changed', from: s(before, a), to: s(after, b) });
  }
  // Anything else that changed (texts, organisations, calendar …) is still a change that needs a new revision.
  changes.push(...textChanges(before, after));
  const covered = new Set(['revision', 'lastChanged', '$schema', 'people', 'group', 'levels', 'signatories', 'press', 'activation', 'text']);
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
