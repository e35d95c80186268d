import type { DateTime } from 'luxon';
import { LineCounter, isMap, isNode, isPair, isScalar, parseDocument, visit, type Node } from 'yaml';
import * as z from 'zod/mini';
import { MomentError, parseMoment } from '../time.js';
import type { Activation } from '../activation.js';
import { FUTURE_SLACK_MINUTES } from '../../journal/schema.js';
import { ANSWERS, type Answer, type DrillRecord, type DrillStep } from './engine.js';

/**
 * The answers file: the answers of a drill given ahead, as a YAML list in the order they are asked,
 * `- { contact: lasse-bonde, answer: no-answer, at: 2026-12-23T10:05 }` (`at` optional). Parsing never throws on bad
 * input: every problem comes back with its line and column.
 */

export interface AnswerEntry {
  contact: string;
  answer: Answer;
  at?: DateTime;
  line: number;
  col: number;
}

/** What is wrong, as a code and its arguments: the shell says it in words. */
export type AnswersFinding =
  /** YAML syntax, by the parser's error code. */
  | { code: 'yaml-syntax'; reason: string }
  | { code: 'yaml-too-many-aliases'; max: number }
  | { code: 'yaml-bad-alias' }
  | { code: 'not-list' }
  | { code: 'not-entry' }
  | { code: 'missing'; key: string }
  | { code: 'unknown-key'; key: string }
  | { code: 'contact-type' }
  | { code: 'answer'; value: string }
  | { code: 'contact-unknown'; id: string }
  | { code: 'duplicate'; id: string; firstLine: number }
  | { code: 'time'; value: string }
  | { code: 'time-before-start'; value: string; start: DateTime }
  /** `now`: the clock's reading in the plan's zone. */
  | { code: 'time-future'; value: string; now: DateTime }
  | { code: 'time-backwards'; value: string; previous: string }
  /** Warnings: an entry the chain never came to, or for a contact a drill does not call. */
  | { code: 'unused'; contact: string }
  | { code: 'not-in-drill'; contact: string };

export type AnswersProblem = { severity: 'error' | 'warning'; line: number; col: number } & AnswersFinding;

const Entry = z.strictObject({
  contact: z.string(),
  answer: z.enum(ANSWERS),
  at: z.optional(z.string()),
});
const AnswersFile = z.array(Entry);

/** Aliases an answers file may expand; it needs none. */
const MAX_ALIASES = 100;

export interface ParseOptions {
  /** Every person and hotline id in the roster. */
  known: ReadonlySet<string>;
  zone: string;
  /** When the drill began: no answer can come before it. */
  start: DateTime;
  /**
   * The clock: no answer can come more than FUTURE_SLACK_MINUTES after it (what `log` refuses in the journal), with
   * the clock's reading as the plan's zone shows it.
   */
  now: DateTime;
}

