import type { Evaluation } from '../domain/evaluation.js';
import { evaluationBlocks } from '../document/evaluation.js';
import type { JournalView } from '../document/journal.js';
import type { JournalDiagnostic } from '../journal/store.js';
import { withoutControls } from './escape.js';
import { reportHtml, reportMarkdown, type ReportFormat } from './report.js';

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
  return format === 'html' ? reportHtml(blocks, v.lang, title) : reportMarkdown(blocks);
}
