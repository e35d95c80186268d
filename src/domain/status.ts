import { DateTime } from 'luxon';
import type { JournalEvent, JournalLevel } from '../journal/schema.js';
import type { Change } from '../roster/diff.js';
import { checkRoster } from '../roster/rules.js';
import type { Roster } from '../roster/schema.js';
import type { WorkingCalendar } from './calendar.js';
import { decisionOf, meetingVerdict, type MeetingVerdict } from './evaluation.js';
import { inTimeOrder, summarise } from '../journal/summary.js';
import { zoneOf } from './zone.js';

export interface ActivationLine {
  id: string;
  drill: boolean;
  level: JournalLevel;
  startedAt: DateTime;
  meeting: MeetingVerdict['kind'] | 'pending';
  lateMinutes?: number;
  evaluation: 'held' | 'due' | 'missing' | 'not-decided' | 'declined';
  evaluationDue?: string;
  /** Broken off (Ctrl-C in a drill) rather than closed. */
  interrupted: boolean;
  /** Contact ids that answered, in the order first reached. */
  reached: string[];
  /** Contact ids rung without an answer and never reached later: the numbers to check. */
  failed: string[];
}

/** Counts by level of the highest level reached and by month (1–12). */
export interface Tally {
  total: number;
  byLevel: Record<JournalLevel, number>;
  byMonth: Record<JournalLevel, number[]>;
}

export interface RosterRevision {
  revision: number;
  lastChanged: string;
  /** The commit date. */
  date: string;
  /** The first version in the history: nothing before it to compare with. */
  first?: boolean;
  changes: Change[];
}

export interface Readiness {
  neverConfirmed: string[];
  stale: { name: string; confirmed: string }[];
  withoutSubstitute: string[];
  chainsEndingAtPerson: { chain: string; name: string }[];
}

export interface StatusReport {
  year: number;
  today: string;
  real: Tally;
  drills: Tally;
  activations: ActivationLine[];
  deadlines: { met: number; missed: number; noMeeting: number; notRequired: number; pending: number };
  evaluations: { decided: number; held: number; missing: number; due: number; notDecided: number; declined: number };
  /** Undefined when the roster is not in a git repository. */
  revisions?: RosterRevision[];
  readiness: Readiness;
}

const emptyTally = (): Tally => ({
  total: 0,
  byLevel: { green: 0, yellow: 0, red: 0 },
  byMonth: { green: Array(12).fill(0), yellow: Array(12).fill(0), red: Array(12).fill(0) },
});

/** One activation as the year's report counts it. */
export function activationLine(
  roster: Roster,
  id: string,
  events: readonly JournalEvent[],
  calendar: WorkingCalendar,
  now: DateTime,
  cache?: Map<string, DateTime | undefined>,
): ActivationLine | undefined {
  const summary = summarise(id, events);
  if (!summary) return undefined;
  const today = now.toISODate()!;
  // The decision that counts is the latest in time.
  const sorted = inTimeOrder(events);
  const d = decisionOf(sorted);
  const evaluation: ActivationLine['evaluation'] =
    d.held ? 'held' : d.decided === true ? (d.due && d.due >= today ? 'due' : 'missing') : d.decided === false ? 'declined' : 'not-decided';
  const m = meetingVerdict(roster, events, calendar, now, cache);
  const calls = sorted.flatMap((e) => (e.type === 'call' ? [e] : []));
  const reached = [...new Set(calls.filter((c) => c.answered).map((c) => c.contact))];
  const failed = [...new Set(calls.filter((c) => !c.answered && !reached.includes(c.contact)).map((c) => c.contact))];
  return {
    id,
    drill: summary.drill,
    level: summary.highest,
    startedAt: DateTime.fromISO(summary.startedAt, { setZone: true }).setZone(zoneOf(roster.plan.timezone)),
    meeting: m.kind === 'no-meeting' && !m.overdue ? 'pending' : m.kind,
    ...(m.kind === 'missed' ? { lateMinutes: m.lateMinutes } : {}),
    evaluation,
    ...(d.due ? { evaluationDue: d.due } : {}),
    interrupted: summary.interrupted,
    reached,
    failed,
  };
}

/** Readiness today, from the same rules as `lint`, plus the people who never confirmed their details. */
export function readiness(roster: Roster, today: string): Readiness {
  const findings = checkRoster(roster, { today, lineOf: () => 0 });
  return {
    neverConfirmed: roster.people.filter((p) => !p.confirmed).map((p) => p.name),
    stale: findings.filter((f) => f.code === 'contact-stale').map((f) => ({ name: String(f.args!.name), confirmed: String(f.args!.confirmed) })),
    withoutSubstitute: findings.filter((f) => f.code === 'member-without-substitute').map((f) => String(f.args!.name)),
    chainsEndingAtPerson: findings
      .filter((f) => f.code === 'chain-ends-with-person')
      .map((f) => ({ chain: String(f.args!.chain), name: String(f.args!.name) })),
  };
}

/** Adds up the year's activations; `lines` are those that started in the year, in the roster's zone. */
export function statusReport(year: number, today: string, lines: ActivationLine[], roster: Roster, revisions: RosterRevision[] | undefined): StatusReport {
  const real = emptyTally();
  const drills = emptyTally();
  const deadlines = { met: 0, missed: 0, noMeeting: 0, notRequired: 0, pending: 0 };
  const evaluations = { decided: 0, held: 0, missing: 0, due: 0, notDecided: 0, declined: 0 };
  for (const line of lines) {
    const tally = line.drill ? drills : real;
    tally.total++;
    tally.byLevel[line.level]++;
    tally.byMonth[line.level][line.startedAt.month - 1]!++;
    // Drills are shown apart and do not count towards the deadlines and evaluations of real activations.
    if (line.drill) continue;
    if (line.meeting === 'met') deadlines.met++;
    else if (line.meeting === 'missed') deadlines.missed++;
    else if (line.meeting === 'no-meeting') deadlines.noMeeting++;
    else if (line.meeting === 'pending') deadlines.pending++;
    else deadlines.notRequired++;
    if (line.evaluation === 'held') evaluations.held++;
    else if (line.evaluation === 'missing') evaluations.missing++;
    else if (line.evaluation === 'due') evaluations.due++;
    else if (line.evaluation === 'declined') evaluations.declined++;
    else evaluations.notDecided++;
  }
  evaluations.decided = evaluations.held + evaluations.missing + evaluations.due;
  return { year, today, real, drills, activations: lines, deadlines, evaluations, ...(revisions ? { revisions } : {}), readiness: readiness(roster, today) };
}
