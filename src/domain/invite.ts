import type { DateTime } from 'luxon';
import type { Lang } from '../roster/lang.js';
import { contactOf, rosterIndex, type Contact } from '../roster/contacts.js';
import { dialString, parsePhone } from '../roster/phone.js';
import type { Roster } from '../roster/schema.js';
import { slugOf } from '../roster/slug.js';
import { planActivation, type Activation } from './activation.js';
import type { WorkingCalendar } from './calendar.js';
import type { Deadline } from './deadline.js';
import { interpretationsOf, type Interpretation } from './interpretations.js';
import { zoneOf } from './zone.js';

export type MeetingLevel = 'yellow' | 'red';

/** Where a proposed meeting may begin at the earliest: the morning of a working day. */
export const MORNING = { yellow: 9, red: 8 } as const;
/** A red meeting is proposed no sooner than this after the activation: time to reach people and get there. */
const RED_LEAD_HOURS = 2;

/**
 * The start proposed when no --meeting is given: a time people can come, not the last minute before the deadline.
 * Yellow: the next working day at 09.00. Red: the first whole hour at least two hours after the activation that
 * ends within the working day (08.00 to the roster's workdayEnds), else 08.00 the next morning. Never after the
 * latest start the deadline allows: then that latest start.
 */
export function proposeStart(
  level: MeetingLevel,
  activatedAt: DateTime,
  latestStart: DateTime,
  workdayEnds: string,
  durationMinutes: number,
  calendar: WorkingCalendar,
): DateTime {
  const [endHour, endMinute] = workdayEnds.split(':').map(Number) as [number, number];
  let proposal: DateTime;
  if (level === 'yellow') {
    let day = activatedAt.startOf('day').plus({ days: 1 });
    for (let i = 0; i < 60 && !calendar.isWorkingDay(day.toISODate()!); i++) day = day.plus({ days: 1 });
    proposal = day.set({ hour: MORNING.yellow });
  } else {
    const earliest = activatedAt.plus({ hours: RED_LEAD_HOURS });
    const hour = earliest.startOf('hour') < earliest ? earliest.startOf('hour').plus({ hours: 1 }) : earliest;
    const dayEnd = hour.set({ hour: endHour, minute: endMinute, second: 0, millisecond: 0 });
    const fits = hour.hour >= MORNING.red && hour.plus({ minutes: durationMinutes }) <= dayEnd && hour.hasSame(earliest, 'day');
    if (fits) proposal = hour;
    else {
      const morning = hour.set({ hour: MORNING.red, minute: 0, second: 0, millisecond: 0 });
      proposal = morning > earliest ? morning : morning.plus({ days: 1 });
    }
  }
  return proposal > latestStart || proposal < activatedAt ? latestStart : proposal;
}

/** A conference line: the number, and what a phone dials to enter the PIN after the call connects. */
export interface DialIn {
  /** As a phone dials it: "+4570101010". */
  number: string;
  pin?: string;
  /** "+4570101010,,,123456#": each comma waits about two seconds, then the PIN and # are sent. */
  dial: string;
}

export interface InviteRequest {
  level: MeetingLevel;
  activatedAt: DateTime;
  /** Left out: a start is proposed (see proposeStart). */
  meeting?: DateTime;
  durationMinutes: number;
  /** Members who cannot come; their substitutes are invited instead. */
  without: readonly string[];
  /** People or hotlines invited on top of the group (ad hoc). */
  also: readonly string[];
  place?: string;
  online?: string;
  dialIn?: DialIn;
  reason?: string;
  /** The activation's own id; else the UID is derived from the level and the activation instant. */
  id?: string;
  /** Raised each time the invitation is sent again with a new time (RFC 5545 SEQUENCE). */
  sequence: number;
}

export interface Guest extends Contact {
  email?: string;
  /** A substitute: the member they stand in for. */
  standsInFor?: string;
  /** Invited with --also, not a member. */
  adHoc: boolean;
}

export interface Invitation {
  level: MeetingLevel;
  levelName: string;
  activatedAt: DateTime;
  deadline: Deadline;
  /**
   * The latest start the deadline allows: the deadline itself when the group has met in time once the meeting starts
   * (the default), the deadline minus the meeting's length when the roster says the meeting must end by it.
   */
  latestStart: DateTime;
  /** Whether the group has met in time when the meeting starts or when it ends by the deadline, and who says so. */
  meetingRule: Interpretation<'meetingDeadline'>;
  /** The meeting starts by the deadline but ends after it: allowed only when the meeting need only start by it. */
  endsAfterDeadline: boolean;
  start: DateTime;
  end: DateTime;
  durationMinutes: number;
  /** True when no --meeting was given and a start is proposed (see proposeStart). */
  proposed: boolean;
  organiser: Guest;
  guests: Guest[];
  /** Members marked absent, and whether someone stands in. */
  absent: Array<{ member: Contact; substitute?: Contact; /** The member's substitute, who cannot come either. */ substituteAbsent?: Contact }>;
  place?: string;
  online?: string;
  dialIn?: DialIn;
  reason?: string;
  uid: string;
  sequence: number;
  timezone: string;
  /** For the call list in the invitation: the activation as `activate` plans it. */
  activation: Activation;
  plan: { title: string; municipality: string };
}

