import { DateTime } from 'luxon';
import { pick, type Lang } from '../roster/lang.js';
import { inTimeOrder, summarise, type ActivationSummary } from '../journal/summary.js';
import type { JournalEvent } from '../journal/schema.js';
import { nameOf, rosterIndex } from '../roster/contacts.js';
import type { LevelId, Roster } from '../roster/schema.js';
import type { WorkingCalendar } from './calendar.js';
import { meetingDeadline } from './deadline.js';
import { minutesBetween } from './time.js';
import { zoneOf } from './zone.js';

/** One call as it went: whom, at which step of which chain, answered or not, minutes after activation. */
export interface CallMade {
  at: DateTime;
  contact: string;
  name: string;
  /** The chain the contact belongs to and the 1-based step in it; undefined for a contact outside every chain. */
  chain?: string;
  step?: number;
  answered: boolean;
  minutes: number;
}

export interface ChainOutcome {
  id: string;
  title: string;
  calls: CallMade[];
  /** The first answer in this chain: who and after how many minutes. */
  reached?: { name: string; step: number; minutes: number };
}

export type MeetingVerdict =
  /** Green at every moment: the plan convenes no meeting. */
  | { kind: 'not-required' }
  | { kind: 'met'; deadline: DateTime; level: LevelId; meeting: DateTime; marginMinutes: number }
  | { kind: 'missed'; deadline: DateTime; level: LevelId; meeting: DateTime; lateMinutes: number }
  | { kind: 'no-meeting'; deadline: DateTime; level: LevelId; overdue: boolean };

export interface DutyOutcome {
  id: string;
  by: string[];
  informs: string;
  when?: string;
  logged: { at: DateTime; channel?: string }[];
}

export interface Evaluation {
  summary: ActivationSummary;
  startedAt: DateTime;
  endedAt?: DateTime;
  reason?: string;
  startedBy?: string;
  timeline: JournalEvent[];
  chains: ChainOutcome[];
  /** Calls to contacts that are in no chain of the plan. */
  otherCalls: CallMade[];
  meeting: MeetingVerdict;
  /** Members invited (the whole group) and who of them, or their substitute, was present at the first meeting. */
  attendance?: { at: DateTime; invited: { id: string; name: string; present: boolean; bySubstitute?: string }[]; others: string[] };
  duties: DutyOutcome[];
  /** `log informed` entries that name no duty of the plan. */
  otherInformed: { at: DateTime; text: string; channel?: string }[];
  actions: { at: DateTime; text: string; owner?: string; due?: string }[];
  decision: { decided?: boolean; due?: string; held?: string };
  /** The plan's own words on evaluation. */
  planText: string;
}

/**
 * What one activation's journal shows against the plan. `now` decides only whether a missing meeting is already
 * overdue. The deadline is the strictest of the deadlines of every level in force, each counted from when that level
 * began, by the same rules as `deadline`.
 */
export function evaluate(
  roster: Roster,
  id: string,
  events: readonly JournalEvent[],
  calendar: WorkingCalendar,
  now: DateTime,
  lang: Lang,
): Evaluation | undefined {
  const summary = summarise(id, events);
  if (!summary) return undefined;
  const zone = zoneOf(roster.plan.timezone);
  const index = rosterIndex(roster);
  const at = (e: { at: string }) => DateTime.fromISO(e.at, { setZone: true }).setZone(zone);
  const name = (contactId: string) => nameOf(index, contactId, lang);
  const timeline = inTimeOrder(events);
  const start = timeline.find((e) => e.type === 'start') as Extract<JournalEvent, { type: 'start' }>;
  const startedAt = at(start);
  const end = timeline.find((e) => e.type === 'close' || e.type === 'interrupted');

  const stepOf = new Map<string, { chain: string; step: number }>();
  for (const chain of roster.activation.chains) chain.contacts.forEach((c, i) => stepOf.has(c) || stepOf.set(c, { chain: chain.id, step: i + 1 }));
  const calls: CallMade[] = [];
  for (const e of timeline) {
    if (e.type !== 'call') continue;
    const where = stepOf.get(e.contact);
    calls.push({ at: at(e), contact: e.contact, name: name(e.contact), ...where, answered: e.answered, minutes: minutesBetween(startedAt, at(e)) });
  }
  const chains = roster.activation.chains.map((chain): ChainOutcome => {
    const mine = calls.filter((c) => c.chain === chain.id);
    const answer = mine.find((c) => c.answered);
    return {
      id: chain.id,
      title: pick(chain.title, lang),
      calls: mine,
      ...(answer ? { reached: { name: answer.name, step: answer.step!, minutes: answer.minutes } } : {}),
    };
  });

  const meeting = meetingVerdict(roster, timeline, calendar, now);
  const first = timeline.find((e): e is Extract<JournalEvent, { type: 'meeting' }> => e.type === 'meeting');

  let attendance: Evaluation['attendance'];
  if (first) {
    const present = new Set(first.present);
    const invitedIds = new Set<string>();
    const invited = roster.group.members.map((m) => {
      invitedIds.add(m.person);
      if (m.substitute) invitedIds.add(m.substitute);
      const bySubstitute = !present.has(m.person) && m.substitute && present.has(m.substitute) ? name(m.substitute) : undefined;
      return { id: m.person, name: name(m.person), present: present.has(m.person) || bySubstitute !== undefined, ...(bySubstitute ? { bySubstitute } : {}) };
    });
    attendance = { at: at(first), invited, others: first.present.filter((p) => !invitedIds.has(p)).map(name) };
  }

  const informed = timeline.filter((e): e is Extract<JournalEvent, { type: 'informed' }> => e.type === 'informed');
  const duties = roster.communication.map((duty): DutyOutcome => ({
    id: duty.id,
    by: duty.by.map((b) => nameOf(index, b, lang)),
    informs: pick(duty.informs, lang),
    ...(duty.when ? { when: pick(duty.when, lang) } : {}),
    logged: informed.filter((e) => e.duty === duty.id).map((e) => ({ at: at(e), ...(e.channel ? { channel: e.channel } : {}) })),
  }));
  const dutyIds = new Set(roster.communication.map((d) => d.id));
  const otherInformed = informed
    .filter((e) => !e.duty || !dutyIds.has(e.duty))
    .map((e) => ({ at: at(e), text: e.text ?? e.duty ?? '', ...(e.channel ? { channel: e.channel } : {}) }));

  const actions = timeline.flatMap((e) =>
    e.type === 'action' ? [{ at: at(e), text: e.text, ...(e.owner ? { owner: name(e.owner) } : {}), ...(e.due ? { due: e.due } : {}) }] : [],
  );
  const decision = decisionOf(timeline);
  return {
    summary,
    startedAt,
    ...(end ? { endedAt: at(end) } : {}),
    ...(start.reason ? { reason: start.reason } : {}),
    ...(start.by ? { startedBy: start.by } : {}),
    timeline,
    chains,
    otherCalls: calls.filter((c) => c.chain === undefined),
    meeting,
    ...(attendance ? { attendance } : {}),
    duties,
    otherInformed,
    actions,
    decision,
    planText: pick(roster.plan.evaluation, lang),
  };
}

