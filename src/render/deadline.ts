import { DateTime } from 'luxon';
import { pick } from '../i18n/index.js';
import { interpretationLine, planTextMessages } from '../i18n/plantext.js';
import type { DayOffReason } from '../domain/calendar.js';
import type { Deadline } from '../domain/deadline.js';
import { clock, isoWithOffset, longMoment, shortDay } from '../document/dates.js';
import { style } from './style.js';
import { terminalSafeData } from './escape.js';

import type { View } from './view.js';

function reasonText(reasons: readonly DayOffReason[], v: Pick<View, 't' | 'lang'>): string {
  return reasons.map((r) => (r.kind === 'weekend' ? v.t.deadline.weekend : v.t.holiday(pick(r.name ?? '', v.lang)))).join(', ');
}

/** The deadline as sentences: when, by when, the rule, and each day counted or skipped. */
export function deadlineLines(d: Deadline, v: View, withActivation = true): string[] {
  const s = style(v.color);
  const { t } = v;
  const levelName = pick(d.levelName, v.lang);
  const lines = withActivation ? [t.deadline.activated(levelName, longMoment(d.activatedAt, t))] : [];
  lines.push(s.bold(t.deadline.meetBy(longMoment(d.deadline, t))));
  if (d.rule.type === 'hours') {
    lines.push(t.deadline.ruleHours(d.rule.hours));
    if (d.deadline.offset !== d.activatedAt.offset) lines.push(t.deadline.dstNote(d.rule.hours, clock(d.deadline, t)));
    lines.push(...usedLines(d, v));
    return lines;
  }
  lines.push(t.deadline.ruleWorkingDays(d.rule.days, d.rule.workdayEnds), ...usedLines(d, v), '', t.deadline.daysHeading);
  const width = Math.max(...d.days.map((day) => shortDay(DateTime.fromISO(day.date, { zone: 'UTC' }), t).length));
  for (const day of d.days) {
    const label = shortDay(DateTime.fromISO(day.date, { zone: 'UTC' }), t).padEnd(width);
    if (day.workingDay !== undefined) {
      const last = day.workingDay === d.rule.days ? ` – ${t.deadline.isDeadline}` : '';
      lines.push(`  ${label}  ${t.deadline.workingDay(day.workingDay)}${last}`);
    } else {
      lines.push(s.dim(`  ${label}  ${t.deadline.skipped}: ${reasonText(day.reasons, v)}`));
    }
  }
  return lines;
}

/** Which interpretation each choice used, and whether the plan states it: "24/12 regnes som arbejdsdag; planen nævner ikke juleaftensdag." */
function usedLines(d: Deadline, v: Pick<View, 'lang'>): string[] {
  if (!d.used?.length) return [];
  return [planTextMessages(v.lang).interpretation.heading, ...d.used.map((i) => `  ${interpretationLine(i, v.lang)}`)];
}

export function deadlineText(d: Deadline, v: View): string {
  return deadlineLines(terminalSafeData(d), v).join('\n') + '\n';
}

/** The data behind `deadline --json` and the deadline inside `activate --json`. */
export function deadlineData(d: Deadline, v: Pick<View, 't' | 'lang'>) {
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