/** Why an invitation cannot be made: `usage` problems are mistakes in the call (exit 2), the rest are refusals (exit 1). */
export type InviteProblem =
  | { kind: 'not-a-member'; id: string; usage: true }
  | { kind: 'unknown-guest'; id: string; usage: true }
  | { kind: 'organisation-guest'; id: string; name: string; usage: true }
  | { kind: 'organiser-absent'; name: string; usage: true }
  | { kind: 'no-meeting'; usage: true }
  | { kind: 'before-activation'; meeting: DateTime; activatedAt: DateTime; deadline: Deadline; latestStart: DateTime; usage: false }
  | { kind: 'after-deadline'; meeting: DateTime; deadline: Deadline; latestStart: DateTime; durationMinutes: number; mustEnd: boolean; usage: false }
  | { kind: 'too-long'; deadline: Deadline; durationMinutes: number; usage: false };

/** Reads "1h30m", "90m", "2h", "45min", "1:30" or ISO 8601 "PT1H30M" as minutes; undefined when unreadable. */
export function parseDuration(text: string): number | undefined {
  const value = text.trim().toLowerCase().replace(/^pt/, '');
  if (/^\d{1,4}$/.test(value)) return Number(value);
  let m = /^(\d{1,2}):([0-5]\d)$/.exec(value);
  if (m) return Number(m[1]) * 60 + Number(m[2]);
  m = /^(?:(\d{1,2})\s*(?:h|t|timer?))?\s*(?:(\d{1,4})\s*(?:m|min|minutter?))?$/.exec(value);
  if (m && (m[1] !== undefined || m[2] !== undefined)) return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
  return undefined;
}

/** A dial-in number (Danish, or international with +) and an optional PIN; undefined when the number is not one. */
export function dialInOf(number: string, pin?: string): DialIn | undefined {
  const danish = parsePhone(number);
  let dial: string;
  if (danish) dial = dialString(danish);
  else {
    const compact = number.trim().replace(/[\s().-]/g, '').replace(/^00/, '+');
    if (!/^\+[1-9]\d{6,14}$/.test(compact)) return undefined;
    dial = compact;
  }
  if (pin !== undefined && !/^\d{1,20}$/.test(pin)) return undefined;
  return { number: dial, pin, dial: pin ? `${dial},,,${pin}#` : dial };
}

/** The roster's slug (æ→ae, ø→oe, å→aa), and "plan" for a text with no letter or digit in it. */
const slug = (text: string): string => slugOf(text) || 'plan';

/**
 * The calendar UID: the same for every sending of one activation's invitation, so a calendar moves the meeting
 * instead of adding a second one. Without an id it is derived from the level and the activation instant.
 */
export function invitationUid(municipality: string, level: MeetingLevel, activatedAt: DateTime, id?: string): string {
  const key = id ? slug(id) : `${level}-${activatedAt.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'")}`;
  return `beredskab-${slug(municipality)}-${key}@beredskab`;
}

