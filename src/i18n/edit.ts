import { antal, count } from './plural.js';
import type { Lang } from './index.js';

/** Sentences of the commands that change a roster (init, person, member, substitute, confirm, organisation, plan). */
type A = Record<string, string>;
type Problem = import('../roster/yamledit.js').YamlEditProblem;

const where = (path: string | undefined, da: boolean) => (path ? (da ? ` ved ${path}` : ` at ${path}`) : '');
const cannotEditDa: Record<Problem, (path?: string) => string> = {
  'not-a-sequence': (p) => `der står ikke en liste${where(p, true)}`,
  'not-a-mapping': (p) => `der står ikke nøgler og værdier${where(p, true)}`,
  'not-a-scalar': (p) => `der står ikke en enkelt værdi${where(p, true)}`,
  missing: (p) => `der står intet${where(p, true)}`,
  'reads-back-otherwise': () => 'den ændrede fil ville ikke læses som netop denne ændring',
};
const cannotEditEn: Record<Problem, (path?: string) => string> = {
  'not-a-sequence': (p) => `there is no list${where(p, false)}`,
  'not-a-mapping': (p) => `there are no keys and values${where(p, false)}`,
  'not-a-scalar': (p) => `there is no single value${where(p, false)}`,
  missing: (p) => `there is nothing${where(p, false)}`,
  'reads-back-otherwise': () => 'the changed file would not read as exactly this change',
};

