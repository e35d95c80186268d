import { shellWord } from '../shell.js';
import { list, plural } from '../intl.js';
import type { ContentPart } from '../../roster/finding.js';
import { expectedKind, type ExpectedKinds, type FindingSentences } from '../findings.js';
import { da as signingDa } from './signing.js';
import { antal, form } from '../plural.js';
import type { Change, Convene } from '../../roster/diff.js';
import { lazy } from '../lazy.js';

/** The roster's findings, the shell's words, dates, deadlines, the activation, the contact sheet and the diff, in Danish; en/roster.ts mirrors this shape. */

/** One kind of change, as roster/diff.ts describes it: the diff's sentences take exactly its fields. */
export type ChangeOf<K extends Change['kind']> = Change extends infer C ? (C extends { kind: infer CK } ? (K extends CK ? C : never) : never) : never;
/** Names as a list in words. */
const listDa = (names: string[]) => list('da', names);
/** A part of the plan document by its title in Danish. */
const partDa = (part: ContentPart) => (part === 'front' ? signingDa().frontPage : part.da);

const EXPECTED_DA = {
  string: 'tekst',
  number: 'et tal',
  int: 'et helt tal',
  array: 'en liste',
  object: 'en mapping (nøgle: værdi)',
  boolean: 'ja/nej (true/false)',
  text: 'tekst eller { da, en }',
  phone: 'et telefonnummer',
  email: 'en e-mailadresse (fx navn@randers.dk)',
  date: 'en dato skrevet ÅÅÅÅ-MM-DD',
  hash: 'en hash på 12 hexcifre (0-9, a-f)',
  time: 'et klokkeslæt skrevet TT:MM',
  id: 'et id med små bogstaver, cifre og bindestreg (fx lasse-bonde)',
  person: 'en person i people',
  personOrHotline: 'en person i people eller et nummer i hotlines',
  organisation: 'en organisation i organisations',
  personOrOrganisation: 'en person i people eller en organisation i organisations',
  personHotlineOrOrganisation: 'en person i people, et nummer i hotlines eller en organisation i organisations',
  member: 'et medlem af gruppen (group.members)',
  atLeast: (n: number) => `mindst ${n}`,
  atMost: (n: number) => `højst ${n}`,
} satisfies ExpectedKinds;

const YAML_REASONS: Record<string, string> = {
  BAD_INDENT: 'indrykningen passer ikke; linjer på samme niveau skal rykkes lige langt ind, og en liste i [ ] skal lukkes med ]',
  BLOCK_AS_IMPLICIT_KEY: 'der står et kolon for meget på linjen; sæt værdien i anførselstegn, hvis den selv indeholder ": "',
  MULTILINE_IMPLICIT_KEY: 'en nøgle skal stå på én linje; er linjen under rykket forkert ind?',
  BAD_SCALAR_START: 'en værdi kan ikke begynde med @ eller `; sæt den i anførselstegn',
  UNEXPECTED_TOKEN: 'et tegn her passer ikke ind; tjek indrykning, kolon og bindestreger',
  MISSING_CHAR: 'der mangler et afsluttende tegn (], } eller et anførselstegn)',
  MULTIPLE_DOCS: 'mere end ét dokument (---) i filen; en planfil er ét dokument',
  BAD_ALIAS: 'et alias (*navn) henviser til et anker (&navn), der ikke findes',
  OTHER: 'filen kan ikke læses som YAML her',
};

/** The Danish possessive: "Lasse Bondes", but "Jonas Friis'" after s, x or z. */
export function genitive(name: string): string {
  return /[sxzSXZ]$/.test(name) ? `${name}'` : `${name}s`;
}

/**
 * A holiday's name as written mid-sentence in Danish: lower case, "Anden" as "2." ("2. juledag"), Kristi with a
 * capital as the name it is ("Kristi himmelfartsdag").
 */
export function holidayName(name: string): string {
  return name
    .replace(/^Anden /, '2. ')
    .toLowerCase()
    .replace(/\bkristi\b/, 'Kristi');
}

/** The value a command is still to be given, as the help names it. */
export const PLACEHOLDER_DA: Record<string, string> = { name: 'NAVN', title: 'TITEL', phone: 'NUMMER', email: 'E-MAIL', area: 'NAVN', text: 'TEKST' };

