import type { StatusReport } from '../domain/status.js';
import type { JournalView } from '../document/journal.js';
import { placeOf } from '../document/journal.js';
import { statusBlocks } from '../document/status.js';
import { withoutControls } from './escape.js';
import { reportHtml, reportMarkdown, type ReportFormat } from './report.js';

function statusData(r: StatusReport, view: JournalView) {
  return {
    schemaVersion: 1,
    year: r.year,
    today: r.today,
    activations: { total: r.real.total, byLevel: r.real.byLevel, byMonth: r.real.byMonth },
    drills: { total: r.drills.total, byLevel: r.drills.byLevel, byMonth: r.drills.byMonth },
    deadlines: r.deadlines,
    evaluations: r.evaluations,
    list: r.activations.map((a) => ({ ...a, startedAt: a.startedAt.toISO() })),
    roster: r.revisions ?? null,
    rosterNow: { revision: view.names.plan.revision, lastChanged: view.names.plan.lastChanged },
    readiness: r.readiness,
  };
}

export function renderStatus(r: StatusReport, format: ReportFormat, view: JournalView): string {
  if (format === 'json') return JSON.stringify(withoutControls(statusData(r, view)), null, 2) + '\n';
  const blocks = statusBlocks(r, view, format === 'html');
  return format === 'html' ? reportHtml(blocks, view.lang, view.journalText.status.title(r.year, placeOf(view))) : reportMarkdown(blocks);
}
