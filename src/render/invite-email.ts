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

export function emailMessage(inv: Invitation, view: InviteView): EmailMessage {
  const { msg, inviteText } = view;
  const level = inviteText.levelPhrase(inv.levelName);
  const subject = inviteText.email.subject(level, spokenMoment(inv.start, msg));
  const org = inv.organiser;
  const body = [
    inviteText.email.greeting,
    '',
    inviteText.email.intro(level, spokenMoment(inv.activatedAt, msg)),
    '',
    `${inviteText.email.time} ${meetingSpan(inv, msg, true)}`,
    ...whereLines(inv, inviteText),
    ...(inv.reason ? [`${inviteText.text.reason} ${inv.reason}`] : []),
    '',
    inviteText.email.deadline(spokenMoment(inv.deadline.deadline, msg)),
    inviteText.email.absent,
    '',
    inviteText.email.regards,
    org.name,
    [org.title, org.organisation].filter(Boolean).join(', '),
    inviteText.email.phone(org.phone),
  ].join('\n');
  const to = emailRecipients(inv);
  return { to, subject, body, mailto: mailtoLink(to, subject, body) };
}

/** `invite --format email`: headers, body, and the same as one mailto: link. */
export function invitationEmail(given: Invitation, view: InviteView): string {
  // Printed on a terminal or pasted into a message: roster and option text without control characters.
  const inv = terminalSafeData(given);
  const { inviteText, msg } = view;
  const mail = emailMessage(inv, view);
  const out = [`${inviteText.email.to} ${mail.to.join(', ')}`, `${inviteText.email.subjectLabel} ${mail.subject}`, '', mail.body, '', '---'];
  if (mail.to.length) out.push(inviteText.email.link, mail.mailto);
  else out.push(inviteText.email.none);
  const without = inv.guests.filter((g) => !g.email).map((g) => `${g.name} (${g.phone})`);
  if (without.length) out.push(`${inviteText.email.noEmail} ${msg.list(without)}`);
  return out.join('\n') + '\n';
}