export function parseAnswers(text: string, options: ParseOptions): { entries: AnswerEntry[]; problems: AnswersProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (node: unknown, fallback = 0) => {
    const offset = isNode(node) && node.range ? node.range[0] : fallback;
    return lineCounter.linePos(offset);
  };
  const problem = (where: { line: number; col: number }, finding: AnswersFinding): AnswersProblem => ({ severity: 'error', ...where, ...finding });

  if (doc.errors.length > 0) {
    return {
      entries: [],
      // The parser's sentences are English: its error code picks the explanation.
      problems: doc.errors.map((e) => problem(lineCounter.linePos(e.pos[0]), { code: 'yaml-syntax', reason: e.code })),
    };
  }
  let data: unknown;
  try {
    // An alias to no anchor, or aliases that expand too far, are refused here rather than thrown at the user.
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    let alias: Node | undefined;
    visit(doc, {
      Alias(_, node) {
        if (node.resolve(doc)) return undefined;
        alias = node;
        return visit.BREAK;
      },
    });
    return { entries: [], problems: [problem(at(alias ?? doc.contents), alias ? { code: 'yaml-bad-alias' } : { code: 'yaml-too-many-aliases', max: MAX_ALIASES })] };
  }
  const checked = AnswersFile.safeParse(data);
  if (!checked.success) {
    return {
      entries: [],
      problems: checked.error.issues.map((issue) => {
        const path = issue.path as (string | number)[];
        const parent = path.length > 0 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
        const node = path.length > 0 ? doc.getIn(path, true) : doc.contents;
        const key = path.at(-1);
        if (issue.code === 'unrecognized_keys') {
          const name = String(issue.keys[0]);
          const pair = isMap(node) ? node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === name) : undefined;
          return problem(at(pair?.key ?? node), { code: 'unknown-key', key: name });
        }
        if (path.length === 0) return problem(at(doc.contents), { code: 'not-list' });
        if (path.length === 1) return problem(at(node), { code: 'not-entry' });
        if (node === undefined) return problem(at(parent), { code: 'missing', key: String(key) });
        const value = isScalar(node) ? String(node.value) : String(doc.getIn(path));
        if (key === 'answer') return problem(at(node), { code: 'answer', value });
        if (key === 'at') return problem(at(node), { code: 'time', value });
        return problem(at(node), { code: 'contact-type' });
      }),
    };
  }

  const entries: AnswerEntry[] = [];
  const problems: AnswersProblem[] = [];
  const firstLine = new Map<string, number>();
  let previous: { at: DateTime; text: string } | undefined;
  checked.data.forEach((entry, i) => {
    const contactNode = doc.getIn([i, 'contact'], true);
    const where = at(contactNode);
    if (!options.known.has(entry.contact)) {
      problems.push(problem(where, { code: 'contact-unknown', id: entry.contact }));
      return;
    }
    const first = firstLine.get(entry.contact);
    if (first !== undefined) {
      problems.push(problem(where, { code: 'duplicate', id: entry.contact, firstLine: first }));
      return;
    }
    firstLine.set(entry.contact, where.line);
    let moment: DateTime | undefined;
    if (entry.at !== undefined) {
      const atWhere = at(doc.getIn([i, 'at'], true));
      try {
        moment = parseMoment(entry.at, options.zone);
      } catch (error) {
        if (!(error instanceof MomentError)) throw error;
        problems.push(problem(atWhere, { code: 'time', value: entry.at }));
        return;
      }
      if (moment < options.start) problems.push(problem(atWhere, { code: 'time-before-start', value: entry.at, start: options.start }));
      else if (moment > options.now.plus({ minutes: FUTURE_SLACK_MINUTES })) problems.push(problem(atWhere, { code: 'time-future', value: entry.at, now: options.now }));
      else if (previous && moment < previous.at) problems.push(problem(atWhere, { code: 'time-backwards', value: entry.at, previous: previous.text }));
      previous = { at: moment, text: entry.at };
    }
    entries.push({ contact: entry.contact, answer: entry.answer, ...(moment ? { at: moment } : {}), ...where });
  });
  return { entries, problems };
}

/**
 * Answers the drill's questions from the file: the entry for the contact asked, or `skip` for a contact the file does
 * not mention. A file that gives times gives them for the whole drill: an entry without one (and a contact the file
 * does not mention) takes the time of the answer before it, or the start. Without any times the clock is read as usual.
 * Records which entries were used, so those the drill never came to can be pointed out.
 */
export function answersFromFile(
  entries: readonly AnswerEntry[],
  start: DateTime,
): {
  ask: (step: DrillStep) => { answer: Answer; at?: DateTime };
  used: Set<AnswerEntry>;
} {
  const used = new Set<AnswerEntry>();
  const timed = entries.some((e) => e.at !== undefined);
  let last = start;
  return {
    used,
    ask(step) {
      const entry = entries.find((e) => e.contact === step.contact.id);
      if (entry) used.add(entry);
      const answer = entry?.answer ?? 'skip';
      if (!timed) return { answer };
      last = entry?.at ?? last;
      return { answer, at: last };
    },
  };
}

/** Warnings for entries the drill did not use: the chain never came to them, or they are not called in a drill at all. */
export function unusedEntries(
  entries: readonly AnswerEntry[],
  used: ReadonlySet<AnswerEntry>,
  plan: Activation,
  records: readonly DrillRecord[],
): AnswersProblem[] {
  const inDrill = new Set<string>([
    ...plan.chains.flatMap((c) => c.contacts.map((x) => x.id)),
    ...plan.invitees.flatMap((i) => [i.member.id, ...(i.substitute ? [i.substitute.id] : [])]),
  ]);
  const asked = new Set(records.map((r) => r.step.contact.id));
  return entries
    .filter((e) => !used.has(e) && !asked.has(e.contact))
    .map((e): AnswersProblem => ({ severity: 'warning', line: e.line, col: e.col, code: inDrill.has(e.contact) ? 'unused' : 'not-in-drill', contact: e.contact }));
}

