import type { DateTime } from 'luxon';
import type { Activation } from '../activation.js';
import type { Contact } from '../../roster/contacts.js';
import { minutesBetween } from '../time.js';

/**
 * A drill rings an activation's call chains as if it were real, then the group's members and substitutes. Each contact
 * is rung at most once: an answer given in a chain also counts when the same person comes up as a member.
 */

export const ANSWERS = ['answered', 'no-answer', 'skip'] as const;
export type Answer = (typeof ANSWERS)[number];

/** One question the drill asks: whether this contact answered. */
export type DrillStep =
  | {
      part: 'chain';
      contact: Contact;
      chainId: string;
      chainTitle: string;
      /** 0 for the first contact of the chain, 1 for its first fallback, … */
      position: number;
    }
  | {
      part: 'member' | 'substitute';
      contact: Contact;
      /** The member the substitute stands in for (the member themself for `member`). */
      member: Contact;
    };

export interface DrillRecord {
  step: DrillStep;
  answer: Answer;
  /** When the answer was given. */
  at: DateTime;
}

function answerOf(records: readonly DrillRecord[], id: string): Answer | undefined {
  return records.find((r) => r.step.contact.id === id)?.answer;
}

/**
 * The next question, given the answers so far, or undefined when the drill is over. A chain stops at its first contact
 * who answered; a no-answer or a skip moves to the next fallback. A member who did not answer (or was skipped) is
 * followed by their substitute.
 */
export function nextStep(plan: Activation, records: readonly DrillRecord[]): DrillStep | undefined {
  for (const chain of plan.chains) {
    for (const [position, contact] of chain.contacts.entries()) {
      const answer = answerOf(records, contact.id);
      if (answer === undefined) return { part: 'chain', contact, chainId: chain.id, chainTitle: chain.title, position };
      if (answer === 'answered') break;
    }
  }
  for (const { member, substitute } of plan.invitees) {
    const answer = answerOf(records, member.id);
    if (answer === undefined) return { part: 'member', contact: member, member };
    if (answer === 'answered' || !substitute) continue;
    if (answerOf(records, substitute.id) === undefined) return { part: 'substitute', contact: substitute, member };
  }
  return undefined;
}

/**
 * Runs a drill to its end: asks each next question, reads the clock when the answer comes (unless the answer brings its own time), and hands every record to
 * `onRecord` before the next question (so that what was recorded survives an interruption). `ask` throws to stop.
 */
export async function driveDrill(
  plan: Activation,
  ask: (step: DrillStep, records: readonly DrillRecord[]) => Promise<{ answer: Answer; at?: DateTime }>,
  now: () => DateTime,
  onRecord: (record: DrillRecord) => void = () => {},
): Promise<DrillRecord[]> {
  const records: DrillRecord[] = [];
  for (let step = nextStep(plan, records); step; step = nextStep(plan, records)) {
    const { answer, at } = await ask(step, records);
    const record = { step, answer, at: at ?? now() };
    records.push(record);
    onRecord(record);
  }
  return records;
}

export interface ChainOutcome {
  id: string;
  title: string;
  /** Who answered, and how many whole minutes after the drill started; absent when nobody in the chain did. */
  reachedBy?: Contact;
  minutes?: number;
  /** Contacts the chain never came to, because someone before them answered. */
  notAsked: Contact[];
}

export interface DrillSummary {
  startedAt: DateTime;
  endedAt?: DateTime;
  /** Every contact asked, once, in the order asked. */
  reached: DrillRecord[];
  notReached: DrillRecord[];
  skipped: DrillRecord[];
  chains: ChainOutcome[];
  /**
   * The coordinator's outcome, wherever they were asked; undefined minutes when not reached. `apart` when the chains'
   * outcomes do not already tell it: the coordinator is in no chain, or their chain was reached through someone else.
   */
  coordinator: { contact: Contact; minutes?: number; answer?: Answer; apart: boolean };
  /** People (not hotlines) who answered: those whose details a drill confirms. */
  confirmable: string[];
  /** True when the drill asked every question it had. */
  complete: boolean;
}

export function summariseDrill(plan: Activation, records: readonly DrillRecord[], startedAt: DateTime): DrillSummary {
  const chains = plan.chains.map((chain): ChainOutcome => {
    const reachedAt = chain.contacts.findIndex((c) => answerOf(records, c.id) === 'answered');
    if (reachedAt < 0) return { id: chain.id, title: chain.title, notAsked: chain.contacts.filter((c) => answerOf(records, c.id) === undefined) };
    const record = records.find((r) => r.step.contact.id === chain.contacts[reachedAt]!.id)!;
    return {
      id: chain.id,
      title: chain.title,
      reachedBy: record.step.contact,
      minutes: minutesBetween(startedAt, record.at),
      notAsked: chain.contacts.slice(reachedAt + 1).filter((c) => answerOf(records, c.id) === undefined),
    };
  });
  const coordinatorRecord = records.find((r) => r.step.contact.id === plan.coordinator.id);
  const coordinatorChains = chains.filter((_, i) => plan.chains[i]!.contacts.some((c) => c.id === plan.coordinator.id));
  const apart = coordinatorChains.length === 0 || coordinatorChains.some((c) => c.reachedBy && c.reachedBy.id !== plan.coordinator.id);
  return {
    startedAt,
    endedAt: records.at(-1)?.at,
    reached: records.filter((r) => r.answer === 'answered'),
    notReached: records.filter((r) => r.answer === 'no-answer'),
    skipped: records.filter((r) => r.answer === 'skip'),
    chains,
    coordinator: {
      contact: plan.coordinator,
      answer: coordinatorRecord?.answer,
      minutes: coordinatorRecord?.answer === 'answered' ? minutesBetween(startedAt, coordinatorRecord.at) : undefined,
      apart,
    },
    confirmable: records.filter((r) => r.answer === 'answered' && r.step.contact.kind === 'person').map((r) => r.step.contact.id),
    complete: nextStep(plan, records) === undefined,
  };
}
