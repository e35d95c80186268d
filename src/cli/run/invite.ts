import { effectiveCalendar } from '../../domain/interpretations.js';
import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { inviteMessages, type InviteMessages } from '../../i18n/invite.js';
import type { Lang } from '../../i18n/index.js';
import { WorkingCalendar } from '../../domain/calendar.js';
import { parsePhone } from '../../roster/phone.js';
import { dialInOf, parseDuration, planInvitation, type DialIn, type Invitation, type InviteProblem } from '../../domain/invite.js';
import { MomentError, parseMoment } from '../../domain/time.js';
import { longMoment } from '../../document/dates.js';
import type { InviteView } from '../../render/invite-common.js';
import type { Roster } from '../../roster/schema.js';
import { globalsOf, levelOption, loadRosterOrExit, momentOption, nonEmpty, parseChoice, type Globals, nowIn } from '../context.js';
import { ExitCode, UsageError } from '../exit.js';
import { writeOutput } from '../output.js';
import { terminalSafe } from '../../render/escape.js';

export interface InviteOptions {
  level: string;
  at?: string;
  meeting?: string;
  duration?: string;
  place?: string;
  online?: string;
  dialIn?: string;
  pin?: string;
  reason?: string;
  without?: string[];
  also?: string[];
  format?: string;
  id?: string;
  sequence?: string;
  output?: string;
}

const INVITE_FORMATS = ['text', 'ics', 'sms', 'email', 'json'] as const;

/** --meeting is read as --at is: a wall-clock time that daylight saving skips or repeats is refused, not guessed. */
function meetingOption(value: string, zone: string, m: InviteMessages): DateTime {
  try {
    return parseMoment(value, zone);
  } catch (error) {
    if (!(error instanceof MomentError)) throw error;
    if (error.problem === 'nonexistent') throw new UsageError(m.usage.meetingNonexistent(value, zone));
    if (error.problem === 'ambiguous') throw new UsageError(m.usage.meetingAmbiguous(value, zone, error.readings[0]!, error.readings[1]!));
    throw new UsageError(m.usage.meetingFormat(value));
  }
}

function onlineOption(value: string | undefined, m: InviteMessages): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new UsageError(m.usage.online(value));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(m.usage.online(value));
  return url.href;
}

function dialInOption(number: string | undefined, pin: string | undefined, m: InviteMessages): DialIn | undefined {
  if (number === undefined) {
    if (pin !== undefined) throw new UsageError(m.usage.pinWithoutDialIn());
    return undefined;
  }
  if (pin !== undefined && !/^\d{1,20}$/.test(pin.trim())) throw new UsageError(m.usage.pin(pin));
  // 112 and 114 reach the emergency services, not a meeting.
  const service = parsePhone(number);
  if (service?.kind === 'service') throw new UsageError(m.usage.dialInService(service.digits));
  const dialIn = dialInOf(number, pin?.trim());
  if (!dialIn) throw new UsageError(m.usage.dialIn(number));
  return dialIn;
}

function problemMessage(p: InviteProblem, roster: Roster, v: InviteView): string {
  const { t, m } = v;
  switch (p.kind) {
    case 'not-a-member':
      return m.usage.notAMember(p.id, roster.group.members.map((x) => x.person).join(', '));
    case 'unknown-guest':
      return m.usage.unknownGuest(p.id);
    case 'organisation-guest':
      return m.usage.organisationGuest(p.id, p.name);
    case 'organiser-absent':
      return m.usage.organiserAbsent(p.name);
    case 'no-meeting':
      return m.usage.green();
    case 'before-activation':
      return m.refuse.beforeActivation(longMoment(p.meeting, t), longMoment(p.activatedAt, t), longMoment(p.deadline.deadline, t), longMoment(p.latestStart, t));
    case 'after-deadline':
      if (!p.mustEnd) return m.refuse.afterDeadlineStart(longMoment(p.meeting, t), longMoment(p.deadline.deadline, t));
      return m.refuse.afterDeadline(longMoment(p.meeting, t), longMoment(p.deadline.deadline, t), longMoment(p.latestStart, t), m.duration(p.durationMinutes));
    case 'too-long':
      return m.refuse.tooLong(m.duration(p.durationMinutes), longMoment(p.deadline.deadline, t));
  }
}

/** Ids from repeated or comma-separated --without/--also; an empty value is a mistake, not "nobody". */
function idsOption(values: string[], option: string, g: Globals): string[] {
  return values.flatMap((value) => nonEmpty(value.trim(), option, g)!.split(',').map((v) => v.trim()).filter(Boolean));
}

