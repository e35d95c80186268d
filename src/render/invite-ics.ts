import ical, { ICalAlarmType, ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod } from 'ical-generator';
import type { DateTime } from 'luxon';
import type { Invitation } from '../domain/invite.js';
import { spokenMoment } from '../document/dates.js';
import { foldContentLine, icalParameter } from './escape.js';
import type { InviteView } from './invite-common.js';


/** An instant for ical-generator: an ISO string in UTC, so DTSTART/DTEND are written as UTC instants. */
const instant = (dt: DateTime) => dt.toUTC().toISO()!;

function description(inv: Invitation, v: InviteView): string {
  const { t, m } = v;
  const a = inv.activation;
  const lines = [`${t.deadline.activated(a.levelName, spokenMoment(inv.activatedAt, t))}.`];
  if (inv.reason) lines.push(m.ics.reason(inv.reason));
  lines.push(m.ics.deadline(spokenMoment(inv.deadline.deadline, t)));
  if (inv.online) lines.push(m.ics.online(inv.online));
  if (inv.dialIn) lines.push(m.ics.dialIn(inv.dialIn.dial));
  lines.push(m.ics.organiser(inv.organiser.name, inv.organiser.phone), '', m.ics.callList);
  for (const chain of a.chains) {
    lines.push(`${chain.title}:`);
    chain.contacts.forEach((c, i) => lines.push(`${i + 1}. ${c.name} ${c.phone}${i > 0 ? ` (${m.ics.ifNoAnswer})` : ''}`));
  }
  lines.push('', m.ics.guests, ...inv.guests.map((g) => `- ${g.name} ${g.phone}`));
  return lines.join('\n');
}

/**
 * One VEVENT (RFC 5545), serialised by ical-generator (escaping, folding at 75 octets). METHOD:REQUEST when there is an
 * organiser with an address and someone to invite by e-mail (iTIP needs both); else PUBLISH, with no attendees.
 * `now` is the DTSTAMP: the moment the invitation is made.
 */
export function invitationIcs(inv: Invitation, v: InviteView, now: DateTime): string {
  const { m } = v;
  const attendees = inv.guests.filter((g) => g.email);
  const request = Boolean(inv.organiser.email) && attendees.length > 0;
  const calendar = ical({
    prodId: { company: 'beredskab', product: 'invite', language: v.lang.toUpperCase() },
    method: request ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.PUBLISH,
  });
  const location = [inv.place, inv.online, inv.dialIn?.dial].filter(Boolean).join(' · ');
  calendar.createEvent({
    id: inv.uid,
    sequence: inv.sequence,
    stamp: instant(now),
    start: instant(inv.start),
    end: instant(inv.end),
    summary: m.ics.summary(m.levelPhrase(inv.levelName)),
    description: description(inv, v),
    location: location || null,
    // Written below: ical-generator escapes URL as TEXT (`\,` `\;`), which breaks a meeting link.
    url: inv.online ? URL_MARK : null,
    organizer: inv.organiser.email ? { name: icalParameter(inv.organiser.name), email: inv.organiser.email } : null,
    attendees: request
      ? attendees.map((g) => ({
          name: icalParameter(g.name),
          email: g.email!,
          role: ICalAttendeeRole.REQ,
          status: ICalAttendeeStatus.NEEDSACTION,
          rsvp: true,
        }))
      : [],
    alarms: [{ type: ICalAlarmType.display, trigger: 3600, description: m.ics.alarm(m.levelPhrase(inv.levelName)) }],
  });
  // Every content line ends with CRLF (RFC 5545 §3.1), the last one too.
  const text = calendar.toString().replace(/(?:\r\n)?$/, '\r\n');
  return inv.online ? text.replace(`URL;VALUE=URI:${URL_MARK}`, () => foldContentLine(`URL;VALUE=URI:${uri(inv.online!)}`)) : text;
}

/** Stands for the meeting link until the calendar is written; a URN no link can be. */
const URL_MARK = 'urn:x-beredskab:online';

/**
 * A URL value is a URI (RFC 5545 §3.3.13), not TEXT: no backslash escapes. What a URI cannot hold (a space, a quote)
 * is percent-encoded, so the value is ASCII and stays one property.
 */
function uri(link: string): string {
  try {
    return new URL(link).href;
  } catch {
    return encodeURI(link);
  }
}