const SECTIONS_DA: Record<string, string> = {
  plan: 'planens tekster og oplysninger',
  text: 'planens tekster',
  interpretations: 'fortolkningerne, som planen selv ikke træffer',
  calendar: 'de ekstra fridage',
  group: 'gruppens opgaver og hvem der holder oplysningerne opdateret',
  press: 'aftalen om pressen',
  activation: 'hvem der kan aktivere beredskabet',
  organisations: 'organisationernes andre navne',
  schemaVersion: 'skemaets version',
};
const DAYS_OFF_DA: Record<string, string> = {
  'christmas-eve': 'juleaftensdag',
  'new-years-eve': 'nytårsaftensdag',
  'constitution-day': 'grundlovsdag',
  'may-day': '1. maj',
  'friday-after-ascension': 'fredagen efter Kristi himmelfartsdag',
};
const daysOffDa = (days: string[]) => (days.length ? list('da', days.map((d) => DAYS_OFF_DA[d] ?? d)) : 'ingen');
export const conveneDa = (c: Convene) =>
  c.type === 'none'
    ? 'ikke (de faste fora)'
    : c.type === 'hours'
      ? `inden for ${c.hours} ${plural('da', c.hours) === 'one' ? 'time' : 'timer'}`
      : `inden for ${c.days} ${plural('da', c.days) === 'one' ? 'arbejdsdag' : 'arbejdsdage'}`;