export function planInvitation(
  roster: Roster,
  request: InviteRequest,
  calendar: WorkingCalendar,
  lang: Lang,
): { invitation: Invitation } | { problem: InviteProblem } {
  const index = rosterIndex(roster);
  const zone = zoneOf(roster.plan.timezone);
  const activatedAt = request.activatedAt.setZone(zone);
  const activation = planActivation(roster, request.level, activatedAt, calendar, lang);
  const deadline = activation.deadline;
  if (!deadline) return { problem: { kind: 'no-meeting', usage: true } };

  // A member who cannot come, or a substitute who cannot stand in (then the member is listed without a stand-in).
  const memberIds = new Set(roster.group.members.flatMap((m) => (m.substitute ? [m.person, m.substitute] : [m.person])));
  for (const id of request.without) if (!memberIds.has(id)) return { problem: { kind: 'not-a-member', id, usage: true } };
  for (const id of request.also) {
    if (index.organisations.has(id)) return { problem: { kind: 'organisation-guest', id, name: index.organisations.get(id)!.name, usage: true } };
    if (!index.people.has(id) && !index.hotlines.has(id)) return { problem: { kind: 'unknown-guest', id, usage: true } };
  }

  const guest = (id: string, extra: Partial<Guest> = {}): Guest => ({
    ...contactOf(index, id, lang),
    email: index.people.get(id)?.email,
    adHoc: false,
    ...extra,
  });
  const absent = new Set(request.without);
  const coordinator = roster.group.members.find((m) => m.person === roster.group.coordinator)!;
  let organiser: Guest;
  if (absent.has(coordinator.person)) {
    // The coordinator's substitute sends the invitation in her place.
    if (!coordinator.substitute || absent.has(coordinator.substitute)) return { problem: { kind: 'organiser-absent', name: index.people.get(coordinator.person)!.name, usage: true } };
    organiser = guest(coordinator.substitute, { standsInFor: index.people.get(coordinator.person)!.name });
  } else organiser = guest(coordinator.person);

  const guests: Guest[] = [];
  const seen = new Set<string>([organiser.id]);
  const add = (g: Guest) => {
    if (seen.has(g.id)) return;
    seen.add(g.id);
    guests.push(g);
  };
  const absentList: Invitation['absent'] = [];
  for (const m of roster.group.members) {
    if (m.person === coordinator.person) continue;
    if (absent.has(m.person)) {
      // A substitute who cannot come either stands in for nobody: the member is listed without a stand-in.
      const standIn = m.substitute && !absent.has(m.substitute) ? m.substitute : undefined;
      absentList.push({
        member: contactOf(index, m.person, lang),
        substitute: standIn ? contactOf(index, standIn, lang) : undefined,
        ...(m.substitute && !standIn ? { substituteAbsent: contactOf(index, m.substitute, lang) } : {}),
      });
      if (standIn) add(guest(standIn, { standsInFor: index.people.get(m.person)!.name }));
    } else add(guest(m.person));
  }
  if (absent.has(coordinator.person)) absentList.unshift({ member: contactOf(index, coordinator.person, lang), substitute: contactOf(index, organiser.id, lang) });
  for (const id of request.also) add(guest(id, { adHoc: true }));

  const duration = { minutes: request.durationMinutes };
  const meetingRule = interpretationsOf(roster).meetingDeadline;
  const mustEnd = meetingRule.value === 'end';
  // The proposal ends by the deadline whichever rule applies; the latest start depends on the rule.
  const endsInTime = deadline.deadline.minus(duration).startOf('minute');
  const latestStart = mustEnd ? endsInTime : deadline.deadline.startOf('minute');
  if (mustEnd && endsInTime < activatedAt) return { problem: { kind: 'too-long', deadline, durationMinutes: request.durationMinutes, usage: false } };
  const firstMinute = activatedAt.second || activatedAt.millisecond ? activatedAt.startOf('minute').plus({ minutes: 1 }) : activatedAt;
  const proposal = endsInTime >= activatedAt ? proposeStart(request.level, activatedAt, endsInTime, roster.calendar.workdayEnds, request.durationMinutes, calendar) : firstMinute;
  const start = (request.meeting ?? proposal).setZone(zone);
  if (start < activatedAt) return { problem: { kind: 'before-activation', meeting: start, activatedAt, deadline, latestStart, usage: false } };
  if (start > latestStart) {
    return { problem: { kind: 'after-deadline', meeting: start, deadline, latestStart, durationMinutes: request.durationMinutes, mustEnd, usage: false } };
  }

  return {
    invitation: {
      level: request.level,
      levelName: activation.levelName,
      activatedAt,
      deadline,
      latestStart,
      meetingRule,
      endsAfterDeadline: start.plus(duration) > deadline.deadline,
      start,
      end: start.plus(duration),
      durationMinutes: request.durationMinutes,
      proposed: request.meeting === undefined,
      organiser,
      guests,
      absent: absentList,
      place: request.place,
      online: request.online,
      dialIn: request.dialIn,
      reason: request.reason,
      uid: invitationUid(roster.plan.municipality, request.level, activatedAt, request.id),
      sequence: request.sequence,
      timezone: roster.plan.timezone,
      activation,
      plan: { title: roster.plan.title, municipality: roster.plan.municipality },
    },
  };
}

/** The guests' numbers for a group message: people with an ordinary (mobile-capable) number, international form. */
export function smsRecipients(inv: Invitation): string[] {
  return inv.guests.filter((g) => g.kind === 'person' && g.dial.startsWith('+')).map((g) => g.dial);
}

/** Everyone with an e-mail address: the guests'. */
export function emailRecipients(inv: Invitation): string[] {
  return inv.guests.flatMap((g) => (g.email ? [g.email] : []));
}
