import type { StatusReport, Tally } from '../domain/status.js';
import { bullets, dataTable, heading, paragraph, type Block, type Chart } from './blocks.js';
import { changeText } from './changes.js';
import { duration } from './evaluation.js';
import { levelName, placeOf, when, type JournalView } from './journal.js';
import { LEVEL_IDS } from '../roster/schema.js';

/*
 * The status report for a year (`beredskab status-report`) as blocks: activations and drills, deadlines and
 * evaluations, the roster's revisions and its readiness.
 */

/** Activations per month, stacked by level. */
function monthChart(tally: Tally, year: number, v: JournalView): Chart {
  return {
    title: v.j.status.chart(year),
    categories: v.j.status.months,
    series: LEVEL_IDS.map((l) => ({ id: l, label: levelName(l, v), values: tally.byMonth[l], total: tally.byLevel[l] })),
  };
}

function tallyTable(tally: Tally, v: JournalView): Block {
  const s = v.j.status;
  const rows = s.months.map((month, m) => [month, ...LEVEL_IDS.map((l) => String(tally.byMonth[l][m])), String(LEVEL_IDS.reduce((n, l) => n + tally.byMonth[l][m]!, 0))]);
  rows.push([s.total, ...LEVEL_IDS.map((l) => String(tally.byLevel[l])), String(tally.total)]);
  return dataTable([s.month, ...LEVEL_IDS.map((l) => levelName(l, v)), s.total], rows, [1, 2, 3, 4]);
}

export function statusBlocks(r: StatusReport, v: JournalView, withChart: boolean): Block[] {
  const s = v.j.status;
  const x = v.j.evaluation;
  const out: Block[] = [heading(1, s.title(r.year, placeOf(v))), paragraph(s.made(r.today))];
  out.push(heading(2, s.activations));
  if (r.real.total === 0) out.push(paragraph(s.noneReal));
  else {
    if (withChart) out.push({ kind: 'chart', chart: monthChart(r.real, r.year, v) });
    out.push(tallyTable(r.real, v));
  }
  out.push(heading(2, s.drills));
  if (r.drills.total === 0) out.push(paragraph(s.noneDrills));
  else {
    const drills = r.activations.filter((a) => a.drill);
    const interrupted = drills.filter((a) => a.interrupted).length;
    out.push(paragraph(s.drillCount(drills.length, interrupted)));
    const named = (ids: string[]) => (ids.length ? v.t.list(ids.map((id) => v.names.name(id))) : s.nobody);
    const numbers = (ids: string[]) => (ids.length ? v.t.list(ids.map((id) => `${v.names.name(id)} (${v.names.phone(id) ?? '?'})`)) : s.nobody);
    out.push(
      dataTable(
        [x.started, x.level, s.drillState, s.reached, s.failed],
        drills.map((a) => [when(a.startedAt, v), levelName(a.level, v), a.interrupted ? v.j.interrupted : s.completed, named(a.reached), numbers(a.failed)]),
      ),
    );
  }

  const d = r.deadlines;
  out.push(heading(2, s.deadlines), 
    dataTable(['', ''], [[s.met, String(d.met)], [s.missed, String(d.missed)], [s.noMeeting, String(d.noMeeting)], [s.pending, String(d.pending)], [s.notRequired, String(d.notRequired)]], [1]),
  );
  const ev = r.evaluations;
  out.push(heading(2, s.evaluations), 
    dataTable(['', ''], [[s.decided, String(ev.decided)], [s.held, String(ev.held)], [s.missing, String(ev.missing)], [s.due, String(ev.due)], [s.declined, String(ev.declined)], [s.notDecided, String(ev.notDecided)]], [1]),
  );

  if (r.activations.length) {
    const verdict = (a: StatusReport['activations'][number]) =>
      a.meeting === 'met' ? s.met : a.meeting === 'missed' ? s.missed + ` (${s.lateBy(duration(a.lateMinutes ?? 0, v))})` : a.meeting === 'no-meeting' ? s.noMeeting : a.meeting === 'pending' ? s.pending : s.notRequired;
    const evaluation = (a: StatusReport['activations'][number]) =>
      ({ held: s.held, due: s.due, missing: s.missing, 'not-decided': s.notDecided, declined: s.declined })[a.evaluation] + (a.evaluationDue && a.evaluation !== 'held' ? ` (${a.evaluationDue})` : '');
    out.push(heading(2, s.list), 
      dataTable(
        ['Id', x.level, x.started, s.deadlines, s.evaluations],
        r.activations.map((a) => [a.id, levelName(a.level, v) + (a.drill ? ` (${v.j.drill})` : ''), when(a.startedAt, v), a.drill ? (a.interrupted ? v.j.interrupted : '') : verdict(a), a.drill ? '' : evaluation(a)]),
      ),
    );
  }

  out.push(heading(2, s.roster));
  // Outside git the file still says its revision and when it was last changed.
  const current = v.names.plan;
  if (!r.revisions) out.push(paragraph(s.noGit(current.revision, current.lastChanged, current.lastChanged.startsWith(`${r.year}-`))));
  else if (r.revisions.length === 0) out.push(paragraph(s.noRevisions));
  else
    for (const rev of r.revisions) {
      out.push(heading(3, s.revision(rev.revision, rev.lastChanged, rev.date)));
      out.push(bullets(rev.first ? [s.firstVersion] : rev.changes.length ? rev.changes.map((c) => changeText(c, v.t)) : [v.t.diff.none]));
    }

  const rd = r.readiness;
  const list = (items: string[]) => bullets(items.length ? items : [s.nobody]);
  out.push(heading(2, s.readiness));
  out.push(heading(3, s.stale), list(rd.stale.map((p) => s.confirmed(p.name, p.confirmed))));
  out.push(heading(3, s.never), list(rd.neverConfirmed));
  out.push(heading(3, s.withoutSubstitute), list(rd.withoutSubstitute));
  out.push(heading(3, s.chainsEnd), list(rd.chainsEndingAtPerson.map((c) => s.chainEnd(c.chain, c.name))));
  return out;
}
