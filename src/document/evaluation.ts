import type { DateTime } from 'luxon';
import type { Evaluation } from '../domain/evaluation.js';
import type { JournalDiagnostic } from '../journal/store.js';
import { bullets, dataTable, heading, paragraph, type Block } from './blocks.js';
import { longDate, longMoment } from './dates.js';
import { diagnosticText, eventText, levelName, momentOf, placeOf, when, type JournalView } from './journal.js';

/*
 * The evaluation report (`beredskab evaluation`) as blocks: what happened, what the plan required, and room for the
 * group's answers to the plan's questions.
 */

export function duration(minutes: number, v: JournalView): string {
  const m = Math.abs(minutes);
  return v.j.evaluation.duration(Math.floor(m / 1440), Math.floor((m % 1440) / 60), m % 60);
}

const moment = (dt: DateTime, v: JournalView) => longMoment(dt, v.t);

export function evaluationBlocks(e: Evaluation, diagnostics: readonly JournalDiagnostic[], v: JournalView): Block[] {
  const x = v.j.evaluation;
  const s = e.summary;
  const date = longDate(e.startedAt, v.t);
  const out: Block[] = [heading(1, s.drill ? x.drillTitle(date, placeOf(v)) : x.title(date, placeOf(v)))];
  const levels = [...new Set([s.startLevel, ...e.timeline.flatMap((ev) => (ev.type === 'level' ? [ev.level] : []))])];
  const facts = [
    `${x.id}: ${s.id}`,
    `${x.level}: ${levels.map((l) => levelName(l, v)).join(' → ')}`,
    `${x.started}: ${moment(e.startedAt, v)}`,
    `${x.ended}: ${e.endedAt ? moment(e.endedAt, v) + (s.interrupted ? ` (${v.j.interrupted})` : '') : x.notEnded}`,
  ];
  if (e.startedBy) facts.push(`${x.by}: ${e.startedBy}`);
  if (e.reason) facts.push(`${x.reason}: ${e.reason}`);
  out.push(heading(2, x.facts), bullets(facts));

  out.push(heading(2, x.timeline), dataTable([x.time, x.entry], e.timeline.map((ev) => [when(momentOf(ev.at, v), v), eventText(ev, v)])));

  out.push(heading(2, x.calls));
  out.push(bullets(e.chains.map((c) => (c.reached ? x.reached(c.title, c.reached.name, c.reached.step, c.reached.minutes) : c.calls.length ? x.notReached(c.title) : x.notCalled(c.title)))));
  const callRows = e.chains.flatMap((c) => c.calls.map((call) => [c.title, String(call.step), call.name, when(call.at, v), call.answered ? x.yes : x.no, x.minutes(call.minutes)]));
  if (callRows.length) out.push(dataTable([x.chain, x.step, x.contact, x.time, x.answered, x.after], callRows));
  if (e.otherCalls.length) {
    out.push(heading(3, x.otherCalls));
    out.push(dataTable([x.contact, x.time, x.answered, x.after], e.otherCalls.map((c) => [c.name, when(c.at, v), c.answered ? x.yes : x.no, x.minutes(c.minutes)])));
  }

  out.push(heading(2, x.meetingHeading));
  const m = e.meeting;
  const deadlineText = (d: DateTime, level: Parameters<typeof levelName>[0]) => `${moment(d, v)} (${levelName(level, v)})`;
  out.push(
    paragraph(
      m.kind === 'not-required'
        ? x.notRequired
        : m.kind === 'met'
          ? x.met(deadlineText(m.deadline, m.level), moment(m.meeting, v), duration(m.marginMinutes, v))
          : m.kind === 'missed'
            ? x.missed(deadlineText(m.deadline, m.level), moment(m.meeting, v), duration(m.lateMinutes, v))
            : m.overdue
              ? x.noMeeting(deadlineText(m.deadline, m.level))
              : x.pending(deadlineText(m.deadline, m.level)),
    ),
  );

  out.push(heading(2, x.attendance));
  if (e.attendance) {
    const a = e.attendance;
    out.push(paragraph(x.attendanceCount(a.invited.filter((i) => i.present).length, a.invited.length)));
    out.push(dataTable([x.member, x.presentCol], a.invited.map((i) => [i.name, i.bySubstitute ? x.bySubstitute(i.bySubstitute) : i.present ? x.yes : x.no])));
    if (a.others.length) out.push(paragraph(`${x.othersPresent}: ${a.others.join(', ')}`));
  } else out.push(paragraph(x.noAttendance));

  out.push(heading(2, x.informs));
  out.push(
    dataTable(
      [x.duty, x.loggedCol],
      e.duties.map((d) => [
        `${d.by.join(', ')} ${d.informs}${d.when ? ` (${d.when})` : ''}`,
        d.logged.length ? d.logged.map((l) => when(l.at, v) + (l.channel ? ` (${v.j.channels[l.channel]})` : '')).join('; ') : x.notLogged,
      ]),
    ),
  );
  if (e.otherInformed.length) {
    out.push(heading(3, x.otherInformed));
    out.push(bullets(e.otherInformed.map((i) => `${when(i.at, v)}: ${i.text}${i.channel ? ` (${v.j.channels[i.channel]})` : ''}`)));
  }

  out.push(heading(2, x.actions));
  if (e.actions.length) out.push(dataTable([x.actions, x.owner, x.due], e.actions.map((a) => [a.text, a.owner ?? '', a.due ?? ''])));
  else out.push(paragraph(x.noActions));

  out.push(heading(2, x.decision));
  const d = e.decision;
  const decision = [d.decided === true ? x.decidedYes(d.due) : d.decided === false ? x.decidedNo : x.notDecided];
  if (d.held) decision.push(x.held(d.held));
  out.push(paragraph(decision.join(' ')), paragraph(e.planText));

  out.push(heading(2, x.questions));
  for (const q of x.questionList) out.push(heading(3, q), { kind: 'answer', label: x.answer });

  if (diagnostics.length) out.push(heading(2, x.damaged), bullets(diagnostics.map((dg) => diagnosticText(dg, v.j))));
  return out;
}
