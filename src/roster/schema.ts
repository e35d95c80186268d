import * as z from 'zod/mini';

/**
 * The one source of truth for roster.yaml. Types come from z.infer, the JSON Schema from z.toJSONSchema. Written with
 * zod/mini, whose functions are loaded only where used: the same validation as zod's chained API for a fraction of the
 * code to load at start-up.
 */

const SCHEMA_VERSION = 1;

const CUSTOMARY_DAYS_OFF = [
  'christmas-eve',
  'new-years-eve',
  'constitution-day',
  'may-day',
  'friday-after-ascension',
] as const;

/** The sections of the plan's text, in the order of Landsbyggefonden's template. */
export const TEXT_SECTIONS = [
  'indledning',
  'formaal',
  'deltagere',
  'organisering',
  'kompetencer',
  'omverdenen',
  'kommissorium',
  'underskrift',
] as const;

/** Data generated from the roster at a line of its own in the plan's text: `{{niveauer}}`. */
export const TEXT_INSERTS = ['niveauer', 'deltagere', 'reserve', 'presse', 'underskrifter'] as const;

/**
 * Builds the schema. Descriptions matter only to the JSON Schema (editors show them); validation is the same without
 * them, and leaving them out of the schema every command builds saves a third of its construction at start-up.
 */
