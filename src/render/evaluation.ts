import type { DateTime } from 'luxon';
import type { Evaluation } from '../domain/evaluation.js';
import type { JournalDiagnostic } from '../journal/store.js';
import { longDate, longMoment } from './dates.js';
import { diagnosticText, eventText, levelName, momentOf, placeOf, when, type JournalView } from './journal.js';
import { html as escapeHtml, markdown as md, terminalSafe } from './escape.js';
import { withoutControls } from './escape.js';

/**
 * The one cleaning of journal text for every format: control characters (ESC sequences) and bidirectional overrides
 * removed, line breaks folded; markdown's md() does the same before it escapes.
 */
const html = (text: string) => escapeHtml(terminalSafe(text));

const REPORT_FORMATS = ['markdown', 'html', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A document as a list of blocks, so that one structure renders to markdown and HTML alike, escaped in one place. */
export type Block =
  | { kind: 'h1' | 'h2' | 'h3' | 'p'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][]; numeric?: number[] }
  | { kind: 'answer' }
  | { kind: 'svg'; svg: string; alt: string };

export function duration(minutes: number, v: JournalView): string {
  const m = Math.abs(minutes);
  return v.j.evaluation.duration(Math.floor(m / 1440), Math.floor((m % 1440) / 60), m % 60);
}

const moment = (dt: DateTime, v: JournalView) => longMoment(dt, v.t);

function evaluationBlocks(e: Evaluation, diagnostics: readonly JournalDiagnostic[], v: JournalView): Block[] {
  const x = v.j.evaluation;
  const s = e.summary;
  const date = longDate(e.startedAt, v.t);
  const out: Block[] = [{ kind: 'h1', text: s.drill ? x.drillTitle(date, placeOf(v)) : x.title(date, placeOf(v)) }];
  const levels = [...new Set([s.startLevel, ...e.timeline.flatMap((ev) => (ev.type === 'level' ? [ev.level] : []))])];
  const facts = [
    `${x.id}: ${s.id}`,
    `${x.level}: ${levels.map((l) => levelName(l, v)).join(' → ')}`,
    `${x.started}: ${moment(e.startedAt, v)}`,
    `${x.ended}: ${e.endedAt ? moment(e.endedAt, v) + (s.interrupted ? ` (${v.j.interrupted})` : '') : x.notEnded}`,
  ];
  if (e.startedBy) facts.push(`${x.by}: ${e.startedBy}`);
  if (e.reason) facts.push(`${x.reason}: ${e.reason}`);
  out.push({ kind: 'h2', text: x.facts }, { kind: 'list', items: facts });

  out.push({ kind: 'h2', text: x.timeline }, { kind: 'table', head: [x.time, x.entry], rows: e.timeline.map((ev) => [when(momentOf(ev.at, v), v), eventText(ev, v)]) });

  out.push({ kind: 'h2', text: x.calls });
  out.push({
    kind: 'list',
    items: e.chains.map((c) => (c.reached ? x.reached(c.title, c.reached.name, c.reached.step, c.reached.minutes) : c.calls.length ? x.notReached(c.title) : x.notCalled(c.title))),
  });
  const callRows = e.chains.flatMap((c) => c.calls.map((call) => [c.title, String(call.step), call.name, when(call.at, v), call.answered ? x.yes : x.no, x.minutes(call.minutes)]));
  if (callRows.length) out.push({ kind: 'table', head: [x.chain, x.step, x.contact, x.time, x.answered, x.after], rows: callRows });
  if (e.otherCalls.length) {
    out.push({ kind: 'h3', text: x.otherCalls });
    out.push({ kind: 'table', head: [x.contact, x.time, x.answered, x.after], rows: e.otherCalls.map((c) => [c.name, when(c.at, v), c.answered ? x.yes : x.no, x.minutes(c.minutes)]) });
  }

  out.push({ kind: 'h2', text: x.meetingHeading });
  const m = e.meeting;
  const deadlineText = (d: DateTime, level: Parameters<typeof levelName>[0]) => `${moment(d, v)} (${levelName(level, v)})`;
  out.push({
    kind: 'p',
    text:
      m.kind === 'not-required'
        ? x.notRequired
        : m.kind === 'met'
          ? x.met(deadlineText(m.deadline, m.level), moment(m.meeting, v), duration(m.marginMinutes, v))
          : m.kind === 'missed'
            ? x.missed(deadlineText(m.deadline, m.level), moment(m.meeting, v), duration(m.lateMinutes, v))
            : m.overdue
              ? x.noMeeting(deadlineText(m.deadline, m.level))
              : x.pending(deadlineText(m.deadline, m.level)),
  });

  out.push({ kind: 'h2', text: x.attendance });
  if (e.attendance) {
    const a = e.attendance;
    out.push({ kind: 'p', text: x.attendanceCount(a.invited.filter((i) => i.present).length, a.invited.length) });
    out.push({ kind: 'table', head: [x.member, x.presentCol], rows: a.invited.map((i) => [i.name, i.bySubstitute ? x.bySubstitute(i.bySubstitute) : i.present ? x.yes : x.no]) });
    if (a.others.length) out.push({ kind: 'p', text: `${x.othersPresent}: ${a.others.join(', ')}` });
  } else out.push({ kind: 'p', text: x.noAttendance });

  out.push({ kind: 'h2', text: x.informs });
  out.push({
    kind: 'table',
    head: [x.duty, x.loggedCol],
    rows: e.duties.map((d) => [
      `${d.by.join(', ')} ${d.informs}${d.when ? ` (${d.when})` : ''}`,
      d.logged.length ? d.logged.map((l) => when(l.at, v) + (l.channel ? ` (${v.j.channels[l.channel]})` : '')).join('; ') : x.notLogged,
    ]),
  });
  if (e.otherInformed.length) {
    out.push({ kind: 'h3', text: x.otherInformed });
    out.push({ kind: 'list', items: e.otherInformed.map((i) => `${when(i.at, v)}: ${i.text}${i.channel ? ` (${v.j.channels[i.channel]})` : ''}`) });
  }

  out.push({ kind: 'h2', text: x.actions });
  if (e.actions.length) out.push({ kind: 'table', head: [x.actions, x.owner, x.due], rows: e.actions.map((a) => [a.text, a.owner ?? '', a.due ?? '']) });
  else out.push({ kind: 'p', text: x.noActions });

  out.push({ kind: 'h2', text: x.decision });
  const d = e.decision;
  const decision = [d.decided === true ? x.decidedYes(d.due) : d.decided === false ? x.decidedNo : x.notDecided];
  if (d.held) decision.push(x.held(d.held));
  out.push({ kind: 'p', text: decision.join(' ') }, { kind: 'p', text: e.planText });

  out.push({ kind: 'h2', text: x.questions });
  for (const q of x.questionList) out.push({ kind: 'h3', text: q }, { kind: 'answer' });

  if (diagnostics.length) out.push({ kind: 'h2', text: x.damaged }, { kind: 'list', items: diagnostics.map((dg) => diagnosticText(dg, v.j)) });
  return out;
}

