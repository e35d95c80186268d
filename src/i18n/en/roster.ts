import { shellWord } from '../shell.js';
import { list, plural } from '../intl.js';
import type { ContentPart } from '../../roster/finding.js';
import { expectedKind, type ExpectedKinds, type FindingSentences } from '../findings.js';
import { en as signingEn } from './signing.js';
import { count, formEn } from '../plural.js';
import type { Convene } from '../../roster/diff.js';
import type { ChangeOf, Messages } from '../da/roster.js';
import { lazy } from '../lazy.js';


/** Names as a list in words. */
const listEn = (names: string[]) => list('en', names);
/** A part of the plan document by its title in English. */
const partEn = (part: ContentPart) => (part === 'front' ? signingEn().frontPage : part.en);

const EXPECTED_EN = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'a mapping (key: value)',
  boolean: 'yes/no (true/false)',
  text: 'text or { da, en }',
  phone: 'a phone number',
  email: 'an e-mail address (e.g. name@randers.dk)',
  date: 'a date written YYYY-MM-DD',
  hash: 'a hash of 12 hex digits (0-9, a-f)',
  time: 'a time written HH:MM',
  id: 'an id of lowercase letters, digits and hyphens (e.g. lasse-bonde)',
  person: 'a person in people',
  personOrHotline: 'a person in people or a number in hotlines',
  organisation: 'an organisation in organisations',
  personOrOrganisation: 'a person in people or an organisation in organisations',
  personHotlineOrOrganisation: 'a person in people, a number in hotlines or an organisation in organisations',
  member: 'a member of the group (group.members)',
  atLeast: (n: number) => `at least ${n}`,
  atMost: (n: number) => `at most ${n}`,
} satisfies ExpectedKinds;

const YAML_REASONS: Record<string, string> = {
  BAD_INDENT: 'the indentation does not fit; lines on the same level must be indented alike, and a list in [ ] must be closed with ]',
  BLOCK_AS_IMPLICIT_KEY: 'one colon too many on the line; quote the value if it contains ": " itself',
  MULTILINE_IMPLICIT_KEY: 'a key must be on one line; is the line below indented wrongly?',
  BAD_SCALAR_START: 'a value cannot start with @ or `; put it in quotes',
  UNEXPECTED_TOKEN: 'a character here does not fit; check indentation, colons and dashes',
  MISSING_CHAR: 'a closing character is missing (], } or a quote)',
  MULTIPLE_DOCS: 'more than one document (---) in the file; a roster is one document',
  BAD_ALIAS: 'an alias (*name) refers to an anchor (&name) that does not exist',
  OTHER: 'the file cannot be read as YAML here',
};

/** The value a command is still to be given, as the help names it. */
export const PLACEHOLDER_EN: Record<string, string> = { name: 'NAME', title: 'TITLE', phone: 'NUMBER', email: 'E-MAIL', area: 'NAME', text: 'TEXT' };

const SECTIONS_EN: Record<string, string> = {
  plan: 'the plan’s texts and details',
  text: 'the plan’s texts',
  interpretations: 'the interpretations the plan leaves open',
  calendar: 'the extra days off',
  group: 'the group’s duties and who keeps the details current',
  press: 'the agreement on the press',
  activation: 'who may activate the plan',
  organisations: 'the organisations’ other names',
  schemaVersion: 'the schema’s version',
};
const DAYS_OFF_EN: Record<string, string> = {
  'christmas-eve': 'Christmas Eve',
  'new-years-eve': 'New Year’s Eve',
  'constitution-day': 'Constitution Day',
  'may-day': 'May Day',
  'friday-after-ascension': 'the Friday after Ascension Day',
};
const daysOffEn = (days: string[]) => (days.length ? list('en', days.map((d) => DAYS_OFF_EN[d] ?? d)) : 'none');
export const conveneEn = (c: Convene) =>
  c.type === 'none'
    ? 'not (the regular forums)'
    : c.type === 'hours'
      ? `within ${c.hours} ${plural('en', c.hours) === 'one' ? 'hour' : 'hours'}`
      : `within ${c.days} ${plural('en', c.days) === 'one' ? 'working day' : 'working days'}`;

