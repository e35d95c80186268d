import type { Command } from 'commander';
import { DateTime } from 'luxon';
import type { Lang } from '../../i18n/index.js';
import { signingMessages } from '../../i18n/signing.js';
import { longDate } from '../../document/dates.js';
import { terminalSafe } from '../../render/escape.js';
import { signingState } from '../../roster/signing.js';
import { globalsOf, loadRosterOrExit, nonEmpty, parseDateOption, todayFromClock } from '../context.js';
import { ExitCode } from '../exit.js';
import { writeOutput } from '../output.js';

export interface StatusOptions {
  today?: string;
}

/** Whole calendar days from one ISO date to another (dates, not instants: no time zone comes into it). */
function daysBetween(from: string, to: string): number {
  return Math.round(DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days);
}

/** `beredskab status`: the plan's signatures, approval, version in force and period, on one screen. */
export async function runStatus(opts: StatusOptions, command: Command, lang: Lang): Promise<ExitCode> {
  const g = globalsOf(command, lang);
  const s = signingMessages(g.lang).status;
  const todayOption = nonEmpty(opts.today, '--today', g);
  const given = todayOption !== undefined ? parseDateOption(todayOption, '--today', g.t) : undefined;
  const { roster } = await loadRosterOrExit(g);
  const today = given ?? todayFromClock(g)(roster.plan.timezone);
  const words = (iso: string) => longDate(iso, g.t);
  const state = signingState(roster);
  const plan = roster.plan;
  const out: string[] = [s.title(plan.title), ''];

  out.push(s.period(words(plan.period.start), words(plan.period.end)));
  if (today < plan.period.start) out.push(`  ${s.notStarted(daysBetween(today, plan.period.start))}`);
  else if (today > plan.period.end) out.push(`  ${s.expired(daysBetween(plan.period.end, today))}`);
  else out.push(`  ${s.expires(daysBetween(today, plan.period.end))}`);
  out.push(s.content(state.version, roster.revision, words(roster.lastChanged)));
  if (!state.hashMatches) out.push(`  ${s.stale(state.version)}`);

  if (roster.signatories.length === 0) out.push(s.noSignatories);
  else if (!state.anyRecord) out.push(s.unrecorded);
  else {
    out.push(state.complete ? s.inForce(state.complete.version, words(state.complete.lastDate)) : s.noneInForce);
    const missing = state.signatories.filter((x) => !x.current);
    if (missing.length > 0) {
      out.push(`  ${s.newVersion(state.version, state.signatories.length - missing.length, state.signatories.length, missing.map((x) => x.name))}`);
    }
  }
  const approval = state.approval;
  if (approval) {
    out.push(s.approved(approval.by, words(approval.date), approval.version, approval.reference));
    const due = state.complete?.version ?? state.version;
    if (approval.version < due) out.push(`  ${s.approvalOutdated(due)}`);
  } else if (state.anyRecord) out.push(s.notApproved);

  if (roster.signatories.length > 0) {
    out.push('', s.signatures);
    const who = state.signatories.map((x) => `${x.name}, ${x.title}, ${x.organisation}`);
    const width = Math.max(...who.map((w) => w.length));
    state.signatories.forEach((x, i) => {
      const said = x.current
        ? s.signedAt(x.current.version, words(x.current.date))
        : x.latest
          ? s.signedOlder(x.latest.version, words(x.latest.date), state.version)
          : s.notSigned;
      out.push(`  ${who[i]!.padEnd(width)}  ${said}`);
    });
  }
  await writeOutput(g, '-', out.map(terminalSafe).join('\n') + '\n', { inputs: [] });
  return ExitCode.ok;
}