export function blocksMarkdown(blocks: readonly Block[], v: JournalView): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'h1') out.push(`# ${md(b.text)}`, '');
    else if (b.kind === 'h2') out.push(`## ${md(b.text)}`, '');
    else if (b.kind === 'h3') out.push(`### ${md(b.text)}`, '');
    else if (b.kind === 'p') out.push(md(b.text), '');
    else if (b.kind === 'list') out.push(...b.items.map((i) => `- ${md(i)}`), '');
    else if (b.kind === 'answer') out.push(`${md(v.j.evaluation.answer)}`, '', '&nbsp;', '', '&nbsp;', '');
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

export function blocksHtml(blocks: readonly Block[], v: JournalView, title: string): string {
  const out: string[] = [];
  for (const [i, b] of blocks.entries()) {
    // A question and its answer box are one unit on paper: never the question at the foot of a page, the box on the next.
    if (b.kind === 'h3' && blocks[i + 1]?.kind === 'answer') out.push(`<div class="question"><h3>${html(b.text)}</h3>`);
    else if (b.kind === 'h1' || b.kind === 'h2' || b.kind === 'h3' || b.kind === 'p') out.push(`<${b.kind}>${html(b.text)}</${b.kind}>`);
    else if (b.kind === 'list') out.push(`<ul>${b.items.map((i) => `<li>${html(i)}</li>`).join('')}</ul>`);
    else if (b.kind === 'answer') out.push(`<div class="answer"><span>${html(v.j.evaluation.answer)}</span></div>${blocks[i - 1]?.kind === 'h3' ? '</div>' : ''}`);
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
  return `<!DOCTYPE html>\n<html lang="${v.lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${html(title)}</title>\n<style>\n${CSS}\n</style>\n</head>\n<body>\n${out.join('\n')}\n</body>\n</html>\n`;
}

function evaluationData(e: Evaluation, diagnostics: readonly JournalDiagnostic[], v: JournalView) {
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
    questions: v.j.evaluation.questionList.map((question) => ({ question, answer: null })),
    diagnostics,
  };
}

export function renderEvaluation(e: Evaluation, diagnostics: readonly JournalDiagnostic[], format: ReportFormat, v: JournalView): string {
  if (format === 'json') return JSON.stringify(withoutControls(evaluationData(e, diagnostics, v)), null, 2) + '\n';
  const blocks = evaluationBlocks(e, diagnostics, v);
  const title = (blocks[0] as { text: string }).text;
  return format === 'html' ? blocksHtml(blocks, v, title) : blocksMarkdown(blocks, v);
}
