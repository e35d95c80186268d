import type { DateTime } from 'luxon';
import type { Evaluation } from '../domain/evaluation.js';
import type { JournalDiagnostic } from '../journal/store.js';
import { longDate, longMoment } from './dates.js';
import { diagnosticText, eventText, levelName, md, momentOf, oneLine, placeOf, when, type JournalView } from './journal.js';
import { html as escapeHtml } from './sheet.js';
import { withoutControls } from './text.js';

/**
 * The one cleaning of journal text for every format: control characters (ESC sequences) and bidirectional overrides
 * removed, line breaks folded; markdown's md() does the same before it escapes.
 */
const html = (text: string) => escapeHtml(oneLine(text));

const REPORT_FORMATS = ['markdown', 'html', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A document as a list of blocks, so that one structure renders to markdown and HTML alike, escaped in one place. */
export type Block =
  | { kind: 'h1' | 'h2' | 'h3' | 'p'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][]; numeric?: number[] }
  | { kind: 'answer' }
  | { kind: 'svg'; svg: string; alt: string };

export function duration(minutes: number, view: JournalView): string {
  const m = Math.abs(minutes);
  return view.journalText.evaluation.duration(Math.floor(m / 1440), Math.floor((m % 1440) / 60), m % 60);
}

const moment = (dt: DateTime, view: JournalView) => longMoment(dt, view.msg);

