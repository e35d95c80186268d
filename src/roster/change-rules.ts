import type { Finding } from './diagnostic.js';
import { diffRosters, same } from './diff.js';
import { displayPhone } from './phone.js';
import type { Roster } from './schema.js';

/** The rules for a change between two versions of a roster, beside the rules for one version (rules.ts). */

/** Whether anything but the revision stamp differs. */
export function contentChanged(before: Roster, after: Roster): boolean {
  const strip = (r: Roster) => ({ ...r, revision: 0, lastChanged: '', $schema: undefined });
  return !same(strip(before), strip(after));
}

/** The rules for a change: a new revision, a sane date, a successor for whoever leaves, and who must be told. */
export function checkChange(before: Roster, after: Roster, today: string | undefined): Finding[] {
  const out: Finding[] = [];
  if (!contentChanged(before, after)) return out;
  if (after.revision <= before.revision) {
    out.push({ severity: 'error', code: 'revision-not-bumped', path: ['revision'], args: { from: before.revision, to: after.revision } });
  }
  if (after.lastChanged < before.lastChanged) {
    out.push({ severity: 'error', code: 'last-changed-backwards', path: ['lastChanged'], args: { from: before.lastChanged, to: after.lastChanged } });
  }
  if (today && after.lastChanged > today) {
    out.push({ severity: 'error', code: 'last-changed-future', path: ['lastChanged'], args: { date: after.lastChanged, today } });
  }
  const changes = diffRosters(before, after);
  // A member may leave when the organisation still has a seat in the group: someone from it replaced them or sits there.
  const seated = new Set(after.group.members.map((m) => after.people.find((p) => p.id === m.person)?.organisation));
  for (const c of changes) {
    if (c.kind === 'person-removed' && !seated.has(before.people.find((p) => p.id === c.id)?.organisation)) {
      out.push({ severity: 'error', code: 'successor-missing', path: ['group', 'members'], args: { name: c.name, title: c.title, organisation: c.organisation } });
    }
  }
  const coordinator = after.people.find((p) => p.id === after.group.coordinator);
  const groupKinds = new Set(['person-added', 'person-removed', 'person-replaced', 'phone-changed', 'title-changed', 'organisation-changed', 'name-changed', 'substitute-changed', 'chain-changed', 'email-changed']);
  if (coordinator && changes.some((c) => groupKinds.has(c.kind))) {
    out.push({ severity: 'notice', code: 'notify-coordinator', path: ['group', 'coordinator'], args: { name: coordinator.name, phone: displayPhone(coordinator.phone) } });
  }
  // The plan's words and the interpretations the parties agreed are what they signed: a change is signed again.
  const signed = (c: (typeof changes)[number]) =>
    c.kind === 'signatories-changed' || c.kind === 'period-changed' || c.kind === 'text-changed' || (c.kind === 'other-changed' && c.section === 'interpretations');
  if (changes.some(signed)) {
    out.push({ severity: 'notice', code: 're-sign', path: ['signatories'] });
  }
  return out;
}