/** A free-text option: empty or blank is a usage error rather than silently dropped. */
function textOption(value: string | undefined, option: string, g: Globals): string | undefined {
  return value === undefined ? undefined : nonEmpty(value.trim(), option, g);
}

export async function runInvite(given: InviteOptions, command: Command, lang: Lang): Promise<ExitCode> {
  const g = globalsOf(command, lang);
  const m = inviteMessages(lang);
  for (const [value, option] of [
    [given.meeting, '--meeting'],
    [given.duration, '--duration'],
    [given.online, '--online'],
    [given.dialIn, '--dial-in'],
    [given.pin, '--pin'],
    [given.format, '--format'],
    [given.id, '--id'],
    [given.sequence, '--sequence'],
    [given.output, '--output'],
  ] as const) nonEmpty(value, option, g);
  const opts = { ...given, duration: given.duration ?? '1h', format: given.format ?? 'text', sequence: given.sequence ?? '0' };
  const without = idsOption(given.without ?? [], '--without', g);
  const also = idsOption(given.also ?? [], '--also', g);
  const place = textOption(given.place, '--place', g);
  const reason = textOption(given.reason, '--reason', g);
  const format = parseChoice(opts.format, '--format', INVITE_FORMATS, g.t);
  const level = levelOption(opts.level, g.t);
  if (level === 'green') throw new UsageError(m.usage.green());
  const durationMinutes = parseDuration(opts.duration);
  if (durationMinutes === undefined || durationMinutes < 5 || durationMinutes > 24 * 60) throw new UsageError(m.usage.duration(opts.duration));
  const online = onlineOption(opts.online, m);
  const dialIn = dialInOption(opts.dialIn, opts.pin, m);
  if (!/^\d{1,6}$/.test(opts.sequence.trim())) throw new UsageError(m.usage.sequence(opts.sequence));
  if (opts.id !== undefined && !/^[A-Za-z0-9._-]{1,64}$/.test(opts.id)) throw new UsageError(m.usage.id(opts.id));

  const { roster } = await loadRosterOrExit(g);
  const zone = roster.plan.timezone;
  const activatedAt = momentOption(opts.at, zone, g);
  const meeting = opts.meeting === undefined ? undefined : meetingOption(opts.meeting, zone, m);
  // The one reading of the clock for the invitation itself: its DTSTAMP.
  const now = nowIn(zone, g);

  const toTerminal = opts.output === undefined || opts.output === '-';
  const view: InviteView = { t: g.t, m, lang: g.lang, color: g.color && toTerminal && format === 'text' };
  const planned = planInvitation(
    roster,
    {
      level,
      activatedAt,
      meeting,
      durationMinutes,
      without,
      also,
      place,
      online,
      dialIn,
      reason,
      id: opts.id,
      sequence: Number(opts.sequence),
    },
    new WorkingCalendar(effectiveCalendar(roster)),
    g.lang,
  );
  if ('problem' in planned) {
    // The message names people from the roster and ids from the command line: both kept off the terminal's controls.
    const message = terminalSafe(problemMessage(planned.problem, roster, view));
    if (planned.problem.usage) throw new UsageError(message);
    g.io.stderr.write(m.refuse.prefix + message + '\n');
    return ExitCode.invalid;
  }
  const inv = planned.invitation;
  // Text shows the proposal itself; an SMS, e-mail or calendar file would send it on without saying so.
  if (inv.proposed && format !== 'text' && format !== 'json') g.io.stderr.write(m.proposedNote(longMoment(inv.start, g.t)) + '\n');
  await writeOutput(g, opts.output, await render(format, inv, view, now), { inputs: [g.rosterPath] });
  return ExitCode.ok;
}

/** Each format loads only its own renderer: the iCalendar and SMS libraries cost start-up time the others need not pay. */
async function render(format: (typeof INVITE_FORMATS)[number], inv: Invitation, view: InviteView, now: DateTime): Promise<string> {
  switch (format) {
    case 'text':
      return (await import('../../render/invite-text.js')).invitationText(inv, view);
    case 'ics':
      return (await import('../../render/invite-ics.js')).invitationIcs(inv, view, now);
    case 'sms':
      return (await import('../../render/invite-sms.js')).invitationSms(inv, view);
    case 'email':
      return (await import('../../render/invite-email.js')).invitationEmail(inv, view);
    case 'json':
      return JSON.stringify((await import('../../render/invite-json.js')).invitationData(inv, view), null, 2) + '\n';
  }
}
