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
function monthChart(tally: Tally, year: number, view: JournalView): Chart {
  return {
    title: view.journalText.status.chart(year),
    categories: view.journalText.status.months,
    series: LEVEL_IDS.map((l) => ({ id: l, label: levelName(l, view), values: tally.byMonth[l], total: tally.byLevel[l] })),
  };
}

function tallyTable(tally: Tally, view: JournalView): Block {
  const statusText = view.journalText.status;
  const rows = statusText.months.map((month, m) => [month, ...LEVEL_IDS.map((l) => String(tally.byMonth[l][m])), String(LEVEL_IDS.reduce((n, l) => n + tally.byMonth[l][m]!, 0))]);
  rows.push([statusText.total, ...LEVEL_IDS.map((l) => String(tally.byLevel[l])), String(tally.total)]);
  return dataTable([statusText.month, ...LEVEL_IDS.map((l) => levelName(l, view)), statusText.total], rows, [1, 2, 3, 4]);
}

export function statusBlocks(r: StatusReport, view: JournalView, withChart: boolean): Block[] {
  const statusText = view.journalText.status;
  const evaluationText = view.journalText.evaluation;
  const out: Block[] = [heading(1, statusText.title(r.year, placeOf(view))), paragraph(statusText.made(r.today))];
  out.push(heading(2, statusText.activations));
  if (r.real.total === 0) out.push(paragraph(statusText.noneReal));
  else {
    if (withChart) out.push({ kind: 'chart', chart: monthChart(r.real, r.year, view) });
    out.push(tallyTable(r.real, view));
  }
  out.push(heading(2, statusText.drills));
  if (r.drills.total === 0) out.push(paragraph(statusText.noneDrills));
  else {
    const drills = r.activations.filter((a) => a.drill);
    const interrupted = drills.filter((a) => a.interrupted).length;
    out.push(paragraph(statusText.drillCount(drills.length, interrupted)));
    const named = (ids: string[]) => (ids.length ? view.msg.list(ids.map((id) => view.names.name(id))) : statusText.nobody);
    const numbers = (ids: string[]) => (ids.length ? view.msg.list(ids.map((id) => `${view.names.name(id)} (${view.names.phone(id) ?? '?'})`)) : statusText.nobody);
    out.push(
      dataTable(
        [evaluationText.started, evaluationText.level, statusText.drillState, statusText.reached, statusText.failed],
        drills.map((a) => [when(a.startedAt, view), levelName(a.level, view), a.interrupted ? view.journalText.interrupted : statusText.completed, named(a.reached), numbers(a.failed)]),
      ),
    );
  }

  const d = r.deadlines;
  out.push(heading(2, statusText.deadlines), 
    dataTable(['', ''], [[statusText.met, String(d.met)], [statusText.missed, String(d.missed)], [statusText.noMeeting, String(d.noMeeting)], [statusText.pending, String(d.pending)], [statusText.notRequired, String(d.notRequired)]], [1]),
  );
  const ev = r.evaluations;
  out.push(heading(2, statusText.evaluations), 
    dataTable(['', ''], [[statusText.decided, String(ev.decided)], [statusText.held, String(ev.held)], [statusText.missing, String(ev.missing)], [statusText.due, String(ev.due)], [statusText.declined, String(ev.declined)], [statusText.notDecided, String(ev.notDecided)]], [1]),
  );

  if (r.activations.length) {
    const verdict = (a: StatusReport['activations'][number]) =>
      a.meeting === 'met' ? statusText.met : a.meeting === 'missed' ? statusText.missed + ` (${statusText.lateBy(duration(a.lateMinutes ?? 0, view))})` : a.meeting === 'no-meeting' ? statusText.noMeeting : a.meeting === 'pending' ? statusText.pending : statusText.notRequired;
    const evaluation = (a: StatusReport['activations'][number]) =>
      ({ held: statusText.held, due: statusText.due, missing: statusText.missing, 'not-decided': statusText.notDecided, declined: statusText.declined })[a.evaluation] + (a.evaluationDue && a.evaluation !== 'held' ? ` (${a.evaluationDue})` : '');
    out.push(heading(2, statusText.list), 
      dataTable(
        ['Id', evaluationText.level, evaluationText.started, statusText.deadlines, statusText.evaluations],
        r.activations.map((a) => [a.id, levelName(a.level, view) + (a.drill ? ` (${view.journalText.drill})` : ''), when(a.startedAt, view), a.drill ? (a.interrupted ? view.journalText.interrupted : '') : verdict(a), a.drill ? '' : evaluation(a)]),
      ),
    );
  }

  out.push(heading(2, statusText.roster));
  // Outside git the file still says its revision and when it was last changed.
  const current = view.names.plan;
  if (!r.revisions) out.push(paragraph(statusText.noGit(current.revision, current.lastChanged, current.lastChanged.startsWith(`${r.year}-`))));
  else if (r.revisions.length === 0) out.push(paragraph(statusText.noRevisions));
  else
    for (const rev of r.revisions) {
      out.push(heading(3, statusText.revision(rev.revision, rev.lastChanged, rev.date)));
      out.push(bullets(rev.first ? [statusText.firstVersion] : rev.changes.length ? rev.changes.map((c) => changeText(c, view.msg)) : [view.msg.diff.none]));
    }

  const rd = r.readiness;
  const list = (items: string[]) => bullets(items.length ? items : [statusText.nobody]);
  out.push(heading(2, statusText.readiness));
  out.push(heading(3, statusText.stale), list(rd.stale.map((p) => statusText.confirmed(p.name, p.confirmed))));
  out.push(heading(3, statusText.never), list(rd.neverConfirmed));
  out.push(heading(3, statusText.withoutSubstitute), list(rd.withoutSubstitute));
  out.push(heading(3, statusText.chainsEnd), list(rd.chainsEndingAtPerson.map((c) => statusText.chainEnd(c.chain, c.name))));
  return out;
}
