import { DateTime } from 'luxon';
import { interpretationLine, pick, planTextMessages } from '../i18n/index.js';
import type { DayOffReason } from '../domain/calendar.js';
import type { Deadline } from '../domain/deadline.js';
import { clock, isoWithOffset, longMoment, shortDay } from '../document/dates.js';
import { style } from './style.js';
import { terminalSafeData } from './escape.js';

import type { View } from './view.js';

function reasonText(reasons: readonly DayOffReason[], v: Pick<View, 'msg' | 'lang'>): string {
  return reasons.map((r) => (r.kind === 'weekend' ? v.msg.deadline.weekend : v.msg.holiday(pick(r.name ?? '', v.lang)))).join(', ');
}

/** The deadline as sentences: when, by when, the rule, and each day counted or skipped. */
export function deadlineLines(d: Deadline, view: View, withActivation = true): string[] {
  const s = style(view.color);
  const { msg } = view;
  const levelName = pick(d.levelName, view.lang);
  const lines = withActivation ? [msg.deadline.activated(levelName, longMoment(d.activatedAt, msg))] : [];
  lines.push(s.bold(msg.deadline.meetBy(longMoment(d.deadline, msg))));
  if (d.rule.type === 'hours') {
    lines.push(msg.deadline.ruleHours(d.rule.hours));
    if (d.deadline.offset !== d.activatedAt.offset) lines.push(msg.deadline.dstNote(d.rule.hours, clock(d.deadline, msg)));
    lines.push(...usedLines(d, view));
    return lines;
  }
  lines.push(msg.deadline.ruleWorkingDays(d.rule.days, d.rule.workdayEnds), ...usedLines(d, view), '', msg.deadline.daysHeading);
  const width = Math.max(...d.days.map((day) => shortDay(DateTime.fromISO(day.date, { zone: 'UTC' }), msg).length));
  for (const day of d.days) {
    const label = shortDay(DateTime.fromISO(day.date, { zone: 'UTC' }), msg).padEnd(width);
    if (day.workingDay !== undefined) {
      const last = day.workingDay === d.rule.days ? ` – ${msg.deadline.isDeadline}` : '';
      lines.push(`  ${label}  ${msg.deadline.workingDay(day.workingDay)}${last}`);
    } else {
      lines.push(s.dim(`  ${label}  ${msg.deadline.skipped}: ${reasonText(day.reasons, view)}`));
    }
  }
  return lines;
}

/** Which interpretation each choice used, and whether the plan states it: "24/12 regnes som arbejdsdag; planen nævner ikke juleaftensdag." */
function usedLines(d: Deadline, v: Pick<View, 'lang'>): string[] {
  if (!d.used?.length) return [];
  return [planTextMessages(v.lang).interpretation.heading, ...d.used.map((i) => `  ${interpretationLine(i, v.lang)}`)];
}

export function deadlineText(d: Deadline, view: View): string {
  return deadlineLines(terminalSafeData(d), view).join('\n') + '\n';
}

/** The data behind `deadline --json` and the deadline inside `activate --json`. */
export function deadlineData(d: Deadline, v: Pick<View, 'msg' | 'lang'>) {
  return {
    level: d.level,
    activatedAt: isoWithOffset(d.activatedAt),
    deadline: isoWithOffset(d.deadline),
    timezone: d.timezone,
    rule: d.rule,
    interpretations: (d.used ?? []).map((i) => ({ key: i.key, value: i.value, stated: i.stated, text: interpretationLine(i, v.lang) })),
    skipped: d.days
      .filter((day) => day.workingDay === undefined)
      .map((day) => ({ date: day.date, kind: day.reasons[0]!.kind, reason: reasonText(day.reasons, v) })),
  };
}
