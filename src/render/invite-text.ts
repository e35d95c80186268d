import { interpretationLine } from '../i18n/index.js';
import type { Invitation } from '../domain/invite.js';
import { isoWithOffset, longMoment } from '../document/dates.js';
import { meetingSpan, whereLines, type InviteView } from './invite-common.js';
import { style } from './style.js';
import { wrap } from './text.js';
import { terminalSafeData } from './escape.js';

const WIDTH = 80;

/** `invite` without --format: what will be sent, to whom, and how to send it again. */
export function invitationText(given: Invitation, view: InviteView): string {
  // Printed on a terminal or pasted into a message: roster and option text without control characters.
  const inv = terminalSafeData(given);
  const s = style(view.color);
  const { msg, inviteText } = view;
  const out: string[] = [s.bold(inviteText.text.heading(inv.levelName))];
  out.push(...wrap(inviteText.text.activated(longMoment(inv.activatedAt, msg)), WIDTH, '', '  '));
  out.push(...wrap(inviteText.text.deadline(longMoment(inv.deadline.deadline, msg)), WIDTH, '', '  ').map((l) => s.bold(l)));
  out.push(...wrap(inviteText.text.latestStart(inviteText.duration(inv.durationMinutes), longMoment(inv.latestStart, msg)), WIDTH, '', '  '));
  out.push('', ...wrap(`${s.bold(inviteText.text.meeting)} ${meetingSpan(inv, msg)}`, WIDTH, '', '  '));
  if (inv.proposed) out.push(...wrap(inviteText.text.proposed, WIDTH, '  '));
  if (inv.endsAfterDeadline) out.push(...wrap(inviteText.text.endsAfter(interpretationLine(inv.meetingRule, view.lang)), WIDTH, '  ', '  '));
  for (const line of whereLines(inv, inviteText)) out.push(...wrap(line, WIDTH, '', '  '));
  if (inv.reason) out.push(...wrap(`${inviteText.text.reason} ${inv.reason}`, WIDTH, '', '  '));
  const o = inv.organiser;
  out.push(...wrap(`${inviteText.text.organiser} ${[o.name, o.phone, o.email].filter(Boolean).join(', ')}`, WIDTH, '', '  '));
  out.push('', s.bold(inviteText.text.guests(inv.guests.length)));
  for (const g of inv.guests) {
    const notes = [g.standsInFor ? inviteText.text.standsInFor(g.standsInFor) : '', g.adHoc ? inviteText.text.adHoc : ''].filter(Boolean).join(', ');
    const head = `  • ${g.name.padEnd(Math.max(26, g.name.length + 1))} ${g.phone}`;
    const tail = [g.email ?? '', notes ? `(${notes})` : ''].filter(Boolean).join('  ');
    // The e-mail and notes in a column beside the number when they fit in 80 columns, else on the next line.
    const aligned = `${head.padEnd(42)}  ${tail}`;
    if (!tail) out.push(head);
    else if (aligned.length <= WIDTH) out.push(aligned);
    else if (head.length + 2 + tail.length <= WIDTH) out.push(`${head}  ${tail}`);
    else out.push(head, ...wrap(tail, WIDTH, '    '));
  }
  if (inv.absent.length) {
    const items = inv.absent.map((a) =>
      a.substitute
        ? inviteText.text.absentWith(a.member.name, a.substitute.name)
        : a.substituteAbsent
          ? inviteText.text.absentBoth(a.member.name, a.substituteAbsent.name)
          : inviteText.text.absentWithout(a.member.name),
    );
    out.push('', ...wrap(`${inviteText.text.absent} ${msg.list(items)}`, WIDTH, '', '  '));
  }
  const noEmail = inv.guests.filter((g) => !g.email).map((g) => g.name);
  if (noEmail.length) out.push('', ...wrap(`${inviteText.text.noEmail} ${msg.list(noEmail)}`, WIDTH, '', '  '));
  out.push('', ...wrap(inviteText.text.formats, WIDTH), ...wrap(inviteText.text.resend(isoWithOffset(inv.activatedAt), inv.sequence + 1), WIDTH).map((l) => s.dim(l)));
  return out.join('\n') + '\n';
}
