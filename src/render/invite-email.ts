import type { Invitation } from '../domain/invite.js';
import { emailRecipients } from '../domain/invite.js';
import { spokenMoment } from '../document/dates.js';
import { meetingSpan, whereLines, type InviteView } from './invite-common.js';
import { terminalSafeData } from './escape.js';

export interface EmailMessage {
  to: string[];
  subject: string;
  body: string;
  /** RFC 6068: every address, subject and body percent-encoded, line breaks as CRLF. */
  mailto: string;
}

const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

function mailtoLink(to: readonly string[], subject: string, body: string): string {
  const addresses = to.map((a) => encodeURIComponent(a).replace(/%40/g, '@')).join(',');
  return `mailto:${addresses}?subject=${encode(subject)}&body=${encode(body)}`;
}

export function emailMessage(inv: Invitation, v: InviteView): EmailMessage {
  const { t, m } = v;
  const level = m.levelPhrase(inv.levelName);
  const subject = m.email.subject(level, spokenMoment(inv.start, t));
  const org = inv.organiser;
  const body = [
    m.email.greeting,
    '',
    m.email.intro(level, spokenMoment(inv.activatedAt, t)),
    '',
    `${m.email.time} ${meetingSpan(inv, t, true)}`,
    ...whereLines(inv, m),
    ...(inv.reason ? [`${m.text.reason} ${inv.reason}`] : []),
    '',
    m.email.deadline(spokenMoment(inv.deadline.deadline, t)),
    m.email.absent,
    '',
    m.email.regards,
    org.name,
    [org.title, org.organisation].filter(Boolean).join(', '),
    m.email.phone(org.phone),
  ].join('\n');
  const to = emailRecipients(inv);
  return { to, subject, body, mailto: mailtoLink(to, subject, body) };
}

/** `invite --format email`: headers, body, and the same as one mailto: link. */
export function invitationEmail(given: Invitation, v: InviteView): string {
  // Printed on a terminal or pasted into a message: roster and option text without control characters.
  const inv = terminalSafeData(given);
  const { m, t } = v;
  const mail = emailMessage(inv, v);
  const out = [`${m.email.to} ${mail.to.join(', ')}`, `${m.email.subjectLabel} ${mail.subject}`, '', mail.body, '', '---'];
  if (mail.to.length) out.push(m.email.link, mail.mailto);
  else out.push(m.email.none);
  const without = inv.guests.filter((g) => !g.email).map((g) => `${g.name} (${g.phone})`);
  if (without.length) out.push(`${m.email.noEmail} ${t.list(without)}`);
  return out.join('\n') + '\n';
}
