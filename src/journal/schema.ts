import * as z from 'zod/mini';
import { LEVEL_IDS, type LevelId } from '../roster/schema.js';
import { ACTIVATION_ID } from './id.js';

export { ACTIVATION_ID, isActivationId, isDrillId } from './id.js';

/**
 * One journal line. Every line carries the schema version and the activation it belongs to, so a line copied into the
 * wrong file, or written by a later version of the program, is recognised rather than misread.
 */
export const JOURNAL_SCHEMA_VERSION = 1;

const CHANNELS = ['phone', 'sms', 'email', 'meeting', 'other'] as const;


/** Free text is bounded so that a line stays far below the size that one append writes in one piece. */
export const MAX_TEXT = 2000;

/** How far ahead of the clock an entry may be: clocks differ by a little, a mistyped date by days. */
export const FUTURE_SLACK_MINUTES = 5;

/**
 * The schema of a journal line, made with zod the first time a line is checked or written (a few milliseconds): a
 * command that reads no journal line does not build it.
 */
function makeJournalEvent() {
  const Id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/), z.maxLength(200));
  const Text = z.string().check(z.minLength(1), z.maxLength(MAX_TEXT));
  const Instant = z.iso.datetime({ offset: true });
  const IsoDate = z.iso.date();
  const Level = z.enum(LEVEL_IDS);

  const common = {
    schemaVersion: z.literal(JOURNAL_SCHEMA_VERSION),
    activation: z.string().check(z.regex(ACTIVATION_ID)),
    /** When it happened, as told by the user (--at) or the clock; with its UTC offset. */
    at: Instant,
    /** When the line was written (the clock), which may be later than `at`. */
    recorded: z.optional(Instant),
    /** Who wrote the entry (free text, optional). */
    by: z.optional(Text),
    /** Present and true on every entry of a drill. */
    drill: z.optional(z.literal(true)),
  };

  return z.discriminatedUnion('type', [
    z.strictObject({ ...common, type: z.literal('start'), level: Level, reason: z.optional(Text) }),
    z.strictObject({ ...common, type: z.literal('call'), contact: Id, answered: z.boolean() }),
    z.strictObject({ ...common, type: z.literal('level'), level: Level }),
    z.strictObject({ ...common, type: z.literal('meeting'), present: z.array(Id) }),
    z.strictObject({
      ...common,
      type: z.literal('informed'),
      /** The roster's communication duty, when the entry names one. */
      duty: z.optional(Id),
      text: z.optional(Text),
      channel: z.optional(z.enum(CHANNELS)),
    }),
    z.strictObject({ ...common, type: z.literal('note'), text: Text }),
    z.strictObject({ ...common, type: z.literal('action'), text: Text, owner: z.optional(Id), due: z.optional(IsoDate) }),
    z.strictObject({
      ...common,
      type: z.literal('evaluation'),
      /** Whether the group decided to evaluate (absent on an entry that only records that it was held). */
      decided: z.optional(z.boolean()),
      due: z.optional(IsoDate),
      /** The date the evaluation was held. */
      held: z.optional(IsoDate),
    }),
    z.strictObject({ ...common, type: z.literal('close') }),
    /** The activation stopped without a formal stand-down, e.g. a drill broken off with Ctrl-C. Ends it like `close`. */
    z.strictObject({ ...common, type: z.literal('interrupted'), reason: z.optional(Text) }),
  ]);
}

let journalEvent: ReturnType<typeof makeJournalEvent> | undefined;

/** The schema of a journal line (made once, when first asked for). */
export function journalEventSchema(): ReturnType<typeof makeJournalEvent> {
  return (journalEvent ??= makeJournalEvent());
}

export type JournalEvent = z.infer<ReturnType<typeof makeJournalEvent>>;
export type EventType = JournalEvent['type'];
/** The roster's levels: an activation is at one of them. */
export type JournalLevel = LevelId;
export type Channel = (typeof CHANNELS)[number];

/** What a caller gives to append: the fields every line carries are filled in by the store. */
type Omitted = 'schemaVersion' | 'activation' | 'drill';
export type NewEvent = JournalEvent extends infer E ? (E extends JournalEvent ? Omit<E, Omitted> : never) : never;
