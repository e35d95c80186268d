import type { Messages } from './da.js';

type A = Record<string, string | number>;

export const en: Messages = {
  diag: {
    'file-missing': (a: A) => `File not found: ${a.file}`,
    'file-is-directory': (a: A) => `${a.file} is a directory, not a file`,
    'file-unreadable': (a: A) => `Cannot read the file: ${a.file} (${a.reason})`,
    'file-too-large': (a: A) => `The file is too large (${a.size} bytes); at most ${a.max} bytes are allowed`,
    'file-empty': () => `The file is empty`,
    'encoding-invalid': () =>
      `The file is not saved as UTF-8 (e.g. an ø saved as Latin-1). Save it as UTF-8 in your editor`,
    'yaml-syntax': (a: A) => `YAML error: ${a.detail}`,
    'yaml-tab-indent': () => `Tab used for indentation; YAML requires spaces`,
    'yaml-duplicate-key': (a: A) => `The key "${a.key}" appears twice in the same section`,
    'yaml-too-many-aliases': (a: A) => `Too many YAML aliases (*name); at most ${a.max} are allowed`,
    'yaml-not-mapping': () => `The file must hold a mapping with keys such as plan:, people: and levels:`,
    'key-missing': (a: A) => `The field "${a.key}" is missing`,
    'key-unknown': (a: A) => `Unknown field "${a.key}"`,
    'type-invalid': (a: A) => `Wrong type: expected ${a.expected}`,
    'value-invalid': (a: A) => `Invalid value; allowed: ${a.allowed}`,
    'format-invalid': (a: A) => `Invalid format: expected ${a.expected}`,
    'value-out-of-range': (a: A) => `The value is out of range (${a.limit})`,
    'id-duplicate': (a: A) => `The id "${a.id}" is already used (line ${a.firstLine})`,
    'ref-unknown': (a: A) => `"${a.id}" does not refer to ${a.expected}`,
    'phone-invalid': (a: A) =>
      `The phone number "${a.phone}" is not a valid Danish number (8 digits) or a service number (112, 114)`,
    'chain-repeat': (a: A) => `"${a.id}" appears twice in the chain "${a.chain}"`,
    'level-missing': (a: A) => `The level ${a.level} is missing; the plan must have green, yellow and red`,
    'period-reversed': (a: A) => `The period ends (${a.end}) before it starts (${a.start})`,
    'timezone-invalid': (a: A) => `Unknown time zone "${a.zone}"; use e.g. Europe/Copenhagen`,
    'chain-ends-with-person': (a: A) =>
      `The chain "${a.chain}" ends with a person (${a.name}) with no hotline behind; if nobody answers, nobody is left to call`,
    'member-without-substitute': (a: A) => `${a.name} has no substitute`,
    'title-inconsistent': (a: A) =>
      `${a.name} has two titles: "${a.groupTitle}" in the group and "${a.signedTitle}" in the signature`,
    'signatory-not-member': (a: A) => `${a.name} signed the plan but is not a member of the group`,
    'period-outside': (a: A) => `Today (${a.today}) is outside the plan's period ${a.start} – ${a.end}`,
    'contact-stale': (a: A) => `${a.name}'s details were last confirmed on ${a.confirmed}, more than 12 months ago`,
  },
  expected: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    array: 'a list',
    object: 'a mapping (key: value)',
    boolean: 'yes/no (true/false)',
    text: 'text or { da, en }',
    phone: 'a phone number',
    date: 'a date written YYYY-MM-DD',
    time: 'a time written HH:MM',
    id: 'an id of lowercase letters, digits and hyphens (e.g. lasse-bonde)',
    person: 'a person in people',
    personOrHotline: 'a person in people or a number in hotlines',
    organisation: 'an organisation in organisations',
    personOrOrganisation: 'a person in people or an organisation in organisations',
    member: 'a member of the group (group.members)',
    atLeast: (n: number) => `at least ${n}`,
    atMost: (n: number) => `at most ${n}`,
  },
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
    noColor: 'no colours (also when NO_COLOR is set or output is not a terminal)',
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
  },
  usage: {
    prefix: 'beredskab: ',
    unknownOption: (o: string) => `unknown option ${o}`,
    unknownCommand: (c: string) => `unknown command ${c}; see beredskab --help`,
    missingArgument: (a: string) => `missing argument ${a}`,
    missingOptionValue: (o: string) => `option ${o} needs a value`,
    missingMandatoryOption: (o: string) => `option ${o} is required`,
    excessArguments: () => `too many arguments`,
    invalidChoice: (option: string, value: string, allowed: string) => `${option}: "${value}" is not valid; choose one of ${allowed}`,
    invalidDate: (option: string, value: string) => `${option}: "${value}" is not a date; write YYYY-MM-DD, e.g. 2026-12-23`,
    badLang: (value: string) => `--lang: "${value}" is not supported; choose da or en`,
    internal: (message: string) => `internal error: ${message} (set BEREDSKAB_DEBUG=1 for details)`,
    invalidRoster: (file: string) => `${file} has errors; run beredskab lint ${file}`,
    writeFailed: (file: string, reason: string) => `could not write ${file}: ${reason}`,
  },
  time: {
    long: "cccc d LLLL yyyy 'at' HH:mm",
    short: 'cccc d/M',
    date: 'd LLLL yyyy',
    locale: 'en-GB',
    offset: (hours: string) => `UTC${hours}`,
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
      `Rule: within ${days} working days. The day of activation does not count. A working day is Monday–Friday that is not a public holiday or a day off in the plan. The deadline is the end of the working day, ${ends}.`,
    ruleHours: (hours: number) => `Rule: within ${hours} hours of the activation. Nights, weekends and holidays count.`,
    dstNote: (hours: number, clock: string) =>
      `Note: the clocks change in this period. ${hours} hours after the activation the clock shows ${clock}.`,
    daysHeading: 'The days up to the deadline:',
    workingDay: (n: number) => `working day ${n}`,
    isDeadline: 'the deadline',
    skipped: 'does not count',
    weekend: 'weekend',
    green: (meaning: string, forums: string) =>
      `Green level: ${meaning} The group is not convened; the work goes on in the usual forums: ${forums}.`,
  },
  list: (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`),
  lint: {
    summary: (a) =>
      `${a.errors} ${a.errors === 1 ? 'error' : 'errors'}, ${a.warnings} ${a.warnings === 1 ? 'warning' : 'warnings'}` +
      (a.notices ? `, ${a.notices} ${a.notices === 1 ? 'notice' : 'notices'}` : '') +
      ` in ${a.files} ${a.files === 1 ? 'file' : 'files'}`,
    clean: (file: string) => `${file}: no errors`,
  },
};