/** Milliseconds of an ISO 8601 moment with offset: what the journal writes, read without building a DateTime. */
const millis = (e: { at: string }) => Date.parse(e.at);

/**
 * The first meeting against the strictest deadline of every level in force, each counted from when that level began,
 * by the same rules as `deadline`. `now` decides only whether a missing meeting is already overdue.
 */
export function meetingVerdict(
  roster: Roster,
  events: readonly JournalEvent[],
  calendar: WorkingCalendar,
  now: DateTime,
  /** Deadlines already counted, by level and local date: a working-day deadline depends on nothing else. */
  cache?: Map<string, DateTime | undefined>,
): MeetingVerdict {
  const zone = zoneOf(roster.plan.timezone);
  const periods: { level: LevelId; from: number }[] = [];
  let meetingAt: number | undefined;
  let endAt: number | undefined;
  for (const e of events) {
    if (e.type === 'start' || e.type === 'level') periods.push({ level: e.level, from: millis(e) });
    else if (e.type === 'meeting') meetingAt = meetingAt === undefined ? millis(e) : Math.min(meetingAt, millis(e));
    else if ((e.type === 'close' || e.type === 'interrupted') && endAt === undefined) endAt = millis(e);
  }
  let strictest: { deadline: DateTime; level: LevelId } | undefined;
  for (const p of periods) {
    const from = DateTime.fromMillis(p.from, { zone });
    let deadline: DateTime | undefined;
    if (cache && roster.levels[p.level]?.convene.type === 'working-days') {
      const key = `${p.level}|${from.toISODate()}`;
      if (cache.has(key)) deadline = cache.get(key);
      else cache.set(key, (deadline = meetingDeadline(roster, p.level, from, calendar)?.deadline));
    } else deadline = meetingDeadline(roster, p.level, from, calendar)?.deadline;
    if (deadline && (!strictest || deadline < strictest.deadline)) strictest = { deadline: deadline.setZone(zone), level: p.level };
  }
  if (!strictest) return { kind: 'not-required' };
  const deadline = strictest.deadline.toMillis();
  if (meetingAt === undefined) return { kind: 'no-meeting', ...strictest, overdue: (endAt ?? now.toMillis()) > deadline || now.toMillis() > deadline };
  const meeting = DateTime.fromMillis(meetingAt, { zone });
  const diff = Math.round((meetingAt - deadline) / 60_000);
  return meetingAt <= deadline
    ? { kind: 'met', ...strictest, meeting, marginMinutes: -diff }
    : { kind: 'missed', ...strictest, meeting, lateMinutes: Math.max(diff, 1) };
}

/** The group's decision on evaluation: the latest entry that says each part. */
export function decisionOf(events: readonly JournalEvent[]): Evaluation['decision'] {
  const decision: Evaluation['decision'] = {};
  for (const e of events) {
    if (e.type !== 'evaluation') continue;
    if (e.decided !== undefined) decision.decided = e.decided;
    if (e.due !== undefined) decision.due = e.due;
    if (e.held !== undefined) decision.held = e.held;
  }
  return decision;
}