function evaluationBlocks(e: Evaluation, diagnostics: readonly JournalDiagnostic[], view: JournalView): Block[] {
  const evaluationText = view.journalText.evaluation;
  const s = e.summary;
  const date = longDate(e.startedAt, view.msg);
  const out: Block[] = [{ kind: 'h1', text: s.drill ? evaluationText.drillTitle(date, placeOf(view)) : evaluationText.title(date, placeOf(view)) }];
  const levels = [...new Set([s.startLevel, ...e.timeline.flatMap((ev) => (ev.type === 'level' ? [ev.level] : []))])];
  const facts = [
    `${evaluationText.id}: ${s.id}`,
    `${evaluationText.level}: ${levels.map((l) => levelName(l, view)).join(' → ')}`,
    `${evaluationText.started}: ${moment(e.startedAt, view)}`,
    `${evaluationText.ended}: ${e.endedAt ? moment(e.endedAt, view) + (s.interrupted ? ` (${view.journalText.interrupted})` : '') : evaluationText.notEnded}`,
  ];
  if (e.startedBy) facts.push(`${evaluationText.by}: ${e.startedBy}`);
  if (e.reason) facts.push(`${evaluationText.reason}: ${e.reason}`);
  out.push({ kind: 'h2', text: evaluationText.facts }, { kind: 'list', items: facts });

  out.push({ kind: 'h2', text: evaluationText.timeline }, { kind: 'table', head: [evaluationText.time, evaluationText.entry], rows: e.timeline.map((ev) => [when(momentOf(ev.at, view), view), eventText(ev, view)]) });

  out.push({ kind: 'h2', text: evaluationText.calls });
  out.push({
    kind: 'list',
    items: e.chains.map((c) => (c.reached ? evaluationText.reached(c.title, c.reached.name, c.reached.step, c.reached.minutes) : c.calls.length ? evaluationText.notReached(c.title) : evaluationText.notCalled(c.title))),
  });
  const callRows = e.chains.flatMap((c) => c.calls.map((call) => [c.title, String(call.step), call.name, when(call.at, view), call.answered ? evaluationText.yes : evaluationText.no, evaluationText.minutes(call.minutes)]));
  if (callRows.length) out.push({ kind: 'table', head: [evaluationText.chain, evaluationText.step, evaluationText.contact, evaluationText.time, evaluationText.answered, evaluationText.after], rows: callRows });
  if (e.otherCalls.length) {
    out.push({ kind: 'h3', text: evaluationText.otherCalls });
    out.push({ kind: 'table', head: [evaluationText.contact, evaluationText.time, evaluationText.answered, evaluationText.after], rows: e.otherCalls.map((c) => [c.name, when(c.at, view), c.answered ? evaluationText.yes : evaluationText.no, evaluationText.minutes(c.minutes)]) });
  }

  out.push({ kind: 'h2', text: evaluationText.meetingHeading });
  const m = e.meeting;
  const deadlineText = (d: DateTime, level: Parameters<typeof levelName>[0]) => `${moment(d, view)} (${levelName(level, view)})`;
  out.push({
    kind: 'p',
    text:
      m.kind === 'not-required'
        ? evaluationText.notRequired
        : m.kind === 'met'
          ? evaluationText.met(deadlineText(m.deadline, m.level), moment(m.meeting, view), duration(m.marginMinutes, view))
          : m.kind === 'missed'
            ? evaluationText.missed(deadlineText(m.deadline, m.level), moment(m.meeting, view), duration(m.lateMinutes, view))
            : m.overdue
              ? evaluationText.noMeeting(deadlineText(m.deadline, m.level))
              : evaluationText.pending(deadlineText(m.deadline, m.level)),
  });

  out.push({ kind: 'h2', text: evaluationText.attendance });
  if (e.attendance) {
    const a = e.attendance;
    out.push({ kind: 'p', text: evaluationText.attendanceCount(a.invited.filter((i) => i.present).length, a.invited.length) });
    out.push({ kind: 'table', head: [evaluationText.member, evaluationText.presentCol], rows: a.invited.map((i) => [i.name, i.bySubstitute ? evaluationText.bySubstitute(i.bySubstitute) : i.present ? evaluationText.yes : evaluationText.no]) });
    if (a.others.length) out.push({ kind: 'p', text: `${evaluationText.othersPresent}: ${a.others.join(', ')}` });
  } else out.push({ kind: 'p', text: evaluationText.noAttendance });

  out.push({ kind: 'h2', text: evaluationText.informs });
  out.push({
    kind: 'table',
    head: [evaluationText.duty, evaluationText.loggedCol],
    rows: e.duties.map((d) => [
      `${d.by.join(', ')} ${d.informs}${d.when ? ` (${d.when})` : ''}`,
      d.logged.length ? d.logged.map((l) => when(l.at, view) + (l.channel ? ` (${view.journalText.channels[l.channel]})` : '')).join('; ') : evaluationText.notLogged,
    ]),
  });
  if (e.otherInformed.length) {
    out.push({ kind: 'h3', text: evaluationText.otherInformed });
    out.push({ kind: 'list', items: e.otherInformed.map((i) => `${when(i.at, view)}: ${i.text}${i.channel ? ` (${view.journalText.channels[i.channel]})` : ''}`) });
  }

  out.push({ kind: 'h2', text: evaluationText.actions });
  if (e.actions.length) out.push({ kind: 'table', head: [evaluationText.actions, evaluationText.owner, evaluationText.due], rows: e.actions.map((a) => [a.text, a.owner ?? '', a.due ?? '']) });
  else out.push({ kind: 'p', text: evaluationText.noActions });

  out.push({ kind: 'h2', text: evaluationText.decision });
  const d = e.decision;
  const decision = [d.decided === true ? evaluationText.decidedYes(d.due) : d.decided === false ? evaluationText.decidedNo : evaluationText.notDecided];
  if (d.held) decision.push(evaluationText.held(d.held));
  out.push({ kind: 'p', text: decision.join(' ') }, { kind: 'p', text: e.planText });

  out.push({ kind: 'h2', text: evaluationText.questions });
  for (const q of evaluationText.questionList) out.push({ kind: 'h3', text: q }, { kind: 'answer' });

  if (diagnostics.length) out.push({ kind: 'h2', text: evaluationText.damaged }, { kind: 'list', items: diagnostics.map((dg) => diagnosticText(dg, view.journalText)) });
  return out;
}

export function blocksMarkdown(blocks: readonly Block[], view: JournalView): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'h1') out.push(`# ${md(b.text)}`, '');
    else if (b.kind === 'h2') out.push(`## ${md(b.text)}`, '');
    else if (b.kind === 'h3') out.push(`### ${md(b.text)}`, '');
    else if (b.kind === 'p') out.push(md(b.text), '');
    else if (b.kind === 'list') out.push(...b.items.map((i) => `- ${md(i)}`), '');
    else if (b.kind === 'answer') out.push(`${md(view.journalText.evaluation.answer)}`, '', '&nbsp;', '', '&nbsp;', '');
    else if (b.kind === 'table') {
      const cell = (c: string) => md(c) || ' ';
      out.push(`| ${b.head.map(cell).join(' | ')} |`, `| ${b.head.map((_, i) => (b.numeric?.includes(i) ? '---:' : '---')).join(' | ')} |`);
      for (const r of b.rows) out.push(`| ${r.map(cell).join(' | ')} |`);
      out.push('');
    }
  }
  return out.join('\n');
}