function build(describe: boolean) {
  const described = <T extends z.ZodMiniType>(schema: T, description: string): T =>
    describe ? schema.check(z.describe(description)) : schema;
  const nonEmpty = z.string().check(z.minLength(1));
  const nonEmptyArray = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1));

  const Id = described(
    z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'id' })),
    'Identifier: lowercase letters, digits and hyphens, e.g. "lasse-bonde".',
  );

  const IsoDate = described(z.iso.date(), 'A date written YYYY-MM-DD.');

  const Version = described(z.int().check(z.minimum(1)), 'A version of the plan’s content (content.version).');

  /** Text a user reads: Danish, optionally with an English translation. */
  const Text = described(
    z.union([
      nonEmpty,
      z.strictObject({
        da: nonEmpty,
        en: z.optional(nonEmpty),
      }),
    ]),
    'Text in Danish, or { da, en } with an English translation.',
  );

  const Phone = described(
    z.union([nonEmpty, z.int()]),
    'A Danish phone number (8 digits, spaces allowed, optionally +45) or a service number such as 114.',
  );

  /** Text in Danish and optionally English, always as a mapping: the plan's own words. */
  const LangText = z.strictObject({ da: nonEmpty, en: z.optional(nonEmpty) });

  const TextSection = z.strictObject({
    section: described(
      z.enum(TEXT_SECTIONS),
      'The template section: indledning, formaal, deltagere, organisering, kompetencer, omverdenen, kommissorium or underskrift.',
    ),
    heading: described(z.optional(LangText), "The heading as the plan writes it; absent: the template's heading."),
    body: described(
      LangText,
      'The parties\' words verbatim: paragraphs separated by a blank line, bullet items starting "- ". A line that is only {{niveauer}}, {{deltagere}}, {{reserve}}, {{presse}} or {{underskrifter}} inserts data generated from the roster there.',
    ),
  });

  const Interpretations = z.strictObject({
    activationDayCounts: described(
      z.optional(z.boolean()),
      'Whether the activation day counts as the first working day. Absent: it does not.',
    ),
    workdayEnds: described(
      z.optional(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time' }))),
      'When a working day ends, HH:MM. Absent: calendar.workdayEnds.',
    ),
    christmasEveWorkingDay: described(
      z.optional(z.boolean()),
      'Whether 24 December is a working day. Absent: it is, unless calendar.customaryDaysOff names christmas-eve.',
    ),
    newYearsEveWorkingDay: described(
      z.optional(z.boolean()),
      'Whether 31 December is a working day. Absent: it is, unless calendar.customaryDaysOff names new-years-eve.',
    ),
    meetingDeadline: described(
      z.optional(z.enum(['start', 'end'])),
      'Whether the group has met in time when the meeting starts (start) or ends (end) by the deadline. Absent: start.',
    ),
  });

  const PersonPhone = described(
    z.union([nonEmpty, z.int()]),
    "The person's own Danish phone number (8 digits, spaces allowed, optionally +45); service numbers such as 114 belong under hotlines.",
  );

  const ref = (what: string) => described(Id, `Id of an entry in ${what}.`);

  const Organisation = z.strictObject({
    id: Id,
    name: nonEmpty,
    aliases: described(
      z.optional(z.array(nonEmpty)),
      'Other names the plan uses for the same organisation, e.g. in the signatures.',
    ),
  });

  const Person = z.strictObject({
    id: Id,
    name: nonEmpty,
    title: nonEmpty,
    organisation: ref('organisations'),
    phone: PersonPhone,
    email: described(z.optional(z.email()), 'E-mail address, used for meeting invitations.'),
    confirmed: described(z.optional(IsoDate), 'When the person last confirmed these details.'),
  });

  const Hotline = z.strictObject({
    id: Id,
    name: Text,
    organisation: ref('organisations'),
    phone: Phone,
  });

  const Member = z.strictObject({
    person: ref('people'),
    substitute: described(z.optional(Id), 'Id of an entry in people who stands in for the member.'),
  });

  const Convene = z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('none'),
      forums: described(nonEmptyArray(Text), 'The ordinary forums where the work happens.'),
    }),
    z.strictObject({
      type: z.literal('working-days'),
      days: z.int().check(z.minimum(1), z.maximum(30)),
    }),
    z.strictObject({
      type: z.literal('hours'),
      hours: z.int().check(z.minimum(1), z.maximum(168)),
    }),
  ]);

  const Level = z.strictObject({
    name: Text,
    meaning: Text,
    examples: z.optional(z.array(Text)),
    convene: Convene,
    instructions: described(z.optional(Text), 'What everyone must do at this level, shown first.'),
  });


  const Calendar = z.strictObject({
    workdayEnds: described(
      z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time' })),
      'When the working day ends, HH:MM. The yellow deadline falls at this time.',
    ),
    customaryDaysOff: described(
      z.array(z.enum(CUSTOMARY_DAYS_OFF)),
      'Customary days off counted as non-working days on top of the public holidays.',
    ),
    extraDaysOff: described(z.array(z.strictObject({ date: IsoDate, name: Text })), 'Further dates that are not working days.'),
  });

  const Chain = z.strictObject({
    id: Id,
    title: Text,
    purpose: Text,
    contacts: described(
      nonEmptyArray(Id),
      'People or hotlines, in the order they are to be called: the next one if nobody answers.',
    ),
  });

  const Duty = z.strictObject({
    id: Id,
    by: described(nonEmptyArray(Id), 'People or organisations who carry out the duty.'),
    informs: Text,
    when: z.optional(Text),
    with: described(z.optional(z.array(Id)), 'Organisations that take part.'),
  });

  const Roster = z.strictObject({
    $schema: z.optional(z.string()),
    schemaVersion: z.literal(SCHEMA_VERSION),
    revision: described(z.int().check(z.minimum(1)), 'Raised by one with every change.'),
    lastChanged: described(IsoDate, 'The date of the last change.'),
    plan: z.strictObject({
      title: nonEmpty,
      municipality: nonEmpty,
      period: z.strictObject({ start: IsoDate, end: IsoDate }),
      areas: nonEmptyArray(nonEmpty),
      timezone: described(nonEmpty, 'IANA time zone of the deadlines, e.g. Europe/Copenhagen.'),
      purpose: Text,
      statusMeeting: z.strictObject({
        frequency: z.literal('annual'),
        organiser: ref('organisations'),
        purpose: Text,
      }),
      informationSharing: Text,
      evaluation: Text,
      commission: described(Text, 'Kommissorium, or a sentence saying none was made.'),
    }),
    calendar: Calendar,
    levels: z.strictObject({
      green: z.optional(Level),
      yellow: z.optional(Level),
      red: z.optional(Level),
    }),
    organisations: nonEmptyArray(Organisation),
    people: nonEmptyArray(Person),
    hotlines: z.array(Hotline),
    group: z.strictObject({
      members: nonEmptyArray(Member),
      coordinator: described(Id, 'Id of the member who is contacted and invites the group.'),
      coordinatorDuty: Text,
      updates: described(Text, 'Who keeps the details current and whom to tell.'),
    }),
    adHoc: described(
      z.array(
        z.union([
          Text,
          z.strictObject({ ref: described(Id, 'Id of an entry in people, hotlines or organisations.') }),
        ]),
      ),
      'Organisations or people that can be called in as the situation requires: a text, or { ref: id } of a person, hotline or organisation in the roster (then its name and number are shown).',
    ),
    activation: z.strictObject({
      initiative: Text,
      chains: described(nonEmptyArray(Chain), 'The call chains, in the order they are worked through.'),
    }),
    communication: z.array(Duty),
    press: z.strictObject({
      responsible: described(nonEmptyArray(Id), 'Organisations that coordinate contact with the press.'),
      agreement: Text,
      contacts: described(nonEmptyArray(Id), 'People involved when the press is contacted.'),
    }),
    text: described(
      z.optional(z.array(TextSection)),
      "The plan's prose, section by section in the template's order, as the parties wrote and signed it.",
    ),
    interpretations: described(
      z.optional(Interpretations),
      'Choices the plan itself leaves open, agreed by the parties; every absent field takes its stated default.',
    ),
    signatories: z.array(
      z.strictObject({
        person: ref('people'),
        title: described(nonEmpty, 'The title as written in the signature.'),
        organisation: described(nonEmpty, 'The organisation as written in the signature.'),
        signed: described(
          z.optional(z.array(z.strictObject({ version: Version, date: IsoDate }))),
          'The signatures given: which version of the plan’s content (content.version) was signed, and when. Written by beredskab sign.',
        ),
      }),
    ),
    content: described(
      z.optional(
        z.strictObject({
          version: Version,
          hash: described(z.string().check(z.regex(/^[0-9a-f]{12}$/, { message: 'hash' })), 'The content hash of this version of the plan document (12 hex digits).'),
        }),
      ),
      'The version of the plan’s content, the one that is signed: raised by the edit commands when what the plan document shows changes. Absent: version 1.',
    ),
    approvals: described(
      z.optional(
        z.array(
          z.strictObject({
            by: described(nonEmpty, 'Who approved, e.g. Landsbyggefonden.'),
            date: IsoDate,
            version: Version,
            reference: described(z.optional(nonEmpty), 'The approval’s reference, e.g. a journal number.'),
          }),
        ),
      ),
      'Approvals of the plan, e.g. by Landsbyggefonden. Written by beredskab approve.',
    ),
  });


  return { Roster, TextSection, Interpretations, Convene, Organisation, Person, Hotline, Level, Chain, Duty, Text };
}

