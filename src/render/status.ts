import type { StatusReport } from '../domain/status.js';
import type { JournalView } from '../document/journal.js';
import { placeOf } from '../document/journal.js';
import { statusBlocks } from '../document/status.js';
import { withoutControls } from './escape.js';
import { reportHtml, reportMarkdown, type ReportFormat } from './report.js';

function statusData(r: StatusReport, v: JournalView) {
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
    rosterNow: { revision: v.names.plan.revision, lastChanged: v.names.plan.lastChanged },
    readiness: r.readiness,
  };
}

export function renderStatus(r: StatusReport, format: ReportFormat, v: JournalView): string {
  if (format === 'json') return JSON.stringify(withoutControls(statusData(r, v)), null, 2) + '\n';
  const blocks = statusBlocks(r, v, format === 'html');
  return format === 'html' ? reportHtml(blocks, v.lang, v.j.status.title(r.year, placeOf(v))) : reportMarkdown(blocks);
}
