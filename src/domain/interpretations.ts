import type { Interpretations, Roster } from '../roster/schema.js';

/*
 * The choices a deadline needs where a plan is usually silent. The roster may state each under `interpretations`;
 * an absent field takes the default that the tool has always computed. Every output that depends on one says which
 * value it used and whether the roster states it or the default applied.
 */

export type InterpretationKey = keyof Interpretations;

export interface Effective {
  activationDayCounts: boolean;
  workdayEnds: string;
  christmasEveWorkingDay: boolean;
  newYearsEveWorkingDay: boolean;
  meetingDeadline: 'start' | 'end';
}

export interface Interpretation<K extends InterpretationKey = InterpretationKey> {
  key: K;
  value: Effective[K];
  /** True when the roster itself states the value; false when the default applies. */
  stated: boolean;
}

export const INTERPRETATION_KEYS: readonly InterpretationKey[] = [
  'activationDayCounts',
  'workdayEnds',
  'christmasEveWorkingDay',
  'newYearsEveWorkingDay',
  'meetingDeadline',
];

type Source = Pick<Roster, 'calendar'> & Partial<Pick<Roster, 'interpretations'>>;

/** Each interpretation with the value in force and whether the roster states it. */
export function interpretationsOf(roster: Source): { [K in InterpretationKey]: Interpretation<K> } {
  const own = roster.interpretations ?? {};
  const off = roster.calendar.customaryDaysOff;
  return {
    activationDayCounts: { key: 'activationDayCounts', value: own.activationDayCounts ?? false, stated: own.activationDayCounts !== undefined },
    // calendar.workdayEnds is the roster's own working-day end; interpretations.workdayEnds, when given, is the agreed one.
    workdayEnds: { key: 'workdayEnds', value: own.workdayEnds ?? roster.calendar.workdayEnds, stated: own.workdayEnds !== undefined },
    christmasEveWorkingDay: {
      key: 'christmasEveWorkingDay',
      value: own.christmasEveWorkingDay ?? !off.includes('christmas-eve'),
      stated: own.christmasEveWorkingDay !== undefined || off.includes('christmas-eve'),
    },
    newYearsEveWorkingDay: {
      key: 'newYearsEveWorkingDay',
      value: own.newYearsEveWorkingDay ?? !off.includes('new-years-eve'),
      stated: own.newYearsEveWorkingDay !== undefined || off.includes('new-years-eve'),
    },
    meetingDeadline: { key: 'meetingDeadline', value: own.meetingDeadline ?? 'start', stated: own.meetingDeadline !== undefined },
  };
}

export function effective(roster: Source): Effective {
  const i = interpretationsOf(roster);
  return {
    activationDayCounts: i.activationDayCounts.value,
    workdayEnds: i.workdayEnds.value,
    christmasEveWorkingDay: i.christmasEveWorkingDay.value,
    newYearsEveWorkingDay: i.newYearsEveWorkingDay.value,
    meetingDeadline: i.meetingDeadline.value,
  };
}

/** The calendar the working days are counted in: the roster's, with the interpretations of 24 and 31 December applied. */
export function effectiveCalendar(roster: Source): Roster['calendar'] {
  const e = effective(roster);
  const days = roster.calendar.customaryDaysOff.filter((d) => (d === 'christmas-eve' ? !e.christmasEveWorkingDay : d === 'new-years-eve' ? !e.newYearsEveWorkingDay : true));
  if (!e.christmasEveWorkingDay && !days.includes('christmas-eve')) days.push('christmas-eve');
  if (!e.newYearsEveWorkingDay && !days.includes('new-years-eve')) days.push('new-years-eve');
  return { ...roster.calendar, workdayEnds: e.workdayEnds, customaryDaysOff: days };
}
