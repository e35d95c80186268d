import type { Lang } from './index.js';
import { antal, count } from './plural.js';

/** Sentences of `beredskab import`: a plan document becomes a roster. */
type A = Record<string, string | number>;

const mb = (bytes: number | string) => Math.round(Number(bytes) / (1024 * 1024));

export const da = {
  cli: {
    description: 'læs en beredskabsplan (.docx, .md eller .txt) og skriv en planfil ud fra den (overskriver aldrig en fil)',
    file: 'planen: et Word-dokument (.docx), markdown (.md) eller tekst (.txt)',
    output: 'planfilen der skrives (standard: roster.yaml; - for standardoutput)',
    dryRun: 'læs planen og vis hvad der skal gennemgås, men skriv intet',
  },
  refuse: {
    missing: (f: string) => `${f} findes ikke`,
    directory: (f: string) => `${f} er en mappe; angiv planens fil`,
    unreadable: (f: string, a: A) => `${f} kan ikke læses (${a.reason})`,
    'too-large': (f: string, a: A) => `${f} fylder ${mb(a.size!)} MB; en beredskabsplan fylder højst ${mb(a.max!)} MB. Er det den rigtige fil?`,
    'old-word': (f: string) => `${f} er i det gamle Word-format (.doc), som ikke kan læses. Åbn den i Word, og gem den som Word-dokument (.docx)`,
    encrypted: (f: string) => `${f} er beskyttet med adgangskode og kan ikke læses. Fjern adgangskoden i Word (Filer › Oplysninger › Beskyt dokument), og gem igen`,
    corrupt: (f: string) => `${f} er ikke et gyldigt Word-dokument (filen er beskadiget eller ikke en .docx). Åbn den i Word, og gem den igen som .docx`,
    'not-utf8': (f: string) => `${f} er ikke tekst i UTF-8 eller UTF-16 (Unicode); gem den som UTF-8 eller som .docx`,
    'unknown-type': (f: string) => `${f}: filtypen kan ikke læses; import læser Word-dokumenter (.docx), markdown (.md) og tekst (.txt)`,
    english: (f: string) => `${f} ser ud til at være på engelsk; import læser en dansk beredskabsplan efter Landsbyggefondens skabelon`,
    'not-plan': (f: string) =>
      `${f} ligner ikke en boligsocial beredskabsplan: teksten nævner hverken beredskabet eller mindst to af niveauerne grønt, gult og rødt`,
    empty: (f: string) => `${f} er tom`,
    exists: (f: string) => `${f} findes allerede; import overskriver aldrig en fil. Vælg et andet navn med --output`,
  },
  kind: { assumption: 'antagelse', review: 'gennemgå', blank: 'udfyld' },
  where: (n?: number, line?: number) => (n === undefined ? 'hele planen' : line === undefined ? `afsnit ${n}` : `afsnit ${n}, linje ${line}`),
  fix: 'Ret med',
  fixField: 'Ret i planfilen',
  review: {
    'period-years': (a: A) => `Planen nævner kun årstallene ${a.from}–${a.to}; perioden er sat til 1. januar ${a.from} – 31. december ${a.to}`,
    'period-missing': () => 'Planen nævner ingen periode',
    'areas-capitals': (a: A) => `Boligområderne er læst fra en linje med store bogstaver; kontrollér stavemåden: ${a.areas}`,
    'areas-missing': () => 'Boligområderne kunne ikke læses',
    'municipality-missing': () => 'Kommunen kunne ikke læses',
    'workday-ends': () => 'Planen siger ikke, hvornår arbejdsdagen slutter; fristen på gult niveau falder kl. 16.00',
    'days-off': () => 'Planen nævner ingen fridage ud over helligdagene; 24. og 31. december regnes som arbejdsdage',
    'activation-day': () => 'Planen siger ikke, om aktiveringsdagen tæller med; den tæller ikke som arbejdsdag',
    'meeting-start': () => 'Planen siger ikke, om mødet skal være begyndt eller afsluttet inden fristen; fristen er overholdt, når mødet begynder inden',
    'level-missing': (a: A) => `${({ green: 'Grønt', yellow: 'Gult', red: 'Rødt' } as Record<string, string>)[String(a.level)] ?? a.level} niveau findes ikke i planens niveautabel`,
    'deadline-missing': (a: A) => `Planen siger ikke, hvor hurtigt gruppen samles på ${a.level === 'yellow' ? 'gult' : 'rødt'} niveau; skabelonens frist er sat ind`,
    'forums-missing': () => 'De faste fora for det forebyggende arbejde (grønt) kunne ikke læses',
    'participant-unread': (a: A) => `Deltagerlinjen kunne ikke deles sikkert i navn, titel og organisation: "${a.text}"`,
    'phone-missing': (a: A) => `${a.name} står uden telefonnummer`,
    'phone-unreadable': (a: A) => `${a.name}s telefonnummer "${a.phone}" er ikke et gyldigt dansk nummer; feltet står til udfyldning`,
    'name-shared': (a: A) => `To deltagere hedder ${a.name} og har hvert sit nummer; de står som ${a.first} og ${a.second}. Kontrollér, at underskrifter og opgaver peger på den rigtige`,
    'substitute-unplaced': (a: A) => `Suppleanten ${a.name} kunne ikke knyttes til et medlem`,
    'coordinator-missing': () => 'Koordinatoren (den der kontaktes og inviterer alle) kunne ikke findes blandt deltagerne; indtil videre står det første medlem som koordinator',
    'police-missing': () => 'Politiets kontaktperson og kæden til politiet kunne ikke læses',
    'chain-hotline': (a: A) => `Ud fra teksten ringes der til ${a.name} (${a.phone}); kæden er sat til ${a.order}`,
    'duty-actor': (a: A) => `Det kunne ikke afgøres, hvem der har denne opgave: "${a.text}"`,
    'organiser-missing': () => 'Tovholderen for det årlige statusmøde kunne ikke findes',
    'press-missing': () => 'Pressekontakterne kunne ikke læses',
    'press-responsible-missing': () => 'Det kunne ikke læses, hvem der har ansvaret for kontakten til pressen',
    'adhoc-missing': () => 'Listen over ad hoc-deltagere kunne ikke læses',
    'signatory-unknown': (a: A) => `${a.name} har underskrevet, men står ikke blandt deltagerne; telefonnummeret mangler`,
    'signatures-missing': () => 'Underskrifterne kunne ikke læses',
    'alias-definite': (a: A) => `"${a.alias}" i underskriften er læst som ${a.name} i bestemt form`,
    'section-order': (a: A) => `Afsnittene står i en anden rækkefølge end i skabelonen; de er lagt i skabelonens rækkefølge, som beredskab plan skriver dem i: ${a.order}`,
    'section-unknown': (a: A) => `Afsnittet "${a.heading}" findes ikke i skabelonen; teksten er lagt i afsnittet før`,
    'table-unknown': () => 'En tabel kunne ikke tolkes; dens indhold står som tekst',
    'text-missing': (a: A) => `Teksten mangler: ${a.what}`,
  },
  reviewHeading: (n: number) => (n === 0 ? 'Intet at gennemgå.' : `At gennemgå (${n}):`),
  placeholders: {} as Record<string, string>,
  written: (file: string, people: number, organisations: number, chains: number) =>
    `${file} er skrevet: ${antal(people, 'person', 'personer')}, ${antal(organisations, 'organisation', 'organisationer')}, ${antal(chains, 'kæde', 'kæder')}.`,
  dryRun: 'Intet er skrevet (--dry-run).',
  verdict: (errors: number, warnings: number, open: number) =>
    errors === 0 && open === 0
      ? `Planfilen kan bruges: 0 fejl, ${antal(warnings, 'advarsel', 'advarsler')}. Bekræft antagelserne ovenfor, eller ret dem.`
      : `Planfilen skal gennemgås før brug: ${errors} fejl, ${antal(open, 'punkt', 'punkter')} at gennemgå eller udfylde. Kontrollér med beredskab lint.`,
  header: (source: string, today: string) =>
    [
      ` Beredskabsplanen ${source}, læst med beredskab import ${today}.`,
      ' Alt er læst fra planens tekst; navne, titler og tekster står som i planen.',
      ' Felter mærket UDFYLD og kommentarer mærket REVIEW skal gennemgås; beredskab lint',
      ' viser de blanke felter med linje og kolonne.',
      '',
      ' Hver ændring hæver revision med én og sætter lastChanged.',
    ].join('\n'),
  reviewComment: 'REVIEW',
  quote: (n?: number) => (n === undefined ? '' : `afsnit ${n}`),
};