const table = () => ({
  diag: {
    'file-missing': (a) => `Filen findes ikke: ${a.file}`,
    'file-is-directory': (a) => `${a.file} er en mappe, ikke en fil`,
    'file-unreadable': (a) => `Filen kan ikke læses: ${a.file} (${a.reason})`,
    'file-too-large': (a) => `Filen er for stor (${a.size} byte); højst ${a.max} byte er tilladt`,
    'file-empty': () => `Filen er tom`,
    'encoding-invalid': () =>
      `Filen er ikke gemt som UTF-8 (fx et ø gemt som Latin-1). Gem filen som UTF-8 i din editor`,
    'yaml-syntax': (a) => `YAML-fejl: ${YAML_REASONS[a.reason] ?? YAML_REASONS.OTHER}`,
    'yaml-tag': (a) => `Tagget ${a.tag} bruges ikke i en planfil; skriv værdien uden tag`,
    'yaml-merge-key': () => `Flettenøglen << bruges ikke i en planfil; skriv felterne ud`,
    'encoding-utf16': () => `Filen er gemt som UTF-16 (i Notesblok kaldet "Unicode"). Gem filen som UTF-8 i din editor`,
    'yaml-too-deep': (a) => `Indlejret mere end ${a.max} niveauer; sådan ser en planfil ikke ud`,
    'yaml-unclosed-quote': (a) => `Anførselstegnet ${a.quote} åbnes her, men lukkes ikke på linjen`,
    'yaml-tab-indent': () => `Tabulator brugt til indrykning; YAML kræver mellemrum`,
    'yaml-duplicate-key': (a) => `Nøglen "${a.key}" står to gange i samme afsnit`,
    'yaml-too-many-aliases': (a) =>
      `For mange YAML-aliaser (*navn); højst ${a.max} er tilladt`,
    'yaml-not-mapping': () => `Filen skal indeholde en mapping med nøgler som plan:, people: og levels:`,
    'key-missing': (a) => `Feltet "${a.key}" mangler`,
    'key-unknown': (a) => `Ukendt felt "${a.key}"`,
    'type-invalid': (a) => `Forkert type: ${expectedKind(EXPECTED_DA, a.expected)} forventet`,
    'value-invalid': (a) => `Ugyldig værdi; tilladt er: ${a.allowed}`,
    'format-invalid': (a) => `Ugyldigt format: ${expectedKind(EXPECTED_DA, a.expected)} forventet`,
    'value-out-of-range': (a) => `Værdien er uden for det tilladte (${EXPECTED_DA[a.bound](a.limit)})`,
    'id-duplicate': (a) => `Id'et "${a.id}" er brugt før (linje ${a.firstLine})`,
    'ref-unknown': (a) => `"${a.id}" henviser ikke til ${EXPECTED_DA[a.expected]}`,
    'phone-invalid': (a) =>
      `Telefonnummeret "${a.phone}" er ikke et gyldigt dansk nummer (8 cifre) eller et servicenummer (112, 114)`,
    'phone-service-number': (a) =>
      `${a.phone} er et servicenummer, ikke ${a.name}s eget nummer; skriv personens telefonnummer (8 cifre), og sæt servicenumre under hotlines`,
    'phone-shared': (a) =>
      `${a.name} har samme telefonnummer (${a.phone}) som ${a.other} (linje ${a.firstLine}); ringer man til den ene, får man fat i den anden`,
    'organisation-name-duplicate': (a) =>
      `To organisationer hedder "${a.name}" (${a.other} på linje ${a.firstLine} og ${a.id}); giv dem hver sit navn, eller slå dem sammen`,
    'last-changed-ahead': (a) =>
      `lastChanged (${a.date}) ligger efter i dag (${a.today}); sæt den til datoen for den seneste ændring (en ændring med beredskab sætter den til i dag)`,
    'text-not-nfc': () =>
      `Teksten er skrevet med kombinerende tegn (fx et A efterfulgt af en bolle i stedet for et Å); den læses, som var den skrevet med ét tegn (NFC), men ret den, så søgninger og andre programmer finder den`,
    'chain-repeat': (a) => `"${a.id}" står to gange i kæden "${a.chain}"`,
    'phone-extra-text': (a) =>
      `Telefonfeltet "${a.phone}" indeholder mere end et nummer; skriv kun cifre (evt. +45 og mellemrum) og sæt bemærkninger et andet sted`,
    'member-repeat': (a) => `${a.id} står to gange i gruppen (første gang linje ${a.firstLine})`,
    'substitute-self': (a) => `${a.id} er sin egen suppleant; vælg en anden person`,
    'substitute-mutual': (a) => `${a.id} og ${a.other} er hinandens suppleanter; er den ene væk, mangler den anden måske også sin`,
    'convene-green-meets': () => `Grønt niveau indkalder ikke gruppen; convene skal være { type: none } med de almindelige fora`,
    'convene-missing': (a) => `${a.level === 'red' ? 'Rødt' : 'Gult'} niveau skal indkalde gruppen (working-days eller hours), ikke type: none`,
    'text-control-character': (a) => `Teksten indeholder et kontroltegn eller en retningsmarkering (${a.char}); slet det`,
    'text-multiline': () => `Skal stå på én linje (et navn, en titel); fjern linjeskiftet`,
    'text-blank': () => `Teksten er tom (kun mellemrum)`,
    'level-missing': (a) => `Niveauet ${a.level} mangler; planen skal have grønt, gult og rødt`,
    'workday-ends-early': (a) => `Arbejdsdagen slutter kl. ${a.time}; det er før middag, så en gul frist ville falde på den forkerte dag. Skriv arbejdsdagens slut, fx "16:00"`,
    'period-reversed': (a) => `Perioden slutter (${a.end}) før den begynder (${a.start})`,
    'timezone-invalid': (a) => `Ukendt tidszone "${a.zone}"; brug fx Europe/Copenhagen`,
    'chain-ends-with-person': (a) =>
      `Kæden "${a.title}" ender hos en person (${a.name}) uden et døgnnummer bagved; svarer ${a.name} ikke, er der ingen at ringe til`,
    'member-without-substitute': (a) => `${a.name} har ingen suppleant`,
    'title-inconsistent': (a) =>
      `${a.name} står med to titler: "${a.groupTitle}" i gruppen og "${a.signedTitle}" i underskriften`,
    'signatory-not-member': (a) => `${a.name} har underskrevet planen, men er ikke med i beredskabsgruppen`,
    'text-person-unknown': (a) => `Planens tekst nævner ${a.name}, som ikke er en person i planfilen; ret navnet i teksten eller tilføj personen`,
    'text-deadline-differs': (a) => `Planens tekst siger "${a.said}", men niveauets regel er ${a.rule}`,
    'text-phone-unknown': (a) => `Planens tekst nævner telefonnummeret ${a.phone}, som ingen person eller døgnnummer i planfilen har`,
    'text-section-repeat': (a) => `Afsnittet ${a.section} står to gange i planens tekst`,
    'text-section-order': (a) => `Afsnittet ${a.section} står uden for skabelonens rækkefølge (${a.order})`,
    'text-insert-unknown': (a) => `{{${a.name}}} er ikke et kendt indsæt; brug {{niveauer}}, {{deltagere}}, {{reserve}}, {{presse}} eller {{underskrifter}}`,
    'period-outside': (a) => `I dag (${a.today}) ligger uden for planens periode ${a.start} – ${a.end}`,
    'contact-stale': (a) =>
      `${genitive(String(a.name))} oplysninger blev sidst bekræftet ${a.confirmed}, for over 12 måneder siden`,
    'revision-not-bumped': (a) => `Indholdet er ændret, men revision er ikke hævet (var ${a.from}, er ${a.to}); sæt revision til ${a.next}`,
    'last-changed-backwards': (a) => `lastChanged går baglæns: ${a.from} → ${a.to}`,
    'last-changed-future': (a) => `lastChanged (${a.date}) ligger efter i dag (${a.today})`,
    'organisation-unseated': (a) =>
      `${a.name} hører nu til ${a.to}, og så har ${a.organisation} ikke længere et medlem i beredskabsgruppen; hver organisation i gruppen beholder et medlem. Tilføj først en anden fra ${a.organisation} (beredskab member add)`,
    'successor-missing': (a) =>
      `${a.name} (${a.title}, ${a.organisation}) er fjernet fra gruppen, men ingen efterfølger fra ${a.organisation} er tilføjet; ${a.organisation} skal udpege en efterfølger`,
    'blank-unfilled': (a, file) =>
      `Ikke udfyldt endnu: ${a.hint}` + (a.fill ? ` (${a.fill.id}); udfyld med: beredskab --roster ${shellWord(file)} ${a.fill.command} ${a.fill.option} ${PLACEHOLDER_DA[a.fill.value]}` : ''),
    'notify-coordinator': (a) => `Giv koordinatoren ${a.name} (${a.phone}) besked om ændringen i gruppen`,
    're-sign': () => `Underskrivere, periode, planens tekst eller dens fortolkninger er ændret: planen skal underskrives igen og godkendes af Landsbyggefonden`,
    'signatures-unrecorded': () =>
      `Ingen underskrifter er registreret: planfilen siger ikke, hvem der har underskrevet planen, eller om Landsbyggefonden har godkendt den. Registrér dem med beredskab sign og beredskab approve`,
    'content-hash-stale': (a) =>
      `Planens indhold er ændret, efter version ${a.version} blev registreret (rettet i hånden, eller en nyere beredskab skriver dokumentet anderledes); sæt content.version til ${a.next} og content.hash til ${a.hash}, eller lad næste ændring med en beredskab-kommando gøre det`,
    'signature-unknown-version': (a) => `${a.name} har underskrevet version ${a.version}, som ikke findes; planens indhold er i version ${a.current}`,
    'approval-unknown-version': (a) => `Godkendelsen fra ${a.by} gælder version ${a.version}, som ikke findes; planens indhold er i version ${a.current}`,
    'signatures-outdated': (a) =>
      `Planens tekst er ændret siden version ${a.complete}, som alle underskrev; ${a.count} af ${a.total} har underskrevet version ${a.current}${a.signed.length ? `: ${listDa(a.signed)}` : ''}. Mangler: ${listDa(a.missing)}`,
    'signatures-incomplete': (a) =>
      `Ingen version af planen er underskrevet af alle; ${a.count} af ${a.total} har underskrevet version ${a.current}${a.signed.length ? `: ${listDa(a.signed)}` : ''}. Mangler: ${listDa(a.missing)}`,
    'approval-missing': (a) => `Ingen godkendelse af planen er registreret (version ${a.version}); registrér Landsbyggefondens godkendelse med beredskab approve`,
    'approval-outdated': (a) => `Godkendelsen fra ${a.by} (${a.date}) gælder version ${a.version}, men alle har underskrevet version ${a.signed}, som ikke er godkendt`,
    'content-version-lowered': (a) =>
      `content.version er sat ned (var ${a.from}, er ${a.to ?? '–'}); en version tæller kun op, ellers gælder underskrifter af en ældre version for den nuværende: sæt den tilbage til ${a.from}`,
    'content-version-not-raised': (a) =>
      `Planens indhold er ændret${a.parts.length ? ` (${listDa(a.parts.map(partDa))})` : ''}, men content.version er ikke hævet (var ${a.from}, er ${a.to}); sæt den til ${a.next}`,
    'content-new-version': (a) =>
      `Ændringen gør planen til en ny version, ${a.to}${a.parts.length ? ` (ændret: ${listDa(a.parts.map(partDa))})` : ''}; den skal underskrives${a.missing.length ? ` af ${listDa(a.missing)}` : ''} og godkendes igen`,
  } satisfies FindingSentences,
  expected: EXPECTED_DA,
  severity: { error: 'fejl', warning: 'advarsel', notice: 'besked' },
  cli: {
    description:
      'Boligsocial beredskabsplan: hvem ringes op i hvilken rækkefølge, hvornår gruppen skal mødes, og hvem informerer hvem.',
    titles: { 'Usage:': 'Brug:', 'Options:': 'Tilvalg:', 'Commands:': 'Kommandoer:', 'Arguments:': 'Argumenter:', 'Global Options:': 'Fælles tilvalg:' } as Record<string, string>,
    help: 'vis hjælp til kommandoen',
    helpCommand: 'vis hjælp til en kommando',
    version: 'vis versionsnummeret',
    roster: 'planfilen (ellers BEREDSKAB_ROSTER, ./roster.yaml eller den medfølgende plan for Randers)',
    lang: 'sprog: da eller en (ellers BEREDSKAB_LANG, ellers da)',
    noColor: 'ingen farver (også når NO_COLOR er sat, FORCE_COLOR=0, TERM=dumb, eller uddata ikke er en terminal)',
    lintDescription: 'tjek planfiler for fejl og mangler (til mennesker og CI)',
    lintFiles: 'filer at tjekke (standard: den valgte planfil)',
    lintFormat: 'format: text, json eller github',
    lintStrict: 'advarsler tæller som fejl',
    today: 'dagens dato, ÅÅÅÅ-MM-DD (standard: i dag)',
    schemaDescription: 'udskriv planfilens JSON Schema',
    deadlineDescription: 'hvornår beredskabsgruppen senest skal mødes',
    activateDescription: 'aktivér beredskabet: hvem ringes op, hvornår, og hvem informerer hvem',
    level: 'niveau: rød, gul eller grøn (også red, yellow, green)',
    at: 'tidspunkt for aktiveringen, fx "23.12.2026 22.00" eller 2026-12-23T22:00 (standard: nu)',
    json: 'udskriv som JSON',
    diffDescription: 'forklar ændringerne mellem to versioner af en planfil (en fil eller REF:sti fra git)',
    diffFormat: 'format: text, markdown eller json',
    base: 'tjek også ændringen i forhold til filen i denne git-ref (fx origin/main)',
    previous: 'tjek også ændringen i forhold til denne tidligere version af filen',
    contactsDescription: 'kontaktark til print, telefon og regneark',
    contactsFormat: 'format: text, markdown, html, csv, vcard eller json',
    output: 'skriv til denne fil (- eller intet: standardoutput); aldrig over en fil, som kommandoen læser',
    contactsLevel: 'sortér efter opkaldsrækkefølgen på dette niveau (gul eller rød)',
  },
  usage: {
    prefix: 'beredskab: ',
    unknownOption: (o: string) => `ukendt tilvalg ${o}`,
    unknownCommand: (c: string) => `ukendt kommando ${c}; se beredskab --help`,
    missingArgument: (a: string) => `mangler <${a}>; se --help`,
    missingOptionValue: (o: string) => `tilvalget ${o} mangler en værdi`,
    missingMandatoryOption: (o: string) => `tilvalget ${o} skal angives`,
    excessArguments: () => `for mange argumenter`,
    unquoted: (option: string, value: string) =>
      `for mange argumenter: står der mellemrum i en værdi, skal den i anførselstegn, fx ${option} "${value}"`,
    invalidChoice: (option: string, value: string, allowed: string) => `${option}: "${value}" er ikke gyldig; vælg en af ${allowed}`,
    invalidDate: (option: string, value: string) => `${option}: "${value}" er ikke en dato; skriv fx 23.12.2026 eller 2026-12-23`,
    badLang: (value: string) => `--lang: "${value}" er ikke understøttet; vælg da eller en`,
    internal: (message: string) => `intern fejl: ${message} (sæt BEREDSKAB_DEBUG=1 for detaljer)`,
    invalidRoster: (file: string) => `${file} indeholder fejl; kør beredskab lint ${shellWord(file)}`,
    brokenNumbers: (file: string, n: number) =>
      plural('da', n) === 'one'
        ? `et telefonnummer i ${file} kan ikke ringes op og er markeret som ugyldigt i planen; ret det (beredskab lint ${shellWord(file)})`
        : `${n} telefonnumre i ${file} kan ikke ringes op og er markeret som ugyldige i planen; ret dem (beredskab lint ${shellWord(file)})`,
    writeFailed: (file: string, reason: string) => `kunne ikke skrive ${file}: ${reason}`,
    gitMissing: (spec: string, reason: string) => `kan ikke læse ${spec} fra git: ${reason}`,
  },
  time: {
    weekdays: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
    months: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
    long: (weekday: string, date: string, clock: string) => `${weekday} den ${date} kl. ${clock}`,
    short: (weekday: string, day: number, month: number) => `${weekday} ${day}/${month}`,
    date: (day: number, month: string, year: number) => `${day}. ${month} ${year}`,
    clock: (hh: string, mm: string) => `${hh}.${mm}`,
    offset: (hours: string) => `UTC${hours}`,
    /** The clock in the hour that comes twice (last Sunday of October), saying which of the two. */
    repeatedHour: (clock: string, summer: boolean, offset: string) => `${clock} (${summer ? 'sommertid' : 'vintertid'}, ${offset})`,
  },
  level: {
    invalid: (value: string) => `--level: "${value}" er ikke et niveau; vælg rød, gul eller grøn (eller red, yellow, green)`,
    greenNoDeadline: () => `grønt niveau har ingen mødefrist (der indkaldes ikke til møde); vælg gul eller rød`,
  },
  at: {
    format: (value: string) =>
      `--at: "${value}" er ikke et tidspunkt; skriv fx "23.12.2026 22.00", "2026-12-23 22.00" eller 2026-12-23T22:00+01:00`,
    nonexistent: (value: string, zone: string) =>
      `--at: ${value} findes ikke i ${zone}: uret springer en time frem ved overgangen til sommertid. Vælg et andet klokkeslæt, eller skriv det med offset, fx ${value}+01:00`,
    ambiguous: (value: string, zone: string, first: string, second: string) =>
      `--at: ${value} findes to gange i ${zone}: uret stilles en time tilbage ved overgangen til vintertid. Skriv tidspunktet med offset: ${first} (første gang) eller ${second} (anden gang)`,
  },
  deadline: {
    activated: (level: string, when: string) => `${level} niveau aktiveret ${when}`,
    meetBy: (when: string) => `Gruppen skal mødes senest ${when}`,
    ruleWorkingDays: (days: number, ends: string) =>
      `Regel: inden for ${antal(days, 'arbejdsdag', 'arbejdsdage')}. En arbejdsdag er mandag–fredag, der ikke er helligdag eller fridag i planen. Fristen er ved arbejdsdagens slutning kl. ${ends.replace(':', '.')}.`,
    ruleHours: (hours: number) => `Regel: inden for ${antal(hours, 'time', 'timer')} fra aktiveringen. Nætter, weekender og helligdage tæller med.`,
    dstNote: (hours: number, clock: string) =>
      `Bemærk: uret stilles om i perioden. ${antal(hours, 'time', 'timer')} efter aktiveringen viser uret kl. ${clock}.`,
    daysHeading: 'Dagene frem til fristen:',
    workingDay: (n: number) => `arbejdsdag ${n}`,
    isDeadline: 'fristen',
    skipped: 'tæller ikke',
    weekend: 'weekend',
    green: (meaning: string, forums: string) =>
      `Grønt niveau: ${meaning} Der indkaldes ikke til møde i beredskabsgruppen; arbejdet foregår i de faste fora: ${forums}.`,
  },
  /** "a, b og c": the runtime's Danish list, as a Dane ends one. */
  list: (items: string[]) => list('da', items),
  holiday: holidayName,
  activate: {
    banner: (level: string) => `${level.toUpperCase()} NIVEAU`,
    activatedAt: (when: string) => `Aktiveret ${when}`,
    callNow: 'RING NU',
    then: 'DEREFTER',
    broken: 'UGYLDIGT NUMMER – kan ikke ringes op',
    brokenNext: (next: string) => `UGYLDIGT NUMMER – ring i stedet til ${next}`,
    brokenLast: 'UGYLDIGT NUMMER – der er ingen flere i kæden; find et andet nummer',
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
  sheet: {
    heading: 'Kontaktark',
    areas: (n: number) => form(n, 'Boligområde', 'Boligområder'),
    period: (start: string, end: string) => `Periode: ${start} – ${end}`,
    levels: 'Niveauer',
    convene: {
      none: (forums: string) => `intet møde; de faste fora (${forums})`,
      workingDays: (n: number) => `gruppen mødes inden for ${antal(n, 'arbejdsdag', 'arbejdsdage')}`,
      hours: (n: number) => `gruppen mødes inden for ${antal(n, 'time', 'timer')}`,
    },
    callOrder: 'Opkaldsrækkefølge',
    ifNoAnswer: 'ellers',
    contacts: 'Kontakter',
    adHoc: 'Ad hoc',
    press: 'Pressekontakter',
    onePage: '1 side A4',
    columns: { email: 'E-mail', role: 'Rolle', name: 'Navn', title: 'Titel', organisation: 'Organisation', phone: 'Telefon', dial: 'Telefon (international)', id: 'Id' },
    roles: { coordinator: 'koordinator', member: 'medlem', substitute: 'suppleant', hotline: 'døgnnummer', press: 'pressekontakt', call: 'ringeliste', adhoc: 'ad hoc' } as Record<string, string>,
    substituteFor: (name: string) => `suppleant for ${name}`,
    footer: (revision: number, lastChanged: string, hash: string, madeOn: string) =>
      `Planfilens revision ${revision}, sidst ændret ${lastChanged}, indhold ${hash}. Udskrevet ${madeOn}. Kontrollér med beredskab contacts, at arket er det nyeste.`,
    vcardNote: (roles: string) => `Rolle i beredskabsplanen: ${roles}`,
  },
  diff: {
    heading: (from: number, to: number) => `Ændringer fra revision ${from} til revision ${to}`,
    none: 'Ingen ændringer',
    'person-added': (c: ChangeOf<'person-added'>) => `Tilføjet: ${c.name} (${c.title}, ${c.organisation})`,
    'person-removed': (c: ChangeOf<'person-removed'>) => `Fjernet: ${c.name} (${c.title}, ${c.organisation})`,
    'person-replaced': (c: ChangeOf<'person-replaced'>) => `Erstattet: ${c.previous} → ${c.name} (${c.title}, ${c.organisation})`,
    'phone-changed': (c: ChangeOf<'phone-changed'>) => `Telefon for ${c.name}: ${c.from} → ${c.to}`,
    'title-changed': (c: ChangeOf<'title-changed'>) => `Titel for ${c.name}: ${c.from} → ${c.to}`,
    'organisation-changed': (c: ChangeOf<'organisation-changed'>) => `Organisation for ${c.name}: ${c.from} → ${c.to}`,
    'name-changed': (c: ChangeOf<'name-changed'>) => `Navn: ${c.from} → ${c.to}`,
    'substitute-changed': (c: ChangeOf<'substitute-changed'>) => `Suppleant for ${c.name}: ${c.from} → ${c.to}`,
    'email-changed': (c: ChangeOf<'email-changed'>) => `E-mail for ${c.name}: ${c.from} → ${c.to}`,
    confirmed: (c: ChangeOf<'confirmed'>) => `Oplysninger bekræftet: ${c.name} (${c.date})`,
    'chain-changed': (c: { id: string; from: string[]; to: string[] }) => `Ringe-rækkefølge "${c.id}": ${c.from.join(' → ')}  ⇒  ${c.to.join(' → ')}`,
    'press-changed': (c: { from: string[]; to: string[] }) => `Pressekontakter: ${c.from.join(', ') || 'ingen'}  ⇒  ${c.to.join(', ') || 'ingen'}`,
    'level-changed': (c: { id: string; from?: Convene; to?: Convene }) =>
      `${({ green: 'Grønt', yellow: 'Gult', red: 'Rødt' } as Record<string, string>)[c.id] ?? c.id} niveau ${c.from && c.to ? `: gruppen mødes ${conveneDa(c.from)} → ${conveneDa(c.to)}` : 'er ændret'}`.replace(' niveau :', ' niveau:'),
    'period-changed': (c: ChangeOf<'period-changed'>) => `Periode: ${c.from} → ${c.to}`,
    'signatories-changed': (c: { from: string[]; to: string[] }) => `Underskrivere: ${c.from.join(', ') || 'ingen'}  ⇒  ${c.to.join(', ') || 'ingen'}`,
    signed: (c: { name: string; version: number; date: string }) => `Underskrift: ${c.name} har underskrevet version ${c.version} (${c.date})`,
    approved: (c: { by: string; version: number; date: string }) => `Godkendelse: ${c.by} har godkendt version ${c.version} (${c.date})`,
    'content-version': (c: { from: number; to: number }) => `Planens indhold: version ${c.from} → ${c.to}`,
    'text-changed': (c: { section: string; lang: string; words: string }) => `Planens tekst, ${c.section}${c.lang === 'da' ? '' : ` (${c.lang})`}: ${c.words}`,
    'person-created': (c: ChangeOf<'person-created'>) => `Ny person i planen: ${c.name} (${c.title}, ${c.organisation})`,
    'person-deleted': (c: ChangeOf<'person-deleted'>) => `Slettet fra planen: ${c.name} (${c.title}, ${c.organisation})`,
    'organisation-added': (c: ChangeOf<'organisation-added'>) => `Ny organisation: ${c.name}`,
    'organisation-removed': (c: ChangeOf<'organisation-removed'>) => `Organisation fjernet: ${c.name}`,
    'organisation-renamed': (c: ChangeOf<'organisation-renamed'>) => `Organisation: ${c.to} (var ${c.from})`,
    'hotline-added': (c: ChangeOf<'hotline-added'>) => `Nyt døgnnummer: ${c.name} (${c.phone})`,
    'hotline-removed': (c: ChangeOf<'hotline-removed'>) => `Døgnnummer fjernet: ${c.name} (${c.phone})`,
    'hotline-changed': (c: ChangeOf<'hotline-changed'>) => `Døgnnummer ${c.name}: ${c.from} → ${c.to}`,
    'chain-added': (c: { id: string; title: string; contacts: string[] }) => `Ny ringekæde "${c.id}" (${c.title}): ${c.contacts.join(' → ')}`,
    'chain-removed': (c: { id: string; title: string; contacts: string[] }) => `Ringekæde fjernet: "${c.id}" (${c.title})`,
    'chain-title-changed': (c: ChangeOf<'chain-title-changed'>) => `Overskrift for kæden "${c.id}": ${c.from} → ${c.to}`,
    'chain-purpose-changed': (c: ChangeOf<'chain-purpose-changed'>) => `Formål for kæden "${c.id}": ${c.from} → ${c.to}`,
    'duty-added': (c: { id: string; by: string[]; informs: string }) => `Ny linje om hvem der informerer ("${c.id}"): ${c.by.join(', ')} ${c.informs}`,
    'duty-removed': (c: { id: string; by: string[]; informs: string }) => `Linje om hvem der informerer fjernet ("${c.id}"): ${c.by.join(', ')} ${c.informs}`,
    'duty-changed': (c: ChangeOf<'duty-changed'>) => `Hvem informerer ("${c.id}"): ${c.from}  ⇒  ${c.to}`,
    'adhoc-changed': (c: { from: string[]; to: string[] }) => `Ad hoc-listen: ${c.from.join(', ') || '–'}  ⇒  ${c.to.join(', ') || '–'}`,
    'workday-ends-changed': (c: ChangeOf<'workday-ends-changed'>) => `Arbejdsdagen slutter: kl. ${c.from.replace(':', '.')} → kl. ${c.to.replace(':', '.')}`,
    'days-off-changed': (c: { from: string[]; to: string[] }) => `Faste fridage: ${daysOffDa(c.from)} → ${daysOffDa(c.to)}`,
    'press-responsible-changed': (c: { from: string[]; to: string[] }) => `Koordinerer kontakten med pressen: ${c.from.join(', ')}  ⇒  ${c.to.join(', ')}`,
    'coordinator-changed': (c: ChangeOf<'coordinator-changed'>) => `Koordinator: ${c.to} (var ${c.from})`,
    'other-changed': (c: { section: string }) => `Ændret: ${SECTIONS_DA[c.section] ?? c.section}`,
  },
  lint: {
    summary: (a: { errors: number; warnings: number; notices: number; files: number }) =>
      `${antal(a.errors, 'fejl', 'fejl')}, ${antal(a.warnings, 'advarsel', 'advarsler')}` +
      (a.notices ? `, ${antal(a.notices, 'besked', 'beskeder')}` : '') +
      ` i ${antal(a.files, 'fil', 'filer')}`,
    clean: (file: string) => `${file}: ingen fejl`,
  },
});

export const da = lazy(table);

export type Messages = ReturnType<typeof da>;
