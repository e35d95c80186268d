import type { Contact } from '../roster/contacts.js';
import type { Guest, Invitation } from '../domain/invite.js';
import { emailRecipients, smsRecipients } from '../domain/invite.js';
import { isoWithOffset } from '../document/dates.js';
import { deadlineData } from './deadline.js';
import type { InviteView } from './invite-common.js';
import { emailMessage } from './invite-email.js';
import { smsMessage } from './invite-sms.js';

function contact(c: Contact) {
  return { id: c.id, kind: c.kind, name: c.name, title: c.title, organisation: c.organisation, phone: c.phone, dial: c.dial };
}

function guest(g: Guest) {
  return { ...contact(g), email: g.email ?? null, standsInFor: g.standsInFor ?? null, adHoc: g.adHoc };
}

/** `invite --format json`: the invitation, the SMS and the e-mail as data. */
export function invitationData(inv: Invitation, v: InviteView) {
  const sms = smsMessage(inv, v);
  const email = emailMessage(inv, v);
  return {
    level: inv.level,
    levelName: inv.levelName,
    activatedAt: isoWithOffset(inv.activatedAt),
    deadline: deadlineData(inv.deadline, v),
    latestStart: isoWithOffset(inv.latestStart),
    meeting: { start: isoWithOffset(inv.start), end: isoWithOffset(inv.end), durationMinutes: inv.durationMinutes, proposed: inv.proposed, endsAfterDeadline: inv.endsAfterDeadline },
    place: inv.place ?? null,
    online: inv.online ?? null,
    dialIn: inv.dialIn ?? null,
    reason: inv.reason ?? null,
    organiser: guest(inv.organiser),
    guests: inv.guests.map(guest),
    absent: inv.absent.map((a) => ({ member: contact(a.member), substitute: a.substitute ? contact(a.substitute) : null, substituteAbsent: a.substituteAbsent ? contact(a.substituteAbsent) : null })),
    calendar: { uid: inv.uid, sequence: inv.sequence },
    sms: { text: sms.text, segments: sms.segments, encoding: sms.encoding, characters: sms.characters, outsideGsm7: sms.outside, recipients: smsRecipients(inv) },
    email: { to: emailRecipients(inv), subject: email.subject, body: email.body, mailto: email.mailto },
  };
}
