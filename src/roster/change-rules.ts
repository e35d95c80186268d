import { detect, type Detection } from './finding.js';
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
export function checkChange(before: Roster, after: Roster, today: string | undefined): Detection[] {
  const out: Detection[] = [];
  if (!contentChanged(before, after)) return out;
  if (after.revision <= before.revision) {
    out.push(detect('error', 'revision-not-bumped', ['revision'], { from: before.revision, to: after.revision, next: before.revision + 1 }));
  }
  // Back to a date not after today repairs a lastChanged that was after today; any other step back is an error.
  const repairsFuture = today !== undefined && before.lastChanged > today && after.lastChanged <= today;
  if (after.lastChanged < before.lastChanged && !repairsFuture) {
    out.push(detect('error', 'last-changed-backwards', ['lastChanged'], { from: before.lastChanged, to: after.lastChanged }));
  }
  if (today && after.lastChanged > today) {
    out.push(detect('error', 'last-changed-future', ['lastChanged'], { date: after.lastChanged, today }));
  }
  const changes = diffRosters(before, after);
  out.push(...unseatedOrganisations(before, after));
  const coordinator = after.people.find((p) => p.id === after.group.coordinator);
  const groupKinds = new Set(['person-added', 'person-removed', 'person-replaced', 'phone-changed', 'title-changed', 'organisation-changed', 'name-changed', 'substitute-changed', 'chain-changed', 'email-changed']);
  if (coordinator && changes.some((c) => groupKinds.has(c.kind))) {
    out.push(detect('notice', 'notify-coordinator', ['group', 'coordinator'], { name: coordinator.name, phone: displayPhone(coordinator.phone) }));
  }
  // The plan's words and the interpretations the parties agreed are what they signed: a change is signed again.
  const signed = (c: (typeof changes)[number]) =>
    c.kind === 'signatories-changed' || c.kind === 'period-changed' || c.kind === 'text-changed' || (c.kind === 'other-changed' && c.section === 'interpretations');
  if (changes.some(signed)) {
    out.push(detect('notice', 're-sign', ['signatories']));
  }
  return out;
}

/**
 * One rule for every change: an organisation that has a member in the group keeps one. A member may leave, or move to
 * another organisation, when someone from the organisation replaced them or sits in the group. An organisation that is
 * no longer in the roster has no seat to keep.
 */
export function unseatedOrganisations(before: Roster, after: Roster): Detection[] {
  const out: Detection[] = [];
  const orgOf = (roster: Roster, person: string) => roster.people.find((p) => p.id === person)?.organisation;
  const orgName = (roster: Roster, id: string) => roster.organisations.find((o) => o.id === id)?.name ?? id;
  const seated = new Set(after.group.members.map((m) => orgOf(after, m.person)));
  const reported = new Set<string>();
  for (const member of before.group.members) {
    const org = orgOf(before, member.person);
    if (org === undefined || seated.has(org) || reported.has(org) || !after.organisations.some((o) => o.id === org)) continue;
    reported.add(org);
    const person = before.people.find((p) => p.id === member.person)!;
    const now = after.group.members.some((m) => m.person === member.person) ? orgOf(after, member.person) : undefined;
    if (now !== undefined) {
      out.push(detect('error', 'organisation-unseated', ['group', 'members'], { name: person.name, organisation: orgName(before, org), to: orgName(after, now) }));
    } else {
      out.push(detect('error', 'successor-missing', ['group', 'members'], { name: person.name, title: person.title, organisation: orgName(before, org) }));
    }
  }
  return out;
}
