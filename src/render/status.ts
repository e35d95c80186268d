import { withoutControls } from './escape.js';
import { changeText } from './diff.js';
import { blocksHtml, blocksMarkdown, duration, type Block, type ReportFormat } from './evaluation.js';
import { html } from './escape.js';
import { levelName, placeOf, when, type JournalView } from './journal.js';
import type { StatusReport, Tally } from '../domain/status.js';
import type { JournalLevel } from '../journal/schema.js';

const LEVELS: JournalLevel[] = ['green', 'yellow', 'red'];

function tallyTable(tally: Tally, v: JournalView): Block {
  const s = v.j.status;
  const rows = s.months.map((month, m) => [month, ...LEVELS.map((l) => String(tally.byMonth[l][m])), String(LEVELS.reduce((n, l) => n + tally.byMonth[l][m]!, 0))]);
  rows.push([s.total, ...LEVELS.map((l) => String(tally.byLevel[l])), String(tally.total)]);
  return { kind: 'table', head: [s.month, ...LEVELS.map((l) => levelName(l, v)), s.total], rows, numeric: [1, 2, 3, 4] };
}

/**
 * Stacked bars per month. Levels differ by pattern as well as by shade, and every bar carries its number, so the
 * chart reads the same printed in black and white.
 */
function monthChart(tally: Tally, year: number, v: JournalView): string {
  const s = v.j.status;
  const W = 680;
  const H = 230;
  const left = 34;
  const top = 28;
  const bottom = 40;
  const plotH = H - top - bottom;
  const slot = (W - left - 10) / 12;
  const totals = s.months.map((_, m) => LEVELS.reduce((n, l) => n + tally.byMonth[l][m]!, 0));
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
  s.months.forEach((month, m) => {
    const x = left + m * slot + slot * 0.18;
    const w = slot * 0.64;
    let base = 0;
    for (const l of LEVELS) {
      const n = tally.byMonth[l][m]!;
      if (n === 0) continue;
      parts.push(`<rect x="${x.toFixed(1)}" y="${y(base + n).toFixed(1)}" width="${w.toFixed(1)}" height="${(y(base) - y(base + n)).toFixed(1)}" fill="${fills[l]}" stroke="#000" stroke-width="0.8"><title>${html(`${month}: ${levelName(l, v)} ${n}`)}</title></rect>`);
      base += n;
    }
    if (totals[m]) parts.push(`<text x="${(x + w / 2).toFixed(1)}" y="${(y(base) - 3).toFixed(1)}" text-anchor="middle" font-size="10">${totals[m]}</text>`);
    parts.push(`<text x="${(x + w / 2).toFixed(1)}" y="${top + plotH + 13}" text-anchor="middle" font-size="10">${html(month)}</text>`);
  });
  LEVELS.forEach((l, i) => {
    const x = left + i * 150;
    parts.push(`<rect x="${x}" y="${H - 16}" width="14" height="10" fill="${fills[l]}" stroke="#000" stroke-width="0.8"/><text x="${x + 19}" y="${H - 7}" font-size="10">${html(levelName(l, v))} (${tally.byLevel[l]})</text>`);
  });
  parts.push(`<text x="${left}" y="14" font-size="11" font-weight="bold">${html(s.chart(year))}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${html(s.chart(year))}">${parts.join('')}</svg>`;
}

function statusBlocks(r: StatusReport, v: JournalView, withChart: boolean): Block[] {
  const s = v.j.status;
  const x = v.j.evaluation;
  const out: Block[] = [{ kind: 'h1', text: s.title(r.year, placeOf(v)) }, { kind: 'p', text: s.made(r.today) }];
  out.push({ kind: 'h2', text: s.activations });
  if (r.real.total === 0) out.push({ kind: 'p', text: s.noneReal });
  else {
    if (withChart) out.push({ kind: 'svg', svg: monthChart(r.real, r.year, v), alt: s.chart(r.year) });
    out.push(tallyTable(r.real, v));
  }
  out.push({ kind: 'h2', text: s.drills });
  if (r.drills.total === 0) out.push({ kind: 'p', text: s.noneDrills });
  else {
    const drills = r.activations.filter((a) => a.drill);
    const interrupted = drills.filter((a) => a.interrupted).length;
    out.push({ kind: 'p', text: s.drillCount(drills.length, interrupted) });
    const named = (ids: string[]) => (ids.length ? v.t.list(ids.map((id) => v.names.name(id))) : s.nobody);
    const numbers = (ids: string[]) => (ids.length ? v.t.list(ids.map((id) => `${v.names.name(id)} (${v.names.phone(id) ?? '?'})`)) : s.nobody);
    out.push({
      kind: 'table',
      head: [x.started, x.level, s.drillState, s.reached, s.failed],
      rows: drills.map((a) => [when(a.startedAt, v), levelName(a.level, v), a.interrupted ? v.j.interrupted : s.completed, named(a.reached), numbers(a.failed)]),
    });
  }

  const d = r.deadlines;
  out.push({ kind: 'h2', text: s.deadlines }, {
    kind: 'table',
    head: ['', ''],
    rows: [[s.met, String(d.met)], [s.missed, String(d.missed)], [s.noMeeting, String(d.noMeeting)], [s.pending, String(d.pending)], [s.notRequired, String(d.notRequired)]],
    numeric: [1],
  });
  const ev = r.evaluations;
  out.push({ kind: 'h2', text: s.evaluations }, {
    kind: 'table',
    head: ['', ''],
    rows: [[s.decided, String(ev.decided)], [s.held, String(ev.held)], [s.missing, String(ev.missing)], [s.due, String(ev.due)], [s.declined, String(ev.declined)], [s.notDecided, String(ev.notDecided)]],
    numeric: [1],
  });

  if (r.activations.length) {
    const verdict = (a: StatusReport['activations'][number]) =>
      a.meeting === 'met' ? s.met : a.meeting === 'missed' ? s.missed + ` (${s.lateBy(duration(a.lateMinutes ?? 0, v))})` : a.meeting === 'no-meeting' ? s.noMeeting : a.meeting === 'pending' ? s.pending : s.notRequired;
    const evaluation = (a: StatusReport['activations'][number]) =>
      ({ held: s.held, due: s.due, missing: s.missing, 'not-decided': s.notDecided, declined: s.declined })[a.evaluation] + (a.evaluationDue && a.evaluation !== 'held' ? ` (${a.evaluationDue})` : '');
    out.push({ kind: 'h2', text: s.list }, {
      kind: 'table',
      head: ['Id', x.level, x.started, s.deadlines, s.evaluations],
      rows: r.activations.map((a) => [a.id, levelName(a.level, v) + (a.drill ? ` (${v.j.drill})` : ''), when(a.startedAt, v), a.drill ? (a.interrupted ? v.j.interrupted : '') : verdict(a), a.drill ? '' : evaluation(a)]),
    });
  }

  out.push({ kind: 'h2', text: s.roster });
  // Outside git the file still says its revision and when it was last changed.
  const current = v.names.plan;
  if (!r.revisions) out.push({ kind: 'p', text: s.noGit(current.revision, current.lastChanged, current.lastChanged.startsWith(`${r.year}-`)) });
  else if (r.revisions.length === 0) out.push({ kind: 'p', text: s.noRevisions });
  else
    for (const rev of r.revisions) {
      out.push({ kind: 'h3', text: s.revision(rev.revision, rev.lastChanged, rev.date) });
      out.push({ kind: 'list', items: rev.first ? [s.firstVersion] : rev.changes.length ? rev.changes.map((c) => changeText(c, v.t)) : [v.t.diff.none] });
    }

  const rd = r.readiness;
  const list = (items: string[]) => ({ kind: 'list' as const, items: items.length ? items : [s.nobody] });
  out.push({ kind: 'h2', text: s.readiness });
  out.push({ kind: 'h3', text: s.stale }, list(rd.stale.map((p) => s.confirmed(p.name, p.confirmed))));
  out.push({ kind: 'h3', text: s.never }, list(rd.neverConfirmed));
  out.push({ kind: 'h3', text: s.withoutSubstitute }, list(rd.withoutSubstitute));
  out.push({ kind: 'h3', text: s.chainsEnd }, list(rd.chainsEndingAtPerson.map((c) => s.chainEnd(c.chain, c.name))));
  return out;
}

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
  return format === 'html' ? blocksHtml(blocks, v, v.j.status.title(r.year, placeOf(v))) : blocksMarkdown(blocks, v);
}
