import type { DateTime } from 'luxon';
import type { Messages } from '../i18n/index.js';
import type { DrillMessages } from '../i18n/drill.js';
import type { Activation } from '../domain/activation.js';
import type { Contact } from '../roster/contacts.js';
import type { AnswersFinding, AnswersProblem } from '../domain/drill/answers.js';
import type { Answer, DrillRecord, DrillStep, DrillSummary } from '../domain/drill/engine.js';
import { minutesBetween } from '../domain/time.js';
import { isoWithOffset, longMoment } from '../document/dates.js';
import { style } from './style.js';
import { terminalSafe } from './escape.js';
import { wrap } from './text.js';

export interface DrillView {
  t: Messages;
  d: DrillMessages;
  color: boolean;
}

const WIDTH = 80;

/** The banner that keeps anyone from taking the drill for a real activation. */
export function drillBanner(plan: Activation, startedAt: DateTime, v: DrillView): string {
  const s = style(v.color);
  const bar = '█'.repeat(4);
  const banner = `${bar} ${v.d.banner} ${bar}`;
  return [
    s.bgMagenta.white.bold(banner),
    ...wrap(v.d.intro(terminalSafe(plan.levelName)), WIDTH),
    v.d.started(longMoment(startedAt, v.t)),
    s.dim(v.d.ctrlC),
  ].join('\n') + '\n';
}

/** "Lasse Bonde, Politikommissær, Østjyllands Politi – 25 58 32 49" */
export function contactLabel(c: Contact): string {
  return terminalSafe(`${[c.name, c.title, c.organisation].filter(Boolean).join(', ')} – ${c.phone}`);
}

function stepNote(step: DrillStep, v: DrillView): string {
  const note = step.part === 'substitute' ? v.d.substituteFor(terminalSafe(step.member.name)) : step.part === 'chain' && step.position > 0 ? v.d.fallback : '';
  return note ? ` (${note})` : '';
}

/** What is asked about a contact: who, their number, and why they are being called. */
export function stepQuestion(step: DrillStep, v: DrillView): string {
  return contactLabel(step.contact) + stepNote(step, v);
}

/** The heading printed when the drill comes to a new chain or to the members, or undefined within one. */
export function stepHeading(step: DrillStep, previous: DrillStep | undefined, plan: Activation, v: DrillView): string | undefined {
  const s = style(v.color);
  if (step.part === 'chain') {
    if (previous?.part === 'chain' && previous.chainId === step.chainId) return undefined;
    const n = plan.chains.findIndex((c) => c.id === step.chainId) + 1;
    return s.bold(v.d.chainHeading(n, terminalSafe(step.chainTitle)));
  }
  if (previous && previous.part !== 'chain') return undefined;
  return s.bold(v.d.membersHeading(plan.chains.length + 1));
}

/** One line of the transcript, for answers that were not typed at a prompt: name and number are enough there. */
export function answerLine(step: DrillStep, answer: Answer, v: DrillView): string {
  return `  ${terminalSafe(`${step.contact.name} – ${step.contact.phone}${stepNote(step, v)}`)}: ${v.d.recorded[answer]}`;
}

/** A private-use character stands for the spaces inside a name while wrapping, so that no name is split. */
const KEEP = '\ue000';

/** "Nået (3): Allan Aarslev, Louise Hou Kragh, …", wrapped between names only. */
function listLines(head: string, names: readonly string[], v: DrillView): string[] {
  const items = names.length === 0 ? [v.d.summary.none] : names.map((n) => terminalSafe(n));
  const text = `${head} ${items.map((n) => n.replace(/\s+/g, KEEP)).join(', ')}`;
  return wrap(text, WIDTH, '', '  ').map((line) => line.split(KEEP).join(' '));
}

