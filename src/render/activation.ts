import type { Activation } from '../domain/activation.js';
import type { Contact } from '../roster/contacts.js';
import type { View } from './view.js';
import { isoWithOffset, longMoment } from '../document/dates.js';
import { deadlineData, deadlineLines } from './deadline.js';
import { style, type Style } from './style.js';
import { fitName, visibleLength, wrap } from './text.js';
import { terminalSafeData } from './escape.js';
import { shellMessages } from '../i18n/shell.js';


const WIDTH = 80;

function levelPaint(s: Style, level: Activation['level']): Style {
  return level === 'red' ? s.bgRed.white.bold : level === 'yellow' ? s.bgYellow.black.bold : s.bgGreen.black.bold;
}

/** "1) Lasse Bonde   25 58 32 49" then the title and organisation on the next line. */
function contactLines(c: Contact, s: Style, prefix: string, note = '', broken = ''): string[] {
  // A number that cannot be dialled says so where it stands.
  if (c.broken && !note) note = s.red.bold(broken);
  const indent = ' '.repeat(prefix.length);
  // A name longer than the line leaves room for is cut as the contact sheet cuts it: the phone number stays on the line.
  const room = WIDTH - prefix.length - 2 - visibleLength(c.phone) - (note ? 2 + visibleLength(note) : 0);
  const fitted = fitName(c.name, room);
  const name = fitted.padEnd(Math.max(26, fitted.length + 1));
  const head = `${prefix}${s.bold(name)} ${s.bold(c.phone)}${note ? `  ${note}` : ''}`;
  const detail = [c.title, c.organisation].filter(Boolean).join(', ');
  return [head, ...(detail ? wrap(detail, WIDTH, indent).map((l) => s.dim(l)) : [])];
}

/** Indents a line by three columns, wrapping only what would not fit (keeps the day list aligned). */
function indented(line: string): string[] {
  if (!line) return [''];
  // A line's own indentation (an item under a heading) is kept on the lines it wraps onto.
  const lead = /^ */.exec(line)![0];
  return visibleLength(line) + 3 <= WIDTH ? [`   ${line}`] : wrap(line.slice(lead.length), WIDTH, `   ${lead}`);
}

/** A warning when the activation falls outside the plan's period (an expired plan may name the wrong people). */
export function periodWarning(a: Activation, v: Pick<View, 't' | 'lang'>): string | undefined {
  const day = a.activatedAt.toISODate()!;
  const say = shellMessages(v.lang);
  const when = longMoment(a.activatedAt, v.t);
  if (day > a.period.end) return say.plan.expired(a.period.end, when);
  if (day < a.period.start) return say.plan.notStarted(a.period.start, when);
  return undefined;
}

