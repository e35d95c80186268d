import { checkChange } from './change-rules.js';
import type { Detection } from './finding.js';
import { loadRoster, type LoadOptions, type LoadResult, type ReportRules } from './load.js';
import { checkRoster, type Rule, type RuleContext } from './rules.js';
import type { Roster } from './schema.js';
import { checkContentChange, checkSigning } from './signing.js';
import { textDeadlines, textInserts, textPeople, textPhones } from './text-rules.js';

/*
 * The rules that only a command reporting findings runs (lint, the edits, import): what the plan's text says against
 * the data, the signatures and the approval, and the rules for a change. The text and signing rules only warn, so a
 * command that uses the roster (activate, deadline, invite, contacts, plan, log …) is refused by exactly the same
 * findings without them, and does not load them: they read the whole text and build the plan document.
 */

/** The plan's text and the data agree: known inserts, people, deadlines and phone numbers. */
export const planText: Rule = {
  name: 'plan-text',
  check: ({ roster, report }) => {
    report(...textInserts(roster), ...textPeople(roster), ...textDeadlines(roster), ...textPhones(roster));
  },
};

export const REPORT_RULES: ReportRules = {
  roster: (roster: Roster, ctx: RuleContext): Detection[] => [...checkRoster(roster, ctx, [planText]), ...checkSigning(roster)],
  change: (previous: Roster, roster: Roster, today: string | undefined): Detection[] => [...checkChange(previous, roster, today), ...checkContentChange(previous, roster)],
};

/** Text → roster and every finding lint reports: loadRoster with the report rules. */
export function lintRoster(bytes: Uint8Array, options: Omit<LoadOptions, 'report'>): LoadResult {
  return loadRoster(bytes, { ...options, report: REPORT_RULES });
}