export const da = {
  cli: {
    dryRun: 'vis ændringen som beredskab diff ville, og skriv intet',
    personDescription: 'tilføj en person eller ret en persons oplysninger',
    personAdd: 'tilføj en person til planen',
    personSet: 'ret en persons navn, titel, organisation, telefon eller e-mail',
    memberDescription: 'beredskabsgruppens medlemmer: tilføj, fjern eller erstat',
    memberAdd: 'gør en person i planen til medlem af beredskabsgruppen',
    memberRemove: 'fjern et medlem fra gruppen (kun når organisationen stadig har et medlem)',
    memberReplace: 'en efterfølger overtager et medlems plads alle steder (ikke i underskrifterne)',
    substituteDescription: 'suppleanter for gruppens medlemmer',
    substituteSet: 'sæt suppleanten for et medlem',
    confirmDescription: 'notér at personers oplysninger er kontrolleret (confirmed)',
    organisationDescription: 'organisationerne bag planen',
    organisationAdd: 'tilføj en organisation',
    organisationSet: 'ret en organisations navn',
    planSet: 'ret planens titel, kommune, periode eller boligområder',
    initDescription: 'opret en ny planfil efter Landsbyggefondens skabelon (overskriver aldrig en fil)',
    initFile: 'filen der oprettes (standard: roster.yaml)',
    id: 'personens id (tekst, fx anne-andersen)',
    memberId: 'medlemmets id',
    personId: 'personens id',
    ids: 'id på personerne',
    name: 'navn',
    title: 'titel',
    organisation: 'organisationens id',
    phone: 'dansk telefonnummer, fx "31 31 31 31"',
    email: 'e-mailadresse',
    newId: 'id for den nye person (standard: navnet, fx anne-andersen)',
    orgId: 'organisationens id (standard: navnet, fx lejerbo)',
    orgName: 'organisationens navn',
    substitute: 'suppleantens id',
    date: 'datoen for kontrollen, ÅÅÅÅ-MM-DD (standard: i dag)',
    planTitle: 'planens titel',
    municipality: 'kommunens navn',
    area: 'et boligområde (kan gives flere gange; erstatter listen)',
    start: 'periodens første dag, ÅÅÅÅ-MM-DD',
    end: 'periodens sidste dag, ÅÅÅÅ-MM-DD',
  },
  refusal: {
    'unknown-person': (a: A) => `der er ingen person med id'et "${a.id}" i planen; kendte id'er: ${a.known}`,
    'unknown-organisation': (a: A) => `der er ingen organisation med id'et "${a.id}"; kendte id'er: ${a.known}`,
    'not-a-member': (a: A) => `"${a.id}" er ikke medlem af beredskabsgruppen`,
    'already-member': (a: A) => `"${a.id}" er allerede medlem af beredskabsgruppen`,
    'phone-invalid': (a: A) => `"${a.phone}" er ikke et gyldigt dansk telefonnummer (8 cifre, fx 31 31 31 31) eller et servicenummer (112, 114)`,
    'email-invalid': (a: A) => `"${a.email}" er ikke en e-mailadresse`,
    'id-taken': (a: A) => `id'et "${a.id}" er allerede brugt i planen; vælg et andet med --id`,
    'id-invalid': (a: A) => `"${a.id}" kan ikke bruges som id; brug små bogstaver, cifre og bindestreg (fx anne-andersen) med --id`,
    'no-successor': (a: A) =>
      `${a.name} kan ikke fjernes: ingen anden fra ${a.organisation} er med i gruppen. ${a.organisation} skal udpege en efterfølger; brug beredskab member replace`,
    'nothing-to-change': () => `intet at ændre; angiv mindst ét tilvalg`,
    'not-in-place': (a: A) => `${a.name} er koordinator (${a.where}); brug beredskab member replace for at give pladsen videre`,
    'empty-value': (a: A) => `${a.option} må ikke være tom`,
    'cannot-edit': (a: A) => `denne ændring kan ikke laves automatisk i filen, som den er skrevet (${cannotEditDa[a.problem as Problem](a.path)}); ret filen i en editor`,
  },
  note: {
    'still-referenced': (a: A) => `${a.name} (${a.id}) står stadig i people, fordi underskrifterne (${a.where}) nævner personen; underskrifterne er historik og ændres ikke`,
  },
  fixFirst: (file: string) => `${file} indeholder allerede fejl; ret dem først (beredskab lint ${file}). Intet er skrevet`,
  wouldBreak: (file: string) => `ændringen ville give fejl i ${file} (se ovenfor); intet er skrevet`,
  readOnly: (file: string) => `${file} er skrivebeskyttet; intet er skrevet`,
  noRoster: 'Der er ingen roster.yaml her, og den medfølgende plan for Randers kan ikke ændres; angiv din egen med --roster eller BEREDSKAB_ROSTER, eller lav en ny med beredskab init',
  notRegular: (file: string) => `${file} er ikke en almindelig fil; intet er skrevet`,
  changedMeanwhile: (file: string) => `${file} er ændret af en anden i mellemtiden; intet er skrevet. Prøv igen`,
  busy: (file: string, lock: string) => `${file} ændres lige nu af en anden kommando; intet er skrevet. Prøv igen om lidt (kører ingen anden, så slet ${lock})`,
  unchanged: (file: string) => `Intet at ændre: ${file} er som før; intet er skrevet, og revisionen er den samme`,
  confirmedFuture: (date: string, today: string) => `--date: ${date} ligger efter i dag (${today}); en bekræftelse kan ikke ligge i fremtiden`,
  written: (file: string, from: number, to: number) => `${file} er opdateret (revision ${from} → ${to}).`,
  dryRun: 'Prøvekørsel: intet er skrevet.',
  tell: 'Giv besked:',
  emptyValue: (option: string) => `${option} må ikke være tom`,
  initExists: (file: string) => `${file} findes allerede; init overskriver aldrig en fil. Vælg et andet filnavn`,
  initDone: (file: string, blanks: number) =>
    `${file} er oprettet efter Landsbyggefondens skabelon. ${antal(blanks, 'felt', 'felter')} mærket UDFYLD skal udfyldes; beredskab lint ${file} viser dem.`,
  initNext: (file: string) =>
    [
      'Næste skridt:',
      `  beredskab --roster ${file} member replace koordinator --name NAVN --title TITEL --phone NUMMER`,
      `  beredskab --roster ${file} organisation set politi --name "Østjyllands Politi"`,
      `  beredskab lint ${file}`,
    ].join('\n'),
};