const schemas = build(false);
export const Roster = schemas.Roster;
export const Convene = schemas.Convene;

export type Roster = z.infer<typeof Roster>;
export type Person = z.infer<typeof schemas.Person>;
export type Hotline = z.infer<typeof schemas.Hotline>;
export type Organisation = z.infer<typeof schemas.Organisation>;
export type Level = z.infer<typeof schemas.Level>;
export type Chain = z.infer<typeof schemas.Chain>;
export type Duty = z.infer<typeof schemas.Duty>;
export type LocalText = z.infer<typeof schemas.Text>;
export type Approval = NonNullable<Roster['approvals']>[number];
export type TextSection = z.infer<typeof schemas.TextSection>;
export type TextSectionId = (typeof TEXT_SECTIONS)[number];
export type TextInsert = (typeof TEXT_INSERTS)[number];
export type Interpretations = z.infer<typeof schemas.Interpretations>;
export type AdHocEntry = Roster['adHoc'][number];
/** The plan's three levels, from the least to the most serious: the order every list and table of levels follows. */
export const LEVEL_IDS = ['green', 'yellow', 'red'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];
export type CustomaryDayOff = (typeof CUSTOMARY_DAYS_OFF)[number];

export function rosterJsonSchema(): unknown {
  const schema = z.toJSONSchema(build(true).Roster, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { title: 'beredskab roster', ...schema };
}