const table = (): Messages => ({
  diag: {
    'file-missing': (a) => `File not found: ${a.file}`,
    'file-is-directory': (a) => `${a.file} is a directory, not a file`,
    'file-unreadable': (a) => `Cannot read the file: ${a.file} (${a.reason})`,
    'file-too-large': (a) => `The file is too large (${a.size} bytes); at most ${a.max} bytes are allowed`,
    'file-empty': () => `The file is empty`,
    'encoding-invalid': () =>
      `The file is not saved as UTF-8 (e.g. an ø saved as Latin-1). Save it as UTF-8 in your editor`,
    'yaml-syntax': (a) => `YAML error: ${YAML_REASONS[a.reason] ?? YAML_REASONS.OTHER}`,
    'yaml-tag': (a) => `The tag ${a.tag} has no place in a roster; write the value without a tag`,
    'yaml-merge-key': () => `The merge key << has no place in a roster; write the fields out`,
    'encoding-utf16': () => `The file is saved as UTF-16 (called "Unicode" in Notepad). Save it as UTF-8 in your editor`,
    'yaml-too-deep': (a) => `Nested more than ${a.max} levels deep; a roster does not look like that`,
    'yaml-unclosed-quote': (a) => `The quote ${a.quote} opens here but is not closed on the line`,
    'yaml-tab-indent': () => `Tab used for indentation; YAML requires spaces`,
    'yaml-duplicate-key': (a) => `The key "${a.key}" appears twice in the same section`,
    'yaml-too-many-aliases': (a) => `Too many YAML aliases (*name); at most ${a.max} are allowed`,
    'yaml-not-mapping': () => `The file must hold a mapping with keys such as plan:, people: and levels:`,
    'key-missing': (a) => `The field "${a.key}" is missing`,
    'key-unknown': (a) => `Unknown field "${a.key}"`,
    'type-invalid': (a) => `Wrong type: expected ${expectedKind(EXPECTED_EN, a.expected)}`,
    'value-invalid': (a) => `Invalid value; allowed: ${a.allowed}`,
    'format-invalid': (a) => `Invalid format: expected ${expectedKind(EXPECTED_EN, a.expected)}`,
    'value-out-of-range': (a) => `The value is out of range (${EXPECTED_EN[a.bound](a.limit)})`,
    'id-duplicate': (a) => `The id "${a.id}" is already used (line ${a.firstLine})`,
    'ref-unknown': (a) => `"${a.id}" does not refer to ${EXPECTED_EN[a.expected]}`,
    'phone-invalid': (a) =>
      `The phone number "${a.phone}" is not a valid Danish number (8 digits) or a service number (112, 114)`,
    'phone-service-number': (a) =>
      `${a.phone} is a service number, not ${a.name}'s own; write the person's phone number (8 digits), and put service numbers under hotlines`,
    'phone-shared': (a) =>
      `${a.name} has the same phone number (${a.phone}) as ${a.other} (line ${a.firstLine}); calling one reaches the other`,
    'organisation-name-duplicate': (a) =>
      `Two organisations are called "${a.name}" (${a.other} on line ${a.firstLine} and ${a.id}); give each its own name, or merge them`,
    'last-changed-ahead': (a) =>
      `lastChanged (${a.date}) is after today (${a.today}); set it to the date of the last change (a change made with beredskab sets it to today)`,
    'text-not-nfc': () =>
      `The text is written with combining characters (e.g. A plus a ring above instead of Å); it is read normalised (NFC), but rewrite it so that search and comparison find it`,
    'chain-repeat': (a) => `"${a.id}" appears twice in the chain "${a.chain}"`,
    'phone-extra-text': (a) =>
      `The phone field "${a.phone}" holds more than a number; write only digits (optionally +45 and spaces) and put notes elsewhere`,
    'member-repeat': (a) => `${a.id} appears twice in the group (first on line ${a.firstLine})`,
    'substitute-self': (a) => `${a.id} is his or her own substitute; choose another person`,
    'substitute-mutual': (a) => `${a.id} and ${a.other} are each other's substitutes; when one is away, the other may lack a substitute too`,
    'convene-green-meets': () => `Green level does not convene the group; convene must be { type: none } with the usual forums`,
    'convene-missing': (a) => `The ${a.level} level must convene the group (working-days or hours), not type: none`,
    'text-control-character': (a) => `The text holds a control character or a direction override (${a.char}); delete it`,
    'text-multiline': () => `Must be one line (a name, a title); remove the line break`,
    'text-blank': () => `The text is empty (only spaces)`,
    'level-missing': (a) => `The level ${a.level} is missing; the plan must have green, yellow and red`,
    'workday-ends-early': (a) => `The working day ends at ${a.time}, before noon, so a yellow deadline would fall on the wrong day. Write when the working day ends, e.g. "16:00"`,
    'period-reversed': (a) => `The period ends (${a.end}) before it starts (${a.start})`,
    'timezone-invalid': (a) => `Unknown time zone "${a.zone}"; use e.g. Europe/Copenhagen`,
    'chain-ends-with-person': (a) =>
      `The chain "${a.chain}" ends with a person (${a.name}) with no hotline behind; if nobody answers, nobody is left to call`,
    'member-without-substitute': (a) => `${a.name} has no substitute`,
    'title-inconsistent': (a) =>
      `${a.name} has two titles: "${a.groupTitle}" in the group and "${a.signedTitle}" in the signature`,
    'signatory-not-member': (a) => `${a.name} signed the plan but is not a member of the group`,
    'text-person-unknown': (a) => `The plan's text names ${a.name}, who is not a person in the roster; correct the name in the text or add the person`,
    'text-deadline-differs': (a) => `The plan's text says "${a.said}", but the level's rule is ${a.rule}`,
    'text-phone-unknown': (a) => `The plan's text gives the phone number ${a.phone}, which no person or hotline in the roster has`,
    'text-section-repeat': (a) => `The section ${a.section} appears twice in the plan's text`,
    'text-section-order': (a) => `The section ${a.section} is out of the template's order (${a.order})`,
    'text-insert-unknown': (a) => `{{${a.name}}} is not a known insert; use {{niveauer}}, {{deltagere}}, {{reserve}}, {{presse}} or {{underskrifter}}`,
    'period-outside': (a) => `Today (${a.today}) is outside the plan's period ${a.start} – ${a.end}`,
    'contact-stale': (a) => `${a.name}'s details were last confirmed on ${a.confirmed}, more than 12 months ago`,
    'revision-not-bumped': (a) => `The content changed but revision was not raised (was ${a.from}, is ${a.to}); set revision to ${a.next}`,
    'last-changed-backwards': (a) => `lastChanged goes backwards: ${a.from} → ${a.to}`,
    'last-changed-future': (a) => `lastChanged (${a.date}) is after today (${a.today})`,
    'organisation-unseated': (a) =>
      `${a.name} now belongs to ${a.to}, which leaves ${a.organisation} without a member in the group; every organisation in the group keeps a member. First add someone else from ${a.organisation} (beredskab member add)`,
    'successor-missing': (a) =>
      `${a.name} (${a.title}, ${a.organisation}) was removed from the group but no successor from ${a.organisation} was added; ${a.organisation} must name a successor`,
    'blank-unfilled': (a, file) =>
      `Not filled in yet: ${a.hint}` + (a.fill ? ` (${a.fill.id}); fill in with: beredskab --roster ${shellWord(file)} ${a.fill.command} ${a.fill.option} ${PLACEHOLDER_EN[a.fill.value]}` : ''),
    'notify-coordinator': (a) => `Tell the coordinator ${a.name} (${a.phone}) about the change to the group`,
    're-sign': () => `Signatories, period, the plan's text or its interpretations changed: the plan must be signed again and approved by Landsbyggefonden`,
    'signatures-unrecorded': () =>
      `No signatures are recorded: the roster does not say who signed the plan, or whether Landsbyggefonden approved it. Record them with beredskab sign and beredskab approve`,
    'content-hash-stale': (a) =>
      `The plan’s content changed after version ${a.version} was recorded (edited by hand, or a newer beredskab writes the document differently); set content.version to ${a.next} and content.hash to ${a.hash}, or let the next change made with a beredskab command do it`,
    'signature-unknown-version': (a) => `${a.name} signed version ${a.version}, which does not exist; the plan’s content is at version ${a.current}`,
    'approval-unknown-version': (a) => `The approval by ${a.by} is of version ${a.version}, which does not exist; the plan’s content is at version ${a.current}`,
    'signatures-outdated': (a) =>
      `The plan’s text has changed since version ${a.complete}, which everyone signed; ${a.count} of ${a.total} have signed version ${a.current}${a.signed.length ? `: ${listEn(a.signed)}` : ''}. Still to sign: ${listEn(a.missing)}`,
    'signatures-incomplete': (a) =>
      `No version of the plan is signed by everyone; ${a.count} of ${a.total} have signed version ${a.current}${a.signed.length ? `: ${listEn(a.signed)}` : ''}. Still to sign: ${listEn(a.missing)}`,
    'approval-missing': (a) => `No approval of the plan is recorded (version ${a.version}); record Landsbyggefonden’s approval with beredskab approve`,
    'approval-outdated': (a) => `The approval by ${a.by} (${a.date}) is of version ${a.version}, but everyone has signed version ${a.signed}, which is not approved`,
    'content-version-lowered': (a) =>
      `content.version was lowered (was ${a.from}, is ${a.to ?? '–'}); a version only counts up, or signatures of an older version pass for the current one: set it back to ${a.from}`,
    'content-version-not-raised': (a) =>
      `The plan’s content changed${a.parts.length ? ` (${listEn(a.parts.map(partEn))})` : ''}, but content.version was not raised (was ${a.from}, is ${a.to}); set it to ${a.next}`,
    'content-new-version': (a) =>
      `The change makes a new version of the plan, ${a.to}${a.parts.length ? ` (changed: ${listEn(a.parts.map(partEn))})` : ''}; it must be signed${a.missing.length ? ` by ${listEn(a.missing)}` : ''} and approved again`,
  } satisfies FindingSentences,
  expected: EXPECTED_EN,
  severity: { error: 'error', warning: 'warning', notice: 'notice' },
  cli: {
    description:
      'Social-housing emergency plan: whom to call in which order, when the group must meet, and who informs whom.',
    titles: {},
    help: 'display help for command',
    helpCommand: 'display help for a command',
    version: 'output the version number',
    roster: 'roster file (else BEREDSKAB_ROSTER, ./roster.yaml or the shipped Randers plan)',
    lang: 'language: da or en (else BEREDSKAB_LANG, else da)',
    noColor: 'no colours (also when NO_COLOR is set, FORCE_COLOR=0, TERM=dumb, or output is not a terminal)',
    lintDescription: 'check roster files for errors and gaps (for people and CI)',
    lintFiles: 'files to check (default: the selected roster)',
    lintFormat: 'format: text, json or github',
    lintStrict: 'treat warnings as errors',
    today: "today's date, YYYY-MM-DD (default: today)",
    schemaDescription: "print the roster file's JSON Schema",
    deadlineDescription: 'by when the group must meet',
    activateDescription: 'activate the plan: whom to call, by when, and who informs whom',
    level: 'level: green, yellow, red (grøn, gul, rød)',
    at: 'time of activation, e.g. 2026-12-23T22:00 (default: now)',
    json: 'print as JSON',
    diffDescription: 'explain the changes between two versions of a roster (a file or REF:path from git)',
    diffFormat: 'format: text, markdown or json',
    base: 'also check the change against the file at this git ref (e.g. origin/main)',
    previous: 'also check the change against this earlier version of the file',
    contactsDescription: 'contact sheets to print, carry on a phone or open in a spreadsheet',
    contactsFormat: 'format: text, markdown, html, csv, vcard or json',
    output: 'write to this file (- or none: standard output); never over a file the command reads',
    contactsLevel: "order by this level's call sequence (yellow, red)",
  },
  usage: {
    prefix: 'beredskab: ',
    unknownOption: (o: string) => `unknown option ${o}`,
    unknownCommand: (c: string) => `unknown command ${c}; see beredskab --help`,
    missingArgument: (a: string) => `missing <${a}>; see --help`,
    missingOptionValue: (o: string) => `option ${o} needs a value`,
    missingMandatoryOption: (o: string) => `option ${o} is required`,
    excessArguments: () => `too many arguments`,
    unquoted: (option: string, value: string) =>
      `too many arguments: a value with spaces must be quoted, e.g. ${option} "${value}"`,
    invalidChoice: (option: string, value: string, allowed: string) => `${option}: "${value}" is not valid; choose one of ${allowed}`,
    invalidDate: (option: string, value: string) => `${option}: "${value}" is not a date; write YYYY-MM-DD, e.g. 2026-12-23`,
    badLang: (value: string) => `--lang: "${value}" is not supported; choose da or en`,
    internal: (message: string) => `internal error: ${message} (set BEREDSKAB_DEBUG=1 for details)`,
    invalidRoster: (file: string) => `${file} has errors; run beredskab lint ${shellWord(file)}`,
    brokenNumbers: (file: string, n: number) =>
      plural('en', n) === 'one'
        ? `a phone number in ${file} cannot be dialled and is marked as invalid in the plan; fix it (beredskab lint ${shellWord(file)})`
        : `${n} phone numbers in ${file} cannot be dialled and are marked as invalid in the plan; fix them (beredskab lint ${shellWord(file)})`,
    writeFailed: (file: string, reason: string) => `could not write ${file}: ${reason}`,
    gitMissing: (spec: string, reason: string) => `cannot read ${spec} from git: ${reason}`,
  },
  time: {
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    long: (weekday: string, date: string, clock: string) => `${weekday} ${date} at ${clock}`,
    short: (weekday: string, day: number, month: number) => `${weekday} ${day}/${month}`,
    date: (day: number, month: string, year: number) => `${day} ${month} ${year}`,
    clock: (hh: string, mm: string) => `${hh}:${mm}`,
    offset: (hours: string) => `UTC${hours}`,
    repeatedHour: (clock: string, summer: boolean, offset: string) => `${clock} (${summer ? 'summer time' : 'winter time'}, ${offset})`,
  },
  level: {
    invalid: (value: string) => `--level: "${value}" is not a level; choose green, yellow or red (grøn, gul, rød)`,
    greenNoDeadline: () => `green has no meeting deadline (no meeting is convened); choose yellow or red`,
  },
  at: {
    format: (value: string) =>
      `--at: "${value}" is not a time; write e.g. 2026-12-23T22:00, "2026-12-23 22:00" or 2026-12-23T22:00+01:00`,
    nonexistent: (value: string, zone: string) =>
      `--at: ${value} does not exist in ${zone}: the clocks jump forward an hour when summer time begins. Choose another time, or write it with an offset, e.g. ${value}+01:00`,
    ambiguous: (value: string, zone: string, first: string, second: string) =>
      `--at: ${value} occurs twice in ${zone}: the clocks go back an hour when summer time ends. Write it with an offset: ${first} (the first) or ${second} (the second)`,
  },
  deadline: {
    activated: (level: string, when: string) => `${level} level activated ${when}`,
    meetBy: (when: string) => `The group must meet by ${when}`,
    ruleWorkingDays: (days: number, ends: string) =>
      `Rule: within ${count(days, 'working day', 'working days')}. A working day is Monday–Friday that is not a public holiday or a day off in the plan. The deadline is the end of the working day, ${ends}.`,
    ruleHours: (hours: number) => `Rule: within ${count(hours, 'hour', 'hours')} of the activation. Nights, weekends and holidays count.`,
    dstNote: (hours: number, clock: string) =>
      `Note: the clocks change in this period. ${count(hours, "hour", "hours")} after the activation the clock shows ${clock}.`,
    daysHeading: 'The days up to the deadline:',
    workingDay: (n: number) => `working day ${n}`,
    isDeadline: 'the deadline',
    skipped: 'does not count',
    weekend: 'weekend',
    green: (meaning: string, forums: string) =>
      `Green level: ${meaning} The group is not convened; the work goes on in the usual forums: ${forums}.`,
  },
  /** "a, b and c" (British: no comma before and). */
  list: (items: string[]) => list('en-GB', items),
  holiday: (name: string) => name,
  activate: {
    banner: (level: string) => `${level.toUpperCase()} LEVEL`,
    activatedAt: (when: string) => `Activated ${when}`,
    callNow: 'CALL NOW',
    then: 'THEN',
    broken: 'INVALID NUMBER – cannot be dialled',
    brokenNext: (next: string) => `INVALID NUMBER – call ${next} instead`,
    brokenLast: 'INVALID NUMBER – nobody after in the chain; find another number',
    ifNoAnswer: 'if no answer',
    coordinatorLabel: 'coordinator',
    substitute: 'substitute',
    invite: 'To be invited to the meeting:',
    adHoc: 'Also consider calling in (ad hoc):',
    whoInforms: 'WHO INFORMS WHOM',
    pressHeading: (orgs: string) => `The press: ${orgs} coordinate. When contacting the press, involve:`,
    sharing: 'Sharing information:',
    afterwards: 'AFTERWARDS',
    evaluation: 'Evaluation:',
    statusMeeting: (organiser: string) => `Annual status meeting (run by ${organiser}):`,
    with: (names: string) => `together with ${names}`,
    greenTitle: 'No meeting of the group',
    members: 'The group',
    steps: { members: 'To be invited to the meeting', press: 'Press contacts' },
  },
  sheet: {
    heading: 'Contact sheet',
    areas: (n: number) => formEn(n, 'Housing area', 'Housing areas'),
    period: (start: string, end: string) => `Period: ${start} – ${end}`,
    levels: 'Levels',
    convene: {
      none: (forums: string) => `no meeting; the usual forums (${forums})`,
      workingDays: (n: number) => `the group meets within ${count(n, 'working day', 'working days')}`,
      hours: (n: number) => `the group meets within ${count(n, 'hour', 'hours')}`,
    },
    callOrder: 'Call in this order',
    ifNoAnswer: 'else',
    contacts: 'Contacts',
    adHoc: 'Ad hoc',
    press: 'Press contacts',
    onePage: '1 page A4',
    columns: { email: 'E-mail', role: 'Role', name: 'Name', title: 'Title', organisation: 'Organisation', phone: 'Phone', dial: 'Phone (international)', id: 'Id' },
    roles: { coordinator: 'coordinator', member: 'member', substitute: 'substitute', hotline: 'hotline', press: 'press contact', call: 'call list', adhoc: 'ad hoc' },
    substituteFor: (name: string) => `substitute for ${name}`,
    footer: (revision: number, lastChanged: string, hash: string, madeOn: string) =>
      `Roster revision ${revision}, last changed ${lastChanged}, content ${hash}. Printed ${madeOn}. Check with beredskab contacts that this sheet is the latest.`,
    vcardNote: (roles: string) => `Role in the emergency plan: ${roles}`,
  },
  diff: {
    heading: (from: number, to: number) => `Changes from revision ${from} to revision ${to}`,
    none: 'No changes',
    'person-added': (c: ChangeOf<'person-added'>) => `Added: ${c.name} (${c.title}, ${c.organisation})`,
    'person-removed': (c: ChangeOf<'person-removed'>) => `Removed: ${c.name} (${c.title}, ${c.organisation})`,
    'person-replaced': (c: ChangeOf<'person-replaced'>) => `Replaced: ${c.previous} → ${c.name} (${c.title}, ${c.organisation})`,
    'phone-changed': (c: ChangeOf<'phone-changed'>) => `Phone of ${c.name}: ${c.from} → ${c.to}`,
    'title-changed': (c: ChangeOf<'title-changed'>) => `Title of ${c.name}: ${c.from} → ${c.to}`,
    'organisation-changed': (c: ChangeOf<'organisation-changed'>) => `Organisation of ${c.name}: ${c.from} → ${c.to}`,
    'name-changed': (c: ChangeOf<'name-changed'>) => `Name: ${c.from} → ${c.to}`,
    'substitute-changed': (c: ChangeOf<'substitute-changed'>) => `Substitute for ${c.name}: ${c.from} → ${c.to}`,
    'email-changed': (c: ChangeOf<'email-changed'>) => `E-mail of ${c.name}: ${c.from} → ${c.to}`,
    confirmed: (c: ChangeOf<'confirmed'>) => `Details confirmed: ${c.name} (${c.date})`,
    'chain-changed': (c: { id: string; from: string[]; to: string[] }) => `Call order "${c.id}": ${c.from.join(' → ')}  ⇒  ${c.to.join(' → ')}`,
    'press-changed': (c: { from: string[]; to: string[] }) => `Press contacts: ${c.from.join(', ') || 'none'}  ⇒  ${c.to.join(', ') || 'none'}`,
    'level-changed': (c: { id: string; from?: Convene; to?: Convene }) =>
      `${({ green: 'Green', yellow: 'Yellow', red: 'Red' } as Record<string, string>)[c.id] ?? c.id} level ${c.from && c.to ? `: the group meets ${conveneEn(c.from)} → ${conveneEn(c.to)}` : 'changed'}`.replace(' level :', ' level:'),
    'period-changed': (c: ChangeOf<'period-changed'>) => `Period: ${c.from} → ${c.to}`,
    'signatories-changed': (c: { from: string[]; to: string[] }) => `Signatories: ${c.from.join(', ') || 'none'}  ⇒  ${c.to.join(', ') || 'none'}`,
    signed: (c: { name: string; version: number; date: string }) => `Signature: ${c.name} signed version ${c.version} (${c.date})`,
    approved: (c: { by: string; version: number; date: string }) => `Approval: ${c.by} approved version ${c.version} (${c.date})`,
    'content-version': (c: { from: number; to: number }) => `The plan’s content: version ${c.from} → ${c.to}`,
    'text-changed': (c: { section: string; lang: string; words: string }) => `The plan's text, ${c.section}${c.lang === 'da' ? '' : ` (${c.lang})`}: ${c.words}`,
    'person-created': (c: ChangeOf<'person-created'>) => `New person in the plan: ${c.name} (${c.title}, ${c.organisation})`,
    'person-deleted': (c: ChangeOf<'person-deleted'>) => `Deleted from the plan: ${c.name} (${c.title}, ${c.organisation})`,
    'organisation-added': (c: ChangeOf<'organisation-added'>) => `New organisation: ${c.name}`,
    'organisation-removed': (c: ChangeOf<'organisation-removed'>) => `Organisation removed: ${c.name}`,
    'organisation-renamed': (c: ChangeOf<'organisation-renamed'>) => `Organisation: ${c.to} (was ${c.from})`,
    'hotline-added': (c: ChangeOf<'hotline-added'>) => `New hotline: ${c.name} (${c.phone})`,
    'hotline-removed': (c: ChangeOf<'hotline-removed'>) => `Hotline removed: ${c.name} (${c.phone})`,
    'hotline-changed': (c: ChangeOf<'hotline-changed'>) => `Hotline ${c.name}: ${c.from} → ${c.to}`,
    'chain-added': (c: { id: string; title: string; contacts: string[] }) => `New call chain "${c.id}" (${c.title}): ${c.contacts.join(' → ')}`,
    'chain-removed': (c: { id: string; title: string; contacts: string[] }) => `Call chain removed: "${c.id}" (${c.title})`,
    'chain-title-changed': (c: ChangeOf<'chain-title-changed'>) => `Heading of the chain "${c.id}": ${c.from} → ${c.to}`,
    'chain-purpose-changed': (c: ChangeOf<'chain-purpose-changed'>) => `Purpose of the chain "${c.id}": ${c.from} → ${c.to}`,
    'duty-added': (c: { id: string; by: string[]; informs: string }) => `New line on who informs ("${c.id}"): ${c.by.join(', ')} ${c.informs}`,
    'duty-removed': (c: { id: string; by: string[]; informs: string }) => `Line on who informs removed ("${c.id}"): ${c.by.join(', ')} ${c.informs}`,
    'duty-changed': (c: ChangeOf<'duty-changed'>) => `Who informs ("${c.id}"): ${c.from}  ⇒  ${c.to}`,
    'adhoc-changed': (c: { from: string[]; to: string[] }) => `Ad hoc list: ${c.from.join(', ') || '–'}  ⇒  ${c.to.join(', ') || '–'}`,
    'workday-ends-changed': (c: ChangeOf<'workday-ends-changed'>) => `The working day ends: ${c.from} → ${c.to}`,
    'days-off-changed': (c: { from: string[]; to: string[] }) => `Customary days off: ${daysOffEn(c.from)} → ${daysOffEn(c.to)}`,
    'press-responsible-changed': (c: { from: string[]; to: string[] }) => `Coordinate contact with the press: ${c.from.join(', ')}  ⇒  ${c.to.join(', ')}`,
    'coordinator-changed': (c: ChangeOf<'coordinator-changed'>) => `Coordinator: ${c.to} (was ${c.from})`,
    'other-changed': (c: { section: string }) => `Changed: ${SECTIONS_EN[c.section] ?? c.section}`,
  },
  lint: {
    summary: (a) =>
      `${count(a.errors, 'error', 'errors')}, ${count(a.warnings, 'warning', 'warnings')}` +
      (a.notices ? `, ${count(a.notices, 'notice', 'notices')}` : '') +
      ` in ${count(a.files, 'file', 'files')}`,
    clean: (file: string) => `${file}: no errors`,
  },
});

export const en = lazy(table);
