import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { signingMessages, type Lang } from '../../i18n/index.js';
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
  const statusText = signingMessages(g.lang).status;
  const todayOption = nonEmpty(opts.today, '--today', g);
  const given = todayOption !== undefined ? parseDateOption(todayOption, '--today', g.msg) : undefined;
  const { roster } = await loadRosterOrExit(g);
  const today = given ?? todayFromClock(g)(roster.plan.timezone);
  const words = (iso: string) => longDate(iso, g.msg);
  const state = signingState(roster);
  const plan = roster.plan;
  const out: string[] = [statusText.title(plan.title), ''];

  out.push(statusText.period(words(plan.period.start), words(plan.period.end)));
  if (today < plan.period.start) out.push(`  ${statusText.notStarted(daysBetween(today, plan.period.start))}`);
  else if (today > plan.period.end) out.push(`  ${statusText.expired(daysBetween(plan.period.end, today))}`);
  else out.push(`  ${statusText.expires(daysBetween(today, plan.period.end))}`);
  out.push(statusText.content(state.version, roster.revision, words(roster.lastChanged)));
  if (!state.hashMatches) out.push(`  ${statusText.stale(state.version)}`);

  if (roster.signatories.length === 0) out.push(statusText.noSignatories);
  else if (!state.anyRecord) out.push(statusText.unrecorded);
  else {
    out.push(state.complete ? statusText.inForce(state.complete.version, words(state.complete.lastDate)) : statusText.noneInForce);
    const missing = state.signatories.filter((x) => !x.current);
    if (missing.length > 0) {
      out.push(`  ${statusText.newVersion(state.version, state.signatories.length - missing.length, state.signatories.length, missing.map((x) => x.name))}`);
    }
  }
  const approval = state.approval;
  if (approval) {
    out.push(statusText.approved(approval.by, words(approval.date), approval.version, approval.reference));
    const due = state.complete?.version ?? state.version;
    if (approval.version < due) out.push(`  ${statusText.approvalOutdated(due)}`);
  } else if (state.anyRecord) out.push(statusText.notApproved);

  if (roster.signatories.length > 0) {
    out.push('', statusText.signatures);
    const who = state.signatories.map((x) => `${x.name}, ${x.title}, ${x.organisation}`);
    const width = Math.max(...who.map((w) => w.length));
    state.signatories.forEach((x, i) => {
      const said = x.current
        ? statusText.signedAt(x.current.version, words(x.current.date))
        : x.latest
          ? statusText.signedOlder(x.latest.version, words(x.latest.date), state.version)
          : statusText.notSigned;
      out.push(`  ${who[i]!.padEnd(width)}  ${said}`);
    });
  }
  await writeOutput(g, '-', out.map(terminalSafe).join('\n') + '\n', { inputs: [] });
  return ExitCode.ok;
}
