/** Every sentence a user reads, in Danish. en.ts mirrors this shape. */
type A = Record<string, string | number>;

export const da = {
  diag: {
    'file-missing': (a: A) => `Filen findes ikke: ${a.file}`,
    'file-is-directory': (a: A) => `${a.file} er en mappe, ikke en fil`,
    'file-unreadable': (a: A) => `Filen kan ikke læses: ${a.file} (${a.reason})`,
    'file-too-large': (a: A) => `Filen er for stor (${a.size} byte); højst ${a.max} byte er tilladt`,
    'file-empty': () => `Filen er tom`,
    'encoding-invalid': () =>
      `Filen er ikke gemt som UTF-8 (fx et ø gemt som Latin-1). Gem filen som UTF-8 i din editor`,
    'yaml-syntax': (a: A) => `YAML-fejl: ${a.detail}`,
    'yaml-tab-indent': () => `Tabulator brugt til indrykning; YAML kræver mellemrum`,
    'yaml-duplicate-key': (a: A) => `Nøglen "${a.key}" står to gange i samme afsnit`,
    'yaml-too-many-aliases': (a: A) =>
      `For mange YAML-aliaser (*navn); højst ${a.max} er tilladt`,
    'yaml-not-mapping': () => `Filen skal indeholde en mapping med nøgler som plan:, people: og levels:`,
    'key-missing': (a: A) => `Feltet "${a.key}" mangler`,
    'key-unknown': (a: A) => `Ukendt felt "${a.key}"`,
    'type-invalid': (a: A) => `Forkert type: ${a.expected} forventet`,
    'value-invalid': (a: A) => `Ugyldig værdi; tilladt er: ${a.allowed}`,
    'format-invalid': (a: A) => `Ugyldigt format: ${a.expected} forventet`,
    'value-out-of-range': (a: A) => `Værdien er uden for det tilladte (${a.limit})`,
    'id-duplicate': (a: A) => `Id'et "${a.id}" er brugt før (linje ${a.firstLine})`,
    'ref-unknown': (a: A) => `"${a.id}" henviser ikke til ${a.expected}`,
    'phone-invalid': (a: A) =>
      `Telefonnummeret "${a.phone}" er ikke et gyldigt dansk nummer (8 cifre) eller et servicenummer (112, 114)`,
    'chain-repeat': (a: A) => `"${a.id}" står to gange i kæden "${a.chain}"`,
    'level-missing': (a: A) => `Niveauet ${a.level} mangler; planen skal have grønt, gult og rødt`,
    'period-reversed': (a: A) => `Perioden slutter (${a.end}) før den begynder (${a.start})`,
    'timezone-invalid': (a: A) => `Ukendt tidszone "${a.zone}"; brug fx Europe/Copenhagen`,
    'chain-ends-with-person': (a: A) =>
      `Kæden "${a.chain}" ender hos en person (${a.name}) uden et døgnnummer bagved; svarer ingen, er der ingen at ringe til`,
    'member-without-substitute': (a: A) => `${a.name} har ingen suppleant`,
    'title-inconsistent': (a: A) =>
      `${a.name} står med to titler: "${a.groupTitle}" i gruppen og "${a.signedTitle}" i underskriften`,
    'signatory-not-member': (a: A) => `${a.name} har underskrevet planen, men er ikke med i beredskabsgruppen`,
    'period-outside': (a: A) => `I dag (${a.today}) ligger uden for planens periode ${a.start} – ${a.end}`,
    'contact-stale': (a: A) =>
      `${a.name}s oplysninger blev sidst bekræftet ${a.confirmed}, for over 12 måneder siden`,
  },
  expected: {
    string: 'tekst',
    number: 'et tal',
    int: 'et helt tal',
    array: 'en liste',
    object: 'en mapping (nøgle: værdi)',
    boolean: 'ja/nej (true/false)',
    text: 'tekst eller { da, en }',
    phone: 'et telefonnummer',
    date: 'en dato skrevet ÅÅÅÅ-MM-DD',
    time: 'et klokkeslæt skrevet TT:MM',
    id: 'et id med små bogstaver, cifre og bindestreg (fx lasse-bonde)',
    person: 'en person i people',
    personOrHotline: 'en person i people eller et nummer i hotlines',
    organisation: 'en organisation i organisations',
    personOrOrganisation: 'en person i people eller en organisation i organisations',
    member: 'et medlem af gruppen (group.members)',
    atLeast: (n: number) => `mindst ${n}`,
    atMost: (n: number) => `højst ${n}`,
  },
  severity: { error: 'fejl', warning: 'advarsel', notice: 'besked' },
  cli: {
    description:
      'Boligsocial beredskabsplan: hvem ringes op i hvilken rækkefølge, hvornår gruppen skal mødes, og hvem informerer hvem.',
    titles: { 'Usage:': 'Brug:', 'Options:': 'Tilvalg:', 'Commands:': 'Kommandoer:', 'Arguments:': 'Argumenter:', 'Global Options:': 'Fælles tilvalg:' } as Record<string, string>,
    help: 'vis hjælp til kommandoen',
    helpCommand: 'vis hjælp til en kommando',
    version: 'vis versionsnummeret',
    roster: 'roster-fil (ellers BEREDSKAB_ROSTER, ./roster.yaml eller den medfølgende Randers-plan)',
    lang: 'sprog: da eller en (ellers BEREDSKAB_LANG, ellers da)',
    noColor: 'ingen farver (også når NO_COLOR er sat eller uddata ikke er en terminal)',
    lintDescription: 'tjek roster-filer for fejl og mangler (til mennesker og CI)',
    lintFiles: 'filer at tjekke (standard: den valgte roster)',
    lintFormat: 'format: text, json eller github',
    lintStrict: 'advarsler tæller som fejl',
    today: 'dagens dato, ÅÅÅÅ-MM-DD (standard: i dag)',
    schemaDescription: 'udskriv roster-filens JSON Schema',
    deadlineDescription: 'hvornår beredskabsgruppen senest skal mødes',
    activateDescription: 'aktivér beredskabet: hvem ringes op, hvornår, og hvem informerer hvem',
    level: 'niveau: green, yellow, red (grøn, gul, rød)',
    at: 'tidspunkt for aktiveringen, fx 2026-12-23T22:00 (standard: nu)',
    json: 'udskriv som JSON',
  },
  usage: {
    prefix: 'beredskab: ',
    unknownOption: (o: string) => `ukendt tilvalg ${o}`,
    unknownCommand: (c: string) => `ukendt kommando ${c}; se beredskab --help`,
    missingArgument: (a: string) => `mangler argument ${a}`,
    missingOptionValue: (o: string) => `tilvalget ${o} mangler en værdi`,
    missingMandatoryOption: (o: string) => `tilvalget ${o} skal angives`,
    excessArguments: () => `for mange argumenter`,
    invalidChoice: (option: string, value: string, allowed: string) => `${option}: "${value}" er ikke gyldig; vælg en af ${allowed}`,
    invalidDate: (option: string, value: string) => `${option}: "${value}" er ikke en dato; skriv ÅÅÅÅ-MM-DD, fx 2026-12-23`,
    badLang: (value: string) => `--lang: "${value}" er ikke understøttet; vælg da eller en`,
    internal: (message: string) => `intern fejl: ${message} (sæt BEREDSKAB_DEBUG=1 for detaljer)`,
    invalidRoster: (file: string) => `${file} indeholder fejl; kør beredskab lint ${file}`,
    writeFailed: (file: string, reason: string) => `kunne ikke skrive ${file}: ${reason}`,
  },
  time: {
    long: "cccc 'den' d. LLLL yyyy 'kl.' HH.mm",
    short: 'cccc d/M',
    date: "d. LLLL yyyy",
    locale: 'da',
    offset: (hours: string) => `UTC${hours}`,
  },
  level: {
    invalid: (value: string) => `--level: "${value}" er ikke et niveau; vælg green, yellow eller red (grøn, gul, rød)`,
    greenNoDeadline: () => `grønt niveau har ingen mødefrist (der indkaldes ikke til møde); vælg yellow eller red`,
  },
  at: {
    format: (value: string) =>
      `--at: "${value}" er ikke et tidspunkt; skriv fx 2026-12-23T22:00, "2026-12-23 22:00" eller 2026-12-23T22:00+01:00`,
    nonexistent: (value: string, zone: string) =>
      `--at: ${value} findes ikke i ${zone}: uret springer en time frem ved overgangen til sommertid. Vælg et andet klokkeslæt, eller skriv det med offset, fx ${value}+01:00`,
    ambiguous: (value: string, zone: string, first: string, second: string) =>
      `--at: ${value} findes to gange i ${zone}: uret stilles en time tilbage ved overgangen til vintertid. Skriv tidspunktet med offset: ${first} (første gang) eller ${second} (anden gang)`,
  },
  deadline: {
    activated: (level: string, when: string) => `${level} niveau aktiveret ${when}`,
    meetBy: (when: string) => `Gruppen skal mødes senest ${when}`,
    ruleWorkingDays: (days: number, ends: string) =>
      `Regel: inden for ${days} arbejdsdage. Aktiveringsdagen tæller ikke med. En arbejdsdag er mandag–fredag, der ikke er helligdag eller fridag i planen. Fristen er ved arbejdsdagens slutning kl. ${ends.replace(':', '.')}.`,
    ruleHours: (hours: number) => `Regel: inden for ${hours} timer fra aktiveringen. Nætter, weekender og helligdage tæller med.`,
    dstNote: (hours: number, clock: string) =>
      `Bemærk: uret stilles om i perioden. ${hours} timer efter aktiveringen viser uret kl. ${clock}.`,
    daysHeading: 'Dagene frem til fristen:',
    workingDay: (n: number) => `arbejdsdag ${n}`,
    isDeadline: 'fristen',
    skipped: 'tæller ikke',
    weekend: 'weekend',
    green: (meaning: string, forums: string) =>
      `Grønt niveau: ${meaning} Der indkaldes ikke til møde i beredskabsgruppen; arbejdet foregår i de faste fora: ${forums}.`,
  },
  list: (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`),
  activate: {
    banner: (level: string) => `${level.toUpperCase()} NIVEAU`,
    activatedAt: (when: string) => `Aktiveret ${when}`,
    callNow: 'RING NU',
    then: 'DEREFTER',
    ifNoAnswer: 'hvis ingen svarer',
    coordinatorLabel: 'koordinator',
    substitute: 'suppleant',
    invite: 'Inviteres til mødet:',
    adHoc: 'Overvej også at indkalde (ad hoc):',
    whoInforms: 'HVEM INFORMERER HVEM',
    pressHeading: (orgs: string) => `Pressen: ${orgs} koordinerer. Ved kontakt til pressen inddrages:`,
    sharing: 'Deling af oplysninger:',
    afterwards: 'BAGEFTER',
    evaluation: 'Evaluering:',
    statusMeeting: (organiser: string) => `Årligt statusmøde (tovholder: ${organiser}):`,
    with: (names: string) => `i samarbejde med ${names}`,
    greenTitle: 'Intet møde i beredskabsgruppen',
    members: 'Beredskabsgruppen',
    steps: { members: 'Inviteres til mødet', press: 'Pressekontakter' },
  },
  lint: {
    summary: (a: { errors: number; warnings: number; notices: number; files: number }) =>
      `${a.errors} ${a.errors === 1 ? 'fejl' : 'fejl'}, ${a.warnings} ${a.warnings === 1 ? 'advarsel' : 'advarsler'}` +
      (a.notices ? `, ${a.notices} ${a.notices === 1 ? 'besked' : 'beskeder'}` : '') +
      ` i ${a.files} ${a.files === 1 ? 'fil' : 'filer'}`,
    clean: (file: string) => `${file}: ingen fejl`,
  },
};

export type Messages = typeof da;