export const en: typeof da = {
  cli: {
    dryRun: 'show the change as beredskab diff would, and write nothing',
    personDescription: 'add a person or change a person’s details',
    personAdd: 'add a person to the plan',
    personSet: 'change a person’s name, title, organisation, phone or e-mail',
    memberDescription: 'the group’s members: add, remove or replace',
    memberAdd: 'make a person in the plan a member of the group',
    memberRemove: 'remove a member from the group (only while the organisation still has a member)',
    memberReplace: 'a successor takes a member’s place everywhere (not in the signatures)',
    substituteDescription: 'substitutes for the group’s members',
    substituteSet: 'set a member’s substitute',
    confirmDescription: 'record that people’s details were checked (confirmed)',
    organisationDescription: 'the organisations behind the plan',
    organisationAdd: 'add an organisation',
    organisationSet: 'change an organisation’s name',
    planSet: 'change the plan’s title, municipality, period or areas',
    initDescription: 'create a new roster on Landsbyggefonden’s template (never overwrites a file)',
    initFile: 'the file to create (default: roster.yaml)',
    id: 'the person’s id (e.g. anne-andersen)',
    memberId: 'the member’s id',
    personId: 'the person’s id',
    ids: 'ids of the people',
    name: 'name',
    title: 'title',
    organisation: 'the organisation’s id',
    phone: 'Danish phone number, e.g. "31 31 31 31"',
    email: 'e-mail address',
    newId: 'id of the new person (default: from the name, e.g. anne-andersen)',
    orgId: 'the organisation’s id (default: from the name, e.g. lejerbo)',
    orgName: 'the organisation’s name',
    substitute: 'the substitute’s id',
    date: 'the date of the check, YYYY-MM-DD (default: today)',
    planTitle: 'the plan’s title',
    municipality: 'the municipality’s name',
    area: 'a housing area (may be given several times; replaces the list)',
    start: 'first day of the period, YYYY-MM-DD',
    end: 'last day of the period, YYYY-MM-DD',
  },
  refusal: {
    'unknown-person': (a: A) => `there is no person with the id "${a.id}" in the plan; known ids: ${a.known}`,
    'unknown-organisation': (a: A) => `there is no organisation with the id "${a.id}"; known ids: ${a.known}`,
    'not-a-member': (a: A) => `"${a.id}" is not a member of the group`,
    'already-member': (a: A) => `"${a.id}" is already a member of the group`,
    'phone-invalid': (a: A) => `"${a.phone}" is not a valid Danish phone number (8 digits, e.g. 31 31 31 31) or a service number (112, 114)`,
    'email-invalid': (a: A) => `"${a.email}" is not an e-mail address`,
    'id-taken': (a: A) => `the id "${a.id}" is already used in the plan; choose another with --id`,
    'id-invalid': (a: A) => `"${a.id}" cannot be used as an id; use lowercase letters, digits and hyphens (e.g. anne-andersen) with --id`,
    'no-successor': (a: A) =>
      `${a.name} cannot be removed: nobody else from ${a.organisation} is in the group. ${a.organisation} must name a successor; use beredskab member replace`,
    'nothing-to-change': () => `nothing to change; give at least one option`,
    'not-in-place': (a: A) => `${a.name} is the coordinator (${a.where}); use beredskab member replace to hand the place on`,
    'empty-value': (a: A) => `${a.option} must not be empty`,
    'cannot-edit': (a: A) => `this change cannot be made automatically in the file as it is written (${cannotEditEn[a.problem as Problem](a.path)}); edit the file in an editor`,
  },
  note: {
    'still-referenced': (a: A) => `${a.name} (${a.id}) stays in people because the signatures (${a.where}) name them; the signatures are history and are not changed`,
  },
  fixFirst: (file: string) => `${file} already has errors; fix them first (beredskab lint ${file}). Nothing was written`,
  wouldBreak: (file: string) => `the change would leave errors in ${file} (see above); nothing was written`,
  readOnly: (file: string) => `${file} is read-only; nothing was written`,
  noRoster: 'There is no roster.yaml here, and the shipped Randers plan cannot be changed; name your own with --roster or BEREDSKAB_ROSTER, or make a new one with beredskab init',
  notRegular: (file: string) => `${file} is not a regular file; nothing was written`,
  changedMeanwhile: (file: string) => `${file} was changed by someone else meanwhile; nothing was written. Try again`,
  busy: (file: string, lock: string) => `${file} is being changed by another command right now; nothing was written. Try again shortly (if none is running, delete ${lock})`,
  unchanged: (file: string) => `Nothing to change: ${file} is as it was; nothing was written, and the revision is the same`,
  confirmedFuture: (date: string, today: string) => `--date: ${date} is after today (${today}); a confirmation cannot lie in the future`,
  written: (file: string, from: number, to: number) => `${file} updated (revision ${from} → ${to}).`,
  dryRun: 'Dry run: nothing was written.',
  tell: 'Tell:',
  emptyValue: (option: string) => `${option} must not be empty`,
  initExists: (file: string) => `${file} already exists; init never overwrites a file. Choose another file name`,
  initDone: (file: string, blanks: number) =>
    `${file} created on Landsbyggefonden’s template. ${count(blanks, 'field', 'fields')} marked UDFYLD must be filled in; beredskab lint ${file} lists them.`,
  initNext: (file: string) =>
    [
      'Next steps:',
      `  beredskab --roster ${file} member replace koordinator --name NAME --title TITLE --phone NUMBER`,
      `  beredskab --roster ${file} organisation set politi --name "Østjyllands Politi"`,
      `  beredskab lint ${file}`,
    ].join('\n'),
};

export type EditMessages = typeof da;

export function editMessages(lang: Lang): EditMessages {
  return lang === 'en' ? en : da;
}
