import { interpretationLine } from '../i18n/plantext.js';
import type { Invitation } from '../domain/invite.js';
import { isoWithOffset, longMoment } from '../document/dates.js';
import { meetingSpan, whereLines, type InviteView } from './invite-common.js';
import { style } from './style.js';
import { wrap } from './text.js';
import { terminalSafeData } from './escape.js';

const WIDTH = 80;

/** `invite` without --format: what will be sent, to whom, and how to send it again. */
export function invitationText(given: Invitation, v: InviteView): string {
  // Printed on a terminal or pasted into a message: roster and option text without control characters.
  const inv = terminalSafeData(given);
  const s = style(v.color);
  const { t, m } = v;
  const out: string[] = [s.bold(m.text.heading(inv.levelName))];
  out.push(...wrap(m.text.activated(longMoment(inv.activatedAt, t)), WIDTH, '', '  '));
  out.push(...wrap(m.text.deadline(longMoment(inv.deadline.deadline, t)), WIDTH, '', '  ').map((l) => s.bold(l)));
  out.push(...wrap(m.text.latestStart(m.duration(inv.durationMinutes), longMoment(inv.latestStart, t)), WIDTH, '', '  '));
  out.push('', ...wrap(`${s.bold(m.text.meeting)} ${meetingSpan(inv, t)}`, WIDTH, '', '  '));
  if (inv.proposed) out.push(...wrap(m.text.proposed, WIDTH, '  '));
  if (inv.endsAfterDeadline) out.push(...wrap(m.text.endsAfter(interpretationLine(inv.meetingRule, v.lang)), WIDTH, '  ', '  '));
  for (const line of whereLines(inv, m)) out.push(...wrap(line, WIDTH, '', '  '));
  if (inv.reason) out.push(...wrap(`${m.text.reason} ${inv.reason}`, WIDTH, '', '  '));
  const o = inv.organiser;
  out.push(...wrap(`${m.text.organiser} ${[o.name, o.phone, o.email].filter(Boolean).join(', ')}`, WIDTH, '', '  '));
  out.push('', s.bold(m.text.guests(inv.guests.length)));
  for (const g of inv.guests) {
    const notes = [g.standsInFor ? m.text.standsInFor(g.standsInFor) : '', g.adHoc ? m.text.adHoc : ''].filter(Boolean).join(', ');
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
        ? m.text.absentWith(a.member.name, a.substitute.name)
        : a.substituteAbsent
          ? m.text.absentBoth(a.member.name, a.substituteAbsent.name)
          : m.text.absentWithout(a.member.name),
    );
    out.push('', ...wrap(`${m.text.absent} ${t.list(items)}`, WIDTH, '', '  '));
  }
  const noEmail = inv.guests.filter((g) => !g.email).map((g) => g.name);
  if (noEmail.length) out.push('', ...wrap(`${m.text.noEmail} ${t.list(noEmail)}`, WIDTH, '', '  '));
  out.push('', ...wrap(m.text.formats, WIDTH), ...wrap(m.text.resend(isoWithOffset(inv.activatedAt), inv.sequence + 1), WIDTH).map((l) => s.dim(l)));
  return out.join('\n') + '\n';
}