const CSS = `@page{size:A4 portrait;margin:15mm}
*{box-sizing:border-box}
body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;font-size:9.5pt;line-height:1.35;color:#000;background:#fff;margin:0;max-width:180mm}
h1{font-size:15pt;margin:0 0 6pt;break-after:avoid}
h2{font-size:11.5pt;margin:12pt 0 4pt;border-bottom:1.5px solid #000;break-after:avoid}
h3{font-size:10pt;margin:8pt 0 3pt;break-after:avoid}
p{margin:3pt 0;orphans:3;widows:3}
li{break-inside:avoid}
ul{margin:3pt 0;padding-left:14pt}
table{border-collapse:collapse;width:100%;margin:3pt 0}
th,td{border:1px solid #000;padding:2pt 4pt;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{font-weight:bold;background:#eee;white-space:nowrap}
td.n,th.n{text-align:right}
tr{break-inside:avoid}
.answer{border:1px solid #000;min-height:28mm;margin:2pt 0 6pt;padding:3pt;break-inside:avoid}
.answer span{font-style:italic}
.question{break-inside:avoid}
svg{display:block;max-width:100%;height:auto;margin:4pt 0;break-inside:avoid}
svg text{font-family:inherit}
@media screen{body{margin:12mm auto;padding:0 6mm}}`;

export function blocksHtml(blocks: readonly Block[], view: JournalView, title: string): string {
  const out: string[] = [];
  for (const [i, b] of blocks.entries()) {
    // A question and its answer box are one unit on paper: never the question at the foot of a page, the box on the next.
    if (b.kind === 'h3' && blocks[i + 1]?.kind === 'answer') out.push(`<div class="question"><h3>${html(b.text)}</h3>`);
    else if (b.kind === 'h1' || b.kind === 'h2' || b.kind === 'h3' || b.kind === 'p') out.push(`<${b.kind}>${html(b.text)}</${b.kind}>`);
    else if (b.kind === 'list') out.push(`<ul>${b.items.map((i) => `<li>${html(i)}</li>`).join('')}</ul>`);
    else if (b.kind === 'answer') out.push(`<div class="answer"><span>${html(view.journalText.evaluation.answer)}</span></div>${blocks[i - 1]?.kind === 'h3' ? '</div>' : ''}`);
    else if (b.kind === 'svg') out.push(b.svg);
    else if (b.kind === 'table') {
      const cls = (i: number) => (b.numeric?.includes(i) ? ' class="n"' : '');
      out.push(
        // A table of labels and counts has no header worth a row.
        `<table>${b.head.some(Boolean) ? `<thead><tr>${b.head.map((h, i) => `<th${cls(i)}>${html(h)}</th>`).join('')}</tr></thead>` : ''}<tbody>` +
          b.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${html(c)}</td>`).join('')}</tr>`).join('') +
          `</tbody></table>`,
      );
    }
  }
  return `<!DOCTYPE html>\n<html lang="${view.lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${html(title)}</title>\n<style>\n${CSS}\n</style>\n</head>\n<body>\n${out.join('\n')}\n</body>\n</html>\n`;
}

function evaluationData(e: Evaluation, diagnostics: readonly JournalDiagnostic[], view: JournalView) {
  return {
    schemaVersion: 1,
    id: e.summary.id,
    drill: e.summary.drill,
    level: { start: e.summary.startLevel, now: e.summary.level, highest: e.summary.highest },
    startedAt: e.startedAt.toISO(),
    endedAt: e.endedAt?.toISO() ?? null,
    interrupted: e.summary.interrupted,
    reason: e.reason ?? null,
    timeline: e.timeline,
    chains: e.chains,
    otherCalls: e.otherCalls,
    meeting: e.meeting,
    attendance: e.attendance ?? null,
    duties: e.duties,
    otherInformed: e.otherInformed,
    actions: e.actions,
    decision: e.decision,
    questions: view.journalText.evaluation.questionList.map((question) => ({ question, answer: null })),
    diagnostics,
  };
}

export function renderEvaluation(e: Evaluation, diagnostics: readonly JournalDiagnostic[], format: ReportFormat, view: JournalView): string {
  if (format === 'json') return JSON.stringify(withoutControls(evaluationData(e, diagnostics, view)), null, 2) + '\n';
  const blocks = evaluationBlocks(e, diagnostics, view);
  const title = (blocks[0] as { text: string }).text;
  return format === 'html' ? blocksHtml(blocks, view, title) : blocksMarkdown(blocks, view);
}