export function drillSummaryText(summary: DrillSummary, v: DrillView): string {
  const s = style(v.color);
  const m = v.d.summary;
  const minutes = (n: number) => m.minutes(n);
  const out: string[] = ['', s.bold(m.heading)];
  for (const chain of summary.chains) {
    out.push(
      ...wrap(
        chain.reachedBy
          ? m.chainReached(terminalSafe(chain.title), minutes(chain.minutes!), terminalSafe(chain.reachedBy.name))
          : s.red.bold(m.chainNotReached(terminalSafe(chain.title))),
        WIDTH,
        '  ',
      ),
    );
  }
  if (summary.coordinator.apart) {
    const name = terminalSafe(summary.coordinator.contact.name);
    out.push(
      `  ${summary.coordinator.minutes !== undefined ? m.coordinatorReached(name, minutes(summary.coordinator.minutes)) : s.red.bold(m.coordinatorNotReached(name))}`,
    );
  }
  const names = (records: readonly DrillRecord[]) => records.map((r) => r.step.contact.name);
  out.push(...listLines(m.reached(summary.reached.length), names(summary.reached), v));
  out.push(...listLines(m.notReached(summary.notReached.length), names(summary.notReached), v));
  out.push(...listLines(m.skipped(summary.skipped.length), names(summary.skipped), v));
  const notAsked = summary.chains.flatMap((c) => c.notAsked.map((x) => x.name));
  if (notAsked.length > 0) out.push(...listLines(m.notAsked, notAsked, v));
  if (summary.notReached.length > 0) {
    out.push(s.bold(m.check));
    // The number first, where a line break cannot split it.
    for (const r of summary.notReached) {
      const c = r.step.contact;
      const phone = c.phone.padEnd(11).replace(/ /g, KEEP);
      const who = terminalSafe([c.name, c.title, c.organisation].filter(Boolean).join(', '));
      out.push(...wrap(`${phone} ${who}`, WIDTH, '  ', ' '.repeat(14)).map((l) => l.split(KEEP).join(' ')));
    }
  } else if (summary.reached.length > 0) {
    out.push(m.checkNone);
  } else {
    out.push(m.nobodyCalled);
  }
  if (summary.endedAt) out.push(m.duration(minutes(minutesBetween(summary.startedAt, summary.endedAt))));
  return out.join('\n') + '\n';
}

/** How an answers file's problems name a moment (the clock's reading) and a contact (by id). */
export interface AnswersWords {
  moment: (at: DateTime) => string;
  name: (id: string) => string;
}

/** What is wrong with an answers file, in words. */
export function answersFindingText(f: AnswersFinding, t: DrillMessages['answers'], words: AnswersWords): string {
  switch (f.code) {
    case 'yaml-syntax':
      return t.syntax(f.reason);
    case 'yaml-too-many-aliases':
      return t.aliases(f.max);
    case 'yaml-bad-alias':
      return t.badAlias();
    case 'not-list':
      return t.notList;
    case 'not-entry':
      return t.notEntry;
    case 'missing':
      return t.missing(f.key);
    case 'unknown-key':
      return t.unknownKey(f.key);
    case 'contact-type':
      return t.contactType;
    case 'answer':
      return t.answer(f.value);
    case 'contact-unknown':
      return t.contactUnknown(f.id);
    case 'duplicate':
      return t.duplicate(f.id, f.firstLine);
    case 'time':
      return t.time(f.value);
    case 'time-before-start':
      return t.timeBeforeStart(f.value, isoWithOffset(f.start));
    case 'time-future':
      return t.timeFuture(f.value, words.moment(f.now));
    case 'time-backwards':
      return t.timeBackwards(f.value, f.previous);
    case 'unused':
      return t.unused(words.name(f.contact));
    case 'not-in-drill':
      return t.notInDrill(words.name(f.contact));
  }
}

/** "answers.yaml:3:14: fejl: …", a line a problem. */
export function answersProblemLines(file: string, problems: readonly AnswersProblem[], t: Messages, d: DrillMessages, words: AnswersWords): string {
  return problems.map((p) => `${file}:${p.line}:${p.col}: ${t.severity[p.severity]}: ${answersFindingText(p, d.answers, words)}\n`).join('');
}
