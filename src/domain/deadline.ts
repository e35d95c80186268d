import type { DateTime } from 'luxon';
import type { LevelId, LocalText, Roster } from '../roster/schema.js';
import { zoneOf } from './zone.js';
import type { DayOffReason, WorkingCalendar } from './calendar.js';
import { interpretationsOf, type Interpretation } from './interpretations.js';

export type DeadlineRule = { type: 'working-days'; days: number; workdayEnds: string } | { type: 'hours'; hours: number };

/** One calendar day between the activation day and the deadline day. */
export interface CountedDay {
  date: string;
  /** The working day's number (1, 2, 3 …), or undefined for a day that does not count. */
  workingDay?: number;
  reasons: DayOffReason[];
}

export interface Deadline {
  level: LevelId;
  /** The level's name as the roster writes it, for renderers that have no roster. */
  levelName: LocalText;
  activatedAt: DateTime;
  deadline: DateTime;
  timezone: string;
  rule: DeadlineRule;
  /** Yellow: every day from the first counted day up to the deadline day, counted or skipped. Red: empty. */
  days: CountedDay[];
  /** The interpretations the computation used, each with whether the roster states it or the default applied. */
  used: Interpretation[];
}

/**
 * When the group must have met. Yellow: the n-th working day after the activation day, at the end of the working
 * day; the activation day counts only when `interpretations.activationDayCounts` says so (and the activation is on a
 * working day before it ends). Red: n elapsed hours. Green: no meeting (undefined).
 */
export function meetingDeadline(
  roster: Pick<Roster, 'levels' | 'calendar' | 'plan'> & Partial<Pick<Roster, 'interpretations'>>,
  level: LevelId,
  activatedAt: DateTime,
  calendar: WorkingCalendar,
): Deadline | undefined {
  const def = roster.levels[level];
  const convene = def?.convene;
  if (!def || !convene || convene.type === 'none') return undefined;
  const levelName = def.name;
  const timezone = roster.plan.timezone;
  const start = activatedAt.setZone(zoneOf(timezone));
  const i = interpretationsOf(roster);
  if (convene.type === 'hours') {
    // plus({ hours }) is elapsed time: across a daylight-saving change the wall clock moves by an hour.
    return { level, levelName, activatedAt: start, deadline: start.plus({ hours: convene.hours }), timezone, rule: { type: 'hours', hours: convene.hours }, days: [], used: [i.meetingDeadline] };
  }
  const workdayEnds = i.workdayEnds.value;
  const [hour, minute] = workdayEnds.split(':').map(Number) as [number, number];
  const days: CountedDay[] = [];
  let day = start.startOf('day');
  let counted = 0;
  // The activation day is the first working day only if the roster says so and there is working time left in it.
  const endOfActivationDay = day.set({ hour, minute });
  const countsToday = i.activationDayCounts.value && calendar.isWorkingDay(day.toISODate()!) && start < endOfActivationDay;
  if (countsToday) days.push({ date: day.toISODate()!, workingDay: ++counted, reasons: [] });
  while (counted < convene.days) {
    day = day.plus({ days: 1 });
    const date = day.toISODate()!;
    const reasons = calendar.reasonsOff(date);
    if (reasons.length === 0) days.push({ date, workingDay: ++counted, reasons });
    else days.push({ date, reasons });
  }
  const deadline = day.set({ hour, minute, second: 0, millisecond: 0 });
  // 24 and 31 December are named only when the count passes them.
  const passes = (mmdd: string) => days.some((d) => d.date.endsWith(mmdd));
  const used: Interpretation[] = [i.activationDayCounts, i.workdayEnds];
  if (passes('-12-24')) used.push(i.christmasEveWorkingDay);
  if (passes('-12-31')) used.push(i.newYearsEveWorkingDay);
  used.push(i.meetingDeadline);
  return {
    level,
    levelName,
    activatedAt: start,
    deadline,
    timezone,
    rule: { type: 'working-days', days: convene.days, workdayEnds },
    days,
    used,
  };
}
