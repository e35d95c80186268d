import { z } from 'zod';

/** The one source of truth for roster.yaml. Types come from z.infer, the JSON Schema from z.toJSONSchema. */

export const SCHEMA_VERSION = 1;

const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'id' })
  .describe('Identifier: lowercase letters, digits and hyphens, e.g. "lasse-bonde".');

const IsoDate = z.iso.date().describe('A date written YYYY-MM-DD.');

/** Text a user reads: Danish, optionally with an English translation. */
const Text = z
  .union([
    z.string().min(1),
    z.strictObject({
      da: z.string().min(1),
      en: z.string().min(1).optional(),
    }),
  ])
  .describe('Text in Danish, or { da, en } with an English translation.');

const Phone = z
  .union([z.string().min(1), z.int()])
  .describe('A Danish phone number (8 digits, spaces allowed, optionally +45) or a service number such as 114.');

export const Organisation = z.strictObject({
  id: Id,
  name: z.string().min(1),
  aliases: z
    .array(z.string().min(1))
    .optional()
    .describe('Other names the plan uses for the same organisation, e.g. in the signatures.'),
});

export const Person = z.strictObject({
  id: Id,
  name: z.string().min(1),
  title: z.string().min(1),
  organisation: Id.describe('Id of an entry in organisations.'),
  phone: Phone,
  confirmed: IsoDate.optional().describe('When the person last confirmed these details.'),
});

export const Hotline = z.strictObject({
  id: Id,
  name: Text,
  organisation: Id.describe('Id of an entry in organisations.'),
  phone: Phone,
});

export const Member = z.strictObject({
  person: Id.describe('Id of an entry in people.'),
  substitute: Id.optional().describe('Id of an entry in people who stands in for the member.'),
});

export const Convene = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('none'),
    forums: z.array(Text).min(1).describe('The ordinary forums where the work happens.'),
  }),
  z.strictObject({
    type: z.literal('working-days'),
    days: z.int().min(1).max(30),
  }),
  z.strictObject({
    type: z.literal('hours'),
    hours: z.int().min(1).max(168),
  }),
]);

export const Level = z.strictObject({
  name: Text,
  meaning: Text,
  examples: z.array(Text).optional(),
  convene: Convene,
  instructions: Text.optional().describe('What everyone must do at this level, shown first.'),
});

export const CUSTOMARY_DAYS_OFF = [
  'christmas-eve',
  'new-years-eve',
  'constitution-day',
  'may-day',
  'friday-after-ascension',
] as const;

export const Calendar = z.strictObject({
  workdayEnds: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time' })
    .describe('When the working day ends, HH:MM. The yellow deadline falls at this time.'),
  customaryDaysOff: z
    .array(z.enum(CUSTOMARY_DAYS_OFF))
    .describe('Customary days off counted as non-working days on top of the public holidays.'),
  extraDaysOff: z
    .array(z.strictObject({ date: IsoDate, name: Text }))
    .describe('Further dates that are not working days.'),
});

export const Chain = z.strictObject({
  id: Id,
  title: Text,
  purpose: Text,
  contacts: z
    .array(Id)
    .min(1)
    .describe('People or hotlines, in the order they are to be called: the next one if nobody answers.'),
});

export const Duty = z.strictObject({
  id: Id,
  by: z.array(Id).min(1).describe('People or organisations who carry out the duty.'),
  informs: Text,
  when: Text.optional(),
  with: z.array(Id).optional().describe('Organisations that take part.'),
});

export const Roster = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  revision: z.int().min(1).describe('Raised by one with every change.'),
  lastChanged: IsoDate.describe('The date of the last change.'),
  plan: z.strictObject({
    title: z.string().min(1),
    municipality: z.string().min(1),
    period: z.strictObject({ start: IsoDate, end: IsoDate }),
    areas: z.array(z.string().min(1)).min(1),
    timezone: z.string().min(1).describe('IANA time zone of the deadlines, e.g. Europe/Copenhagen.'),
    purpose: Text,
    statusMeeting: z.strictObject({
      frequency: z.literal('annual'),
      organiser: Id.describe('Id of an entry in organisations.'),
      purpose: Text,
    }),
    informationSharing: Text,
    evaluation: Text,
    commission: Text.describe('Kommissorium, or a sentence saying none was made.'),
  }),
  calendar: Calendar,
  levels: z.strictObject({
    green: Level.optional(),
    yellow: Level.optional(),
    red: Level.optional(),
  }),
  organisations: z.array(Organisation).min(1),
  people: z.array(Person).min(1),
  hotlines: z.array(Hotline),
  group: z.strictObject({
    members: z.array(Member).min(1),
    coordinator: Id.describe('Id of the member who is contacted and invites the group.'),
    coordinatorDuty: Text,
    updates: Text.describe('Who keeps the details current and whom to tell.'),
  }),
  adHoc: z.array(Text).describe('Organisations or people that can be called in as the situation requires.'),
  activation: z.strictObject({
    initiative: Text,
    chains: z.array(Chain).min(1).describe('The call chains, in the order they are worked through.'),
  }),
  communication: z.array(Duty),
  press: z.strictObject({
    responsible: z.array(Id).min(1).describe('Organisations that coordinate contact with the press.'),
    agreement: Text,
    contacts: z.array(Id).min(1).describe('People involved when the press is contacted.'),
  }),
  signatories: z.array(
    z.strictObject({
      person: Id.describe('Id of an entry in people.'),
      title: z.string().min(1).describe('The title as written in the signature.'),
      organisation: z.string().min(1).describe('The organisation as written in the signature.'),
    }),
  ),
});

export type Roster = z.infer<typeof Roster>;
export type Person = z.infer<typeof Person>;
export type Hotline = z.infer<typeof Hotline>;
export type Organisation = z.infer<typeof Organisation>;
export type Level = z.infer<typeof Level>;
export type Chain = z.infer<typeof Chain>;
export type Duty = z.infer<typeof Duty>;
export type LocalText = z.infer<typeof Text>;
export type LevelId = 'green' | 'yellow' | 'red';
export type CustomaryDayOff = (typeof CUSTOMARY_DAYS_OFF)[number];

export function rosterJsonSchema(): unknown {
  const schema = z.toJSONSchema(Roster, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { title: 'beredskab roster', ...schema };
}
