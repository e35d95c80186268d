import { withoutControls } from './text.js';
import { changeText } from './diff.js';
import { blocksHtml, blocksMarkdown, duration, type Block, type ReportFormat } from './evaluation.js';
import { html } from './sheet.js';
import { levelName, placeOf, when, type JournalView } from './journal.js';
import type { StatusReport, Tally } from '../domain/status.js';
import type { JournalLevel } from '../journal/schema.js';

const LEVELS: JournalLevel[] = ['green', 'yellow', 'red'];

function tallyTable(tally: Tally, view: JournalView): Block {
  const statusText = view.journalText.status;
  const rows = statusText.months.map((month, m) => [month, ...LEVELS.map((l) => String(tally.byMonth[l][m])), String(LEVELS.reduce((n, l) => n + tally.byMonth[l][m]!, 0))]);
  rows.push([statusText.total, ...LEVELS.map((l) => String(tally.byLevel[l])), String(tally.total)]);
  return { kind: 'table', head: [statusText.month, ...LEVELS.map((l) => levelName(l, view)), statusText.total], rows, numeric: [1, 2, 3, 4] };
}

/**
 * Stacked bars per month. Levels differ by pattern as well as by shade, and every bar carries its number, so the
 * chart reads the same printed in black and white.
 */
function monthChart(tally: Tally, year: number, view: JournalView): string {
  const statusText = view.journalText.status;
  const W = 680;
  const H = 230;
  const left = 34;
  const top = 28;
  const bottom = 40;
  const plotH = H - top - bottom;
  const slot = (W - left - 10) / 12;
  const totals = statusText.months.map((_, m) => LEVELS.reduce((n, l) => n + tally.byMonth[l][m]!, 0));
  const max = Math.max(1, ...totals);
  const y = (n: number) => top + plotH - (n / max) * plotH;
  const fills: Record<JournalLevel, string> = { green: 'url(#p-green)', yellow: 'url(#p-yellow)', red: '#222' };
  const parts: string[] = [];
  parts.push(
    `<defs>` +
      `<pattern id="p-green" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#fff"/><circle cx="3" cy="3" r="1.2" fill="#000"/></pattern>` +
      `<pattern id="p-yellow" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#bbb"/><line x1="0" y1="0" x2="0" y2="6" stroke="#000" stroke-width="1.5"/></pattern>` +
      `</defs>`,
  );
  parts.push(`<line x1="${left}" y1="${top + plotH}" x2="${W - 10}" y2="${top + plotH}" stroke="#000"/>`);
  parts.push(`<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" stroke="#000"/>`);
  parts.push(`<text x="${left - 4}" y="${top + 4}" text-anchor="end" font-size="10">${max}</text><text x="${left - 4}" y="${top + plotH}" text-anchor="end" font-size="10">0</text>`);
  statusText.months.forEach((month, m) => {
    const x = left + m * slot + slot * 0.18;
    const w = slot * 0.64;
    let base = 0;
    for (const l of LEVELS) {
      const n = tally.byMonth[l][m]!;
      if (n === 0) continue;
      parts.push(`<rect x="${x.toFixed(1)}" y="${y(base + n).toFixed(1)}" width="${w.toFixed(1)}" height="${(y(base) - y(base + n)).toFixed(1)}" fill="${fills[l]}" stroke="#000" stroke-width="0.8"><title>${html(`${month}: ${levelName(l, view)} ${n}`)}</title></rect>`);
      base += n;
    }
    if (totals[m]) parts.push(`<text x="${(x + w / 2).toFixed(1)}" y="${(y(base) - 3).toFixed(1)}" text-anchor="middle" font-size="10">${totals[m]}</text>`);
    parts.push(`<text x="${(x + w / 2).toFixed(1)}" y="${top + plotH + 13}" text-anchor="middle" font-size="10">${html(month)}</text>`);
  });
  LEVELS.forEach((l, i) => {
    const x = left + i * 150;
    parts.push(`<rect x="${x}" y="${H - 16}" width="14" height="10" fill="${fills[l]}" stroke="#000" stroke-width="0.8"/><text x="${x + 19}" y="${H - 7}" font-size="10">${html(levelName(l, view))} (${tally.byLevel[l]})</text>`);
  });
  parts.push(`<text x="${left}" y="14" font-size="11" font-weight="bold">${html(statusText.chart(year))}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${html(statusText.chart(year))}">${parts.join('')}</svg>`;
}

function statusBlocks(r: StatusReport, view: JournalView, withChart: boolean): Block[] {
  const statusText = view.journalText.status;
  const evaluationText = view.journalText.evaluation;
  const out: Block[] = [{ kind: 'h1', text: statusText.title(r.year, placeOf(view)) }, { kind: 'p', text: statusText.made(r.today) }];
  out.push({ kind: 'h2', text: statusText.activations });
  if (r.real.total === 0) out.push({ kind: 'p', text: statusText.noneReal });
  else {
    if (withChart) out.push({ kind: 'svg', svg: monthChart(r.real, r.year, view), alt: statusText.chart(r.year) });
    out.push(tallyTable(r.real, view));
  }
  out.push({ kind: 'h2', text: statusText.drills });
  if (r.drills.total === 0) out.push({ kind: 'p', text: statusText.noneDrills });
  else {
    const drills = r.activations.filter((a) => a.drill);
    const interrupted = drills.filter((a) => a.interrupted).length;
    out.push({ kind: 'p', text: statusText.drillCount(drills.length, interrupted) });
    const named = (ids: string[]) => (ids.length ? view.msg.list(ids.map((id) => view.names.name(id))) : statusText.nobody);
    const numbers = (ids: string[]) => (ids.length ? view.msg.list(ids.map((id) => `${view.names.name(id)} (${view.names.phone(id) ?? '?'})`)) : statusText.nobody);
    out.push({
      kind: 'table',
      head: [evaluationText.started, evaluationText.level, statusText.drillState, statusText.reached, statusText.failed],
      rows: drills.map((a) => [when(a.startedAt, view), levelName(a.level, view), a.interrupted ? view.journalText.interrupted : statusText.completed, named(a.reached), numbers(a.failed)]),
    });
  }

  const d = r.deadlines;
  out.push({ kind: 'h2', text: statusText.deadlines }, {
    kind: 'table',
    head: ['', ''],
    rows: [[statusText.met, String(d.met)], [statusText.missed, String(d.missed)], [statusText.noMeeting, String(d.noMeeting)], [statusText.pending, String(d.pending)], [statusText.notRequired, String(d.notRequired)]],
    numeric: [1],
  });
  const ev = r.evaluations;
  out.push({ kind: 'h2', text: statusText.evaluations }, {
    kind: 'table',
    head: ['', ''],
    rows: [[statusText.decided, String(ev.decided)], [statusText.held, String(ev.held)], [statusText.missing, String(ev.missing)], [statusText.due, String(ev.due)], [statusText.declined, String(ev.declined)], [statusText.notDecided, String(ev.notDecided)]],
    numeric: [1],
  });

  if (r.activations.length) {
    const verdict = (a: StatusReport['activations'][number]) =>
      a.meeting === 'met' ? statusText.met : a.meeting === 'missed' ? statusText.missed + ` (${statusText.lateBy(duration(a.lateMinutes ?? 0, view))})` : a.meeting === 'no-meeting' ? statusText.noMeeting : a.meeting === 'pending' ? statusText.pending : statusText.notRequired;
    const evaluation = (a: StatusReport['activations'][number]) =>
      ({ held: statusText.held, due: statusText.due, missing: statusText.missing, 'not-decided': statusText.notDecided, declined: statusText.declined })[a.evaluation] + (a.evaluationDue && a.evaluation !== 'held' ? ` (${a.evaluationDue})` : '');
    out.push({ kind: 'h2', text: statusText.list }, {
      kind: 'table',
      head: ['Id', evaluationText.level, evaluationText.started, statusText.deadlines, statusText.evaluations],
      rows: r.activations.map((a) => [a.id, levelName(a.level, view) + (a.drill ? ` (${view.journalText.drill})` : ''), when(a.startedAt, view), a.drill ? (a.interrupted ? view.journalText.interrupted : '') : verdict(a), a.drill ? '' : evaluation(a)]),
    });
  }

  out.push({ kind: 'h2', text: statusText.roster });
  // Outside git the file still says its revision and when it was last changed.
  const current = view.names.plan;
  if (!r.revisions) out.push({ kind: 'p', text: statusText.noGit(current.revision, current.lastChanged, current.lastChanged.startsWith(`${r.year}-`)) });
  else if (r.revisions.length === 0) out.push({ kind: 'p', text: statusText.noRevisions });
  else
    for (const rev of r.revisions) {
      out.push({ kind: 'h3', text: statusText.revision(rev.revision, rev.lastChanged, rev.date) });
      out.push({ kind: 'list', items: rev.first ? [statusText.firstVersion] : rev.changes.length ? rev.changes.map((c) => changeText(c, view.msg)) : [view.msg.diff.none] });
    }

  const rd = r.readiness;
  const list = (items: string[]) => ({ kind: 'list' as const, items: items.length ? items : [statusText.nobody] });
  out.push({ kind: 'h2', text: statusText.readiness });
  out.push({ kind: 'h3', text: statusText.stale }, list(rd.stale.map((p) => statusText.confirmed(p.name, p.confirmed))));
  out.push({ kind: 'h3', text: statusText.never }, list(rd.neverConfirmed));
  out.push({ kind: 'h3', text: statusText.withoutSubstitute }, list(rd.withoutSubstitute));
  out.push({ kind: 'h3', text: statusText.chainsEnd }, list(rd.chainsEndingAtPerson.map((c) => statusText.chainEnd(c.chain, c.name))));
  return out;
}

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
  return format === 'html' ? blocksHtml(blocks, view, view.journalText.status.title(r.year, placeOf(view))) : blocksMarkdown(blocks, view);
}