export function activationText(activation: Activation, v: View): string {
  // Roster text never reaches the terminal raw: control characters could rewrite the screen or hide numbers.
  const a = terminalSafeData(activation);
  const s = style(v.color);
  const { t } = v;
  const out: string[] = [];
  const banner = ` ${fitName(t.activate.banner(a.levelName), WIDTH - 8)} `;
  out.push(levelPaint(s, a.level)(`${'█'.repeat(3)}${banner}${'█'.repeat(3)}`.padEnd(40, ' ')));
  out.push(...wrap(a.meaning, WIDTH));
  out.push(t.activate.activatedAt(longMoment(a.activatedAt, t)));
  const warning = periodWarning(a, v);
  if (warning) out.push('', ...wrap(s.red.bold(warning), WIDTH));

  // Only green convenes nobody; yellow and red always show the chains, whatever the roster says about meeting.
  if (a.level === 'green' && a.forums) {
    out.push('', s.bold(t.activate.greenTitle), ...wrap(t.deadline.green(a.meaning, t.list(a.forums)), WIDTH));
    return out.join('\n') + '\n';
  }
  if (a.instructions) out.push('', ...wrap(s.bold(a.instructions), WIDTH));

  let section = 0;
  const heading = (text: string) => out.push('', s.bold.underline(`${++section}. ${text}`));

  a.chains.forEach((chain, i) => {
    heading(`${i === 0 ? t.activate.callNow : t.activate.then} – ${chain.title}`);
    out.push(...wrap(chain.purpose, WIDTH, '   '));
    chain.contacts.forEach((c, k) => {
      // A broken number in a chain is passed over: the note names whom to ring instead.
      const next = chain.contacts.findIndex((x, j) => j > k && !x.broken);
      const note = c.broken
        ? s.red.bold(next >= 0 ? t.activate.brokenNext(`${next + 1}) ${chain.contacts[next]!.name}`) : t.activate.brokenLast)
        : k > 0
          ? s.yellow(`(${t.activate.ifNoAnswer})`)
          : '';
      out.push(...contactLines(c, s, `   ${k + 1}) `, note));
    });
    if (chain.contacts.some((c) => c.id === a.coordinator.id)) {
      if (a.deadline) out.push('', ...deadlineLines(a.deadline, v, false).flatMap((line) => indented(line)));
      out.push('', `   ${s.bold(t.activate.invite)}`);
      for (const inv of a.invitees) {
        out.push(...contactLines(inv.member, s, '   • ', '', t.activate.broken));
        if (inv.substitute) out.push(...contactLines(inv.substitute, s, `     ${t.activate.substitute}: `, '', t.activate.broken));
      }
      out.push('', ...wrap(`${t.activate.adHoc} ${t.list(a.adHoc)}.`, WIDTH, '   '));
      for (const c of a.adHocContacts) out.push(...contactLines(c, s, '   • ', '', t.activate.broken));
    }
  });

  heading(t.activate.whoInforms);
  for (const duty of a.informs) {
    const extra = [duty.with.length ? t.activate.with(t.list(duty.with)) : '', duty.when ?? ''].filter(Boolean).join(', ');
    out.push(...wrap(`${s.bold(t.list(duty.by))} ${duty.informs}${extra ? ` (${extra})` : ''}.`, WIDTH, '   • ', '     '));
  }
  out.push('', ...wrap(t.activate.pressHeading(t.list(a.press.responsible)), WIDTH, '   '));
  for (const c of a.press.contacts) out.push(...contactLines(c, s, '   • ', '', t.activate.broken));
  out.push(...wrap(a.press.agreement, WIDTH, '   '));
  out.push('', ...wrap(`${s.bold(t.activate.sharing)} ${a.informationSharing}`, WIDTH, '   '));

  heading(t.activate.afterwards);
  out.push(...wrap(`${s.bold(t.activate.evaluation)} ${a.evaluation}`, WIDTH, '   '));
  out.push(...wrap(`${s.bold(t.activate.statusMeeting(a.statusMeeting.organiser))} ${a.statusMeeting.purpose}`, WIDTH, '   '));
  return out.join('\n') + '\n';
}

function contactData(c: Contact) {
  return { id: c.id, kind: c.kind, name: c.name, title: c.title, organisation: c.organisation, phone: c.phone, dial: c.broken ? null : c.dial, ...(c.broken ? { broken: true } : {}) };
}

/** `activate --json`: the same facts as the text, as data. */
export function activationData(a: Activation, v: Pick<View, 't' | 'lang'>) {
  return {
    level: a.level,
    levelName: a.levelName,
    meaning: a.meaning,
    activatedAt: isoWithOffset(a.activatedAt),
    period: a.period,
    periodWarning: periodWarning(a, v) ?? null,
    instructions: a.instructions ?? null,
    forums: a.forums ?? null,
    deadline: a.deadline ? deadlineData(a.deadline, v) : null,
    steps: [
      ...a.chains.map((chain) => ({ id: chain.id, title: chain.title, purpose: chain.purpose, contacts: chain.contacts.map(contactData) })),
      ...(a.level === 'green' && a.forums
        ? []
        : [
            {
              id: 'members',
              title: v.t.activate.steps.members,
              purpose: a.coordinatorDuty,
              contacts: a.invitees.flatMap((i) => [i.member, ...(i.substitute ? [i.substitute] : [])]).map(contactData),
            },
            { id: 'press', title: v.t.activate.steps.press, purpose: a.press.agreement, contacts: a.press.contacts.map(contactData) },
          ]),
    ],
    coordinator: contactData(a.coordinator),
    adHoc: a.adHoc,
    adHocContacts: a.adHocContacts.map(contactData),
    informs: a.informs,
    press: { responsible: a.press.responsible, agreement: a.press.agreement },
    informationSharing: a.informationSharing,
    evaluation: a.evaluation,
    statusMeeting: a.statusMeeting,
  };
}
