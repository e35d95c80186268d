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

export function duration(minutes: number, view: JournalView): string {
  const m = Math.abs(minutes);
  return view.journalText.evaluation.duration(Math.floor(m / 1440), Math.floor((m % 1440) / 60), m % 60);
}

const moment = (dt: DateTime, view: JournalView) => longMoment(dt, view.msg);

export function evaluationBlocks(e: Evaluation, diagnostics: readonly JournalDiagnostic[], view: JournalView): Block[] {
  const evaluationText = view.journalText.evaluation;
  const s = e.summary;
  const date = longDate(e.startedAt, view.msg);
  const out: Block[] = [heading(1, s.drill ? evaluationText.drillTitle(date, placeOf(view)) : evaluationText.title(date, placeOf(view)))];
  const levels = [...new Set([s.startLevel, ...e.timeline.flatMap((ev) => (ev.type === 'level' ? [ev.level] : []))])];
  const facts = [
    `${evaluationText.id}: ${s.id}`,
    `${evaluationText.level}: ${levels.map((l) => levelName(l, view)).join(' → ')}`,
    `${evaluationText.started}: ${moment(e.startedAt, view)}`,
    `${evaluationText.ended}: ${e.endedAt ? moment(e.endedAt, view) + (s.interrupted ? ` (${view.journalText.interrupted})` : '') : evaluationText.notEnded}`,
  ];
  if (e.startedBy) facts.push(`${evaluationText.by}: ${e.startedBy}`);
  if (e.reason) facts.push(`${evaluationText.reason}: ${e.reason}`);
  out.push(heading(2, evaluationText.facts), bullets(facts));

  out.push(heading(2, evaluationText.timeline), dataTable([evaluationText.time, evaluationText.entry], e.timeline.map((ev) => [when(momentOf(ev.at, view), view), eventText(ev, view)])));

  out.push(heading(2, evaluationText.calls));
  out.push(bullets(e.chains.map((c) => (c.reached ? evaluationText.reached(c.title, c.reached.name, c.reached.step, c.reached.minutes) : c.calls.length ? evaluationText.notReached(c.title) : evaluationText.notCalled(c.title)))));
  const callRows = e.chains.flatMap((c) => c.calls.map((call) => [c.title, String(call.step), call.name, when(call.at, view), call.answered ? evaluationText.yes : evaluationText.no, evaluationText.minutes(call.minutes)]));
  if (callRows.length) out.push(dataTable([evaluationText.chain, evaluationText.step, evaluationText.contact, evaluationText.time, evaluationText.answered, evaluationText.after], callRows));
  if (e.otherCalls.length) {
    out.push(heading(3, evaluationText.otherCalls));
    out.push(dataTable([evaluationText.contact, evaluationText.time, evaluationText.answered, evaluationText.after], e.otherCalls.map((c) => [c.name, when(c.at, view), c.answered ? evaluationText.yes : evaluationText.no, evaluationText.minutes(c.minutes)])));
  }

  out.push(heading(2, evaluationText.meetingHeading));
  const m = e.meeting;
  const deadlineText = (d: DateTime, level: Parameters<typeof levelName>[0]) => `${moment(d, view)} (${levelName(level, view)})`;
  out.push(
    paragraph(
      m.kind === 'not-required'
        ? evaluationText.notRequired
        : m.kind === 'met'
          ? evaluationText.met(deadlineText(m.deadline, m.level), moment(m.meeting, view), duration(m.marginMinutes, view))
          : m.kind === 'missed'
            ? evaluationText.missed(deadlineText(m.deadline, m.level), moment(m.meeting, view), duration(m.lateMinutes, view))
            : m.overdue
              ? evaluationText.noMeeting(deadlineText(m.deadline, m.level))
              : evaluationText.pending(deadlineText(m.deadline, m.level)),
    ),
  );

  out.push(heading(2, evaluationText.attendance));
  if (e.attendance) {
    const a = e.attendance;
    out.push(paragraph(evaluationText.attendanceCount(a.invited.filter((i) => i.present).length, a.invited.length)));
    out.push(dataTable([evaluationText.member, evaluationText.presentCol], a.invited.map((i) => [i.name, i.bySubstitute ? evaluationText.bySubstitute(i.bySubstitute) : i.present ? evaluationText.yes : evaluationText.no])));
    if (a.others.length) out.push(paragraph(`${evaluationText.othersPresent}: ${a.others.join(', ')}`));
  } else out.push(paragraph(evaluationText.noAttendance));

  out.push(heading(2, evaluationText.informs));
  out.push(
    dataTable(
      [evaluationText.duty, evaluationText.loggedCol],
      e.duties.map((d) => [
        `${d.by.join(', ')} ${d.informs}${d.when ? ` (${d.when})` : ''}`,
        d.logged.length ? d.logged.map((l) => when(l.at, view) + (l.channel ? ` (${view.journalText.channels[l.channel]})` : '')).join('; ') : evaluationText.notLogged,
      ]),
    ),
  );
  if (e.otherInformed.length) {
    out.push(heading(3, evaluationText.otherInformed));
    out.push(bullets(e.otherInformed.map((i) => `${when(i.at, view)}: ${i.text}${i.channel ? ` (${view.journalText.channels[i.channel]})` : ''}`)));
  }

  out.push(heading(2, evaluationText.actions));
  if (e.actions.length) out.push(dataTable([evaluationText.actions, evaluationText.owner, evaluationText.due], e.actions.map((a) => [a.text, a.owner ?? '', a.due ?? ''])));
  else out.push(paragraph(evaluationText.noActions));

  out.push(heading(2, evaluationText.decision));
  const d = e.decision;
  const decision = [d.decided === true ? evaluationText.decidedYes(d.due) : d.decided === false ? evaluationText.decidedNo : evaluationText.notDecided];
  if (d.held) decision.push(evaluationText.held(d.held));
  out.push(paragraph(decision.join(' ')), paragraph(e.planText));

  out.push(heading(2, evaluationText.questions));
  for (const q of evaluationText.questionList) out.push(heading(3, q), { kind: 'answer', label: evaluationText.answer });

  if (diagnostics.length) out.push(heading(2, evaluationText.damaged), bullets(diagnostics.map((dg) => diagnosticText(dg, view.journalText))));
  return out;
}