export const en: typeof da = {
  cli: {
    description: 'read a preparedness plan (.docx, .md or .txt) and write a roster from it (never overwrites a file)',
    file: 'the plan: a Word document (.docx), markdown (.md) or text (.txt)',
    output: 'the roster to write (default: roster.yaml; - for standard output)',
    dryRun: 'read the plan and show what needs review, but write nothing',
  },
  refuse: {
    missing: (f: string) => `${f} does not exist`,
    directory: (f: string) => `${f} is a directory; name the plan's file`,
    unreadable: (f: string, a: A) => `${f} cannot be read (${a.reason})`,
    'too-large': (f: string, a: A) => `${f} is ${mb(a.size!)} MB; a preparedness plan is at most ${mb(a.max!)} MB. Is it the right file?`,
    'old-word': (f: string) => `${f} is in the old Word format (.doc), which cannot be read. Open it in Word and save it as a Word document (.docx)`,
    encrypted: (f: string) => `${f} is password-protected and cannot be read. Remove the password in Word (File › Info › Protect Document) and save again`,
    corrupt: (f: string) => `${f} is not a valid Word document (the file is damaged or not a .docx). Open it in Word and save it again as .docx`,
    'not-utf8': (f: string) => `${f} is not UTF-8 or UTF-16 (Unicode) text; save it as UTF-8 or as .docx`,
    'unknown-type': (f: string) => `${f}: this file type cannot be read; import reads Word documents (.docx), markdown (.md) and text (.txt)`,
    english: (f: string) => `${f} appears to be in English; import reads a Danish preparedness plan on Landsbyggefonden's template`,
    'not-plan': (f: string) =>
      `${f} does not look like a social-housing preparedness plan: the text names neither the preparedness group nor at least two of the levels green, yellow and red`,
    empty: (f: string) => `${f} is empty`,
    exists: (f: string) => `${f} already exists; import never overwrites a file. Choose another name with --output`,
  },
  kind: { assumption: 'assumption', review: 'review', blank: 'fill in' },
  where: (n?: number, line?: number) => (n === undefined ? 'whole plan' : line === undefined ? `paragraph ${n}` : `paragraph ${n}, line ${line}`),
  fix: 'Change with',
  fixField: 'Change in the roster',
  review: {
    'period-years': (a: A) => `The plan names only the years ${a.from}–${a.to}; the period is set to 1 January ${a.from} – 31 December ${a.to}`,
    'period-missing': () => 'The plan names no period',
    'areas-capitals': (a: A) => `The housing areas were read from a line in capitals; check the spelling: ${a.areas}`,
    'areas-missing': () => 'The housing areas could not be read',
    'municipality-missing': () => 'The municipality could not be read',
    'workday-ends': () => 'The plan does not say when the working day ends; the yellow deadline falls at 16:00',
    'days-off': () => 'The plan names no days off beyond the public holidays; 24 and 31 December count as working days',
    'activation-day': () => 'The plan does not say whether the activation day counts; it does not count as a working day',
    'meeting-start': () => 'The plan does not say whether the meeting must have started or ended by the deadline; it is met when the meeting starts by then',
    'level-missing': (a: A) => `The ${({ green: 'green', yellow: 'yellow', red: 'red' } as Record<string, string>)[String(a.level)] ?? a.level} level is not in the plan's level table`,
    'deadline-missing': (a: A) => `The plan does not say how soon the group meets at ${a.level === 'yellow' ? 'yellow' : 'red'}; the template's deadline is used`,
    'forums-missing': () => 'The regular forums of the preventive work (green) could not be read',
    'participant-unread': (a: A) => `The participant line could not be split safely into name, title and organisation: "${a.text}"`,
    'phone-missing': (a: A) => `${a.name} has no phone number`,
    'phone-unreadable': (a: A) => `${a.name}'s phone number "${a.phone}" is not a valid Danish number; the field is left to fill in`,
    'name-shared': (a: A) => `Two participants are called ${a.name} and have different numbers; they are ${a.first} and ${a.second}. Check that signatures and duties point at the right one`,
    'substitute-unplaced': (a: A) => `The substitute ${a.name} could not be linked to a member`,
    'coordinator-missing': () => 'The coordinator (who is contacted and invites everyone) was not found among the participants; for now the first member stands as coordinator',
    'police-missing': () => "The police contact and the chain to the police could not be read",
    'chain-hotline': (a: A) => `From the text, ${a.name} (${a.phone}) is called; the chain is set to ${a.order}`,
    'duty-actor': (a: A) => `Who carries out this duty could not be determined: "${a.text}"`,
    'organiser-missing': () => 'The organiser of the annual status meeting was not found',
    'press-missing': () => 'The press contacts could not be read',
    'press-responsible-missing': () => 'Who is responsible for contact with the press could not be read',
    'adhoc-missing': () => 'The list of ad hoc participants could not be read',
    'signatory-unknown': (a: A) => `${a.name} signed but is not among the participants; the phone number is missing`,
    'signatures-missing': () => 'The signatures could not be read',
    'alias-definite': (a: A) => `"${a.alias}" in the signature was read as the definite form of ${a.name}`,
    'section-order': (a: A) => `The sections are in another order than the template's; they are kept in the template's order, in which beredskab plan prints them: ${a.order}`,
    'section-unknown': (a: A) => `The section "${a.heading}" is not in the template; its text is kept in the section before`,
    'table-unknown': () => 'A table could not be interpreted; its content is kept as text',
    'text-missing': (a: A) => `Text missing: ${a.what}`,
  },
  reviewHeading: (n: number) => (n === 0 ? 'Nothing to review.' : `To review (${n}):`),
  placeholders: { NAVN: 'NAME', NUMMER: 'NUMBER', TITEL: 'TITLE', TEKST: 'TEXT', 'ÅÅÅÅ-MM-DD': 'YYYY-MM-DD', 'TT:MM': 'HH:MM', MEDLEM: 'MEMBER', FIL: 'FILE' },
  written: (file: string, people: number, organisations: number, chains: number) =>
    `${file} written: ${count(people, 'person', 'people')}, ${count(organisations, 'organisation', 'organisations')}, ${count(chains, 'chain', 'chains')}.`,
  dryRun: 'Nothing written (--dry-run).',
  verdict: (errors: number, warnings: number, open: number) =>
    errors === 0 && open === 0
      ? `The roster can be used: 0 errors, ${count(warnings, 'warning', 'warnings')}. Confirm the assumptions above, or change them.`
      : `The roster needs review before use: ${count(errors, 'error', 'errors')}, ${count(open, 'item', 'items')} to review or fill in. Check with beredskab lint.`,
  header: da.header,
  reviewComment: 'REVIEW',
  quote: (n?: number) => (n === undefined ? '' : `paragraph ${n}`),
};

export type ImportMessages = typeof da;

export function importMessages(lang: Lang): ImportMessages {
  return lang === 'en' ? en : da;
}
