import { antal } from '../plural.js';
import { lazy } from '../lazy.js';
import type { ReviewSentences } from '../../import/extract.js';
import type { PlanFileSentences } from '../../import/read.js';
import type { LevelId } from '../../roster/schema.js';

/** Sentences of `beredskab import`: a plan document becomes a roster. */
const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** The comment at the top of an imported roster, in Danish in both tables (en/import.ts uses this one). */
export const header = (source: string, today: string) =>
  [
    ` Beredskabsplanen ${source}, læst med beredskab import ${today}.`,
    ' Alt er læst fra planens tekst; navne, titler og tekster står som i planen.',
    ' Felter mærket UDFYLD og kommentarer mærket REVIEW skal gennemgås; beredskab lint',
    ' viser de blanke felter med linje og kolonne.',
    '',
    ' Hver ændring hæver revision med én og sætter lastChanged.',
  ].join('\n');

const table = () => ({
  cli: {
    description: 'læs en beredskabsplan (.docx, .md eller .txt) og skriv en planfil ud fra den (overskriver aldrig en fil)',
    file: 'planen: et Word-dokument (.docx), markdown (.md) eller tekst (.txt)',
    output: 'planfilen der skrives (standard: roster.yaml; - for standardoutput)',
    dryRun: 'læs planen og vis hvad der skal gennemgås, men skriv intet',
  },
  refuse: {
    missing: (f) => `${f} findes ikke`,
    directory: (f) => `${f} er en mappe; angiv planens fil`,
    unreadable: (f, a) => `${f} kan ikke læses (${a.reason})`,
    'too-large': (f, a) => `${f} fylder ${mb(a.size)} MB; en beredskabsplan fylder højst ${mb(a.max)} MB. Er det den rigtige fil?`,
    'old-word': (f) => `${f} er i det gamle Word-format (.doc), som ikke kan læses. Åbn den i Word, og gem den som Word-dokument (.docx)`,
    encrypted: (f) => `${f} er beskyttet med adgangskode og kan ikke læses. Fjern adgangskoden i Word (Filer › Oplysninger › Beskyt dokument), og gem igen`,
    corrupt: (f) => `${f} er ikke et gyldigt Word-dokument (filen er beskadiget eller ikke en .docx). Åbn den i Word, og gem den igen som .docx`,
    'not-utf8': (f) => `${f} er ikke tekst i UTF-8 eller UTF-16 (Unicode); gem den som UTF-8 eller som .docx`,
    'unknown-type': (f) => `${f}: filtypen kan ikke læses; import læser Word-dokumenter (.docx), markdown (.md) og tekst (.txt)`,
    english: (f) => `${f} ser ud til at være på engelsk; import læser en dansk beredskabsplan efter Landsbyggefondens skabelon`,
    'not-plan': (f) =>
      `${f} ligner ikke en boligsocial beredskabsplan: teksten nævner hverken beredskabet eller mindst to af niveauerne grønt, gult og rødt`,
    empty: (f) => `${f} er tom`,
    exists: (f) => `${f} findes allerede; import overskriver aldrig en fil. Vælg et andet navn med --output`,
  } satisfies PlanFileSentences & { exists: (file: string) => string },
  kind: { assumption: 'antagelse', review: 'gennemgå', blank: 'udfyld' },
  where: (n?: number, line?: number) => (n === undefined ? 'hele planen' : line === undefined ? `afsnit ${n}` : `afsnit ${n}, linje ${line}`),
  fix: 'Ret med',
  fixField: 'Ret i planfilen',
  review: {
    'period-years': (a) => `Planen nævner kun årstallene ${a.from}–${a.to}; perioden er sat til 1. januar ${a.from} – 31. december ${a.to}`,
    'period-missing': () => 'Planen nævner ingen periode',
    'areas-capitals': (a) => `Boligområderne er læst fra en linje med store bogstaver; kontrollér stavemåden: ${a.areas}`,
    'areas-missing': () => 'Boligområderne kunne ikke læses',
    'municipality-missing': () => 'Kommunen kunne ikke læses',
    'workday-ends': () => 'Planen siger ikke, hvornår arbejdsdagen slutter; fristen på gult niveau falder kl. 16.00',
    'days-off': () => 'Planen nævner ingen fridage ud over helligdagene; 24. og 31. december regnes som arbejdsdage',
    'activation-day': () => 'Planen siger ikke, om aktiveringsdagen tæller med; den tæller ikke som arbejdsdag',
    'meeting-start': () => 'Planen siger ikke, om mødet skal være begyndt eller afsluttet inden fristen; fristen er overholdt, når mødet begynder inden',
    'level-missing': (a) => `${({ green: 'Grønt', yellow: 'Gult', red: 'Rødt' } satisfies Record<LevelId, string>)[a.level]} niveau findes ikke i planens niveautabel`,
    'deadline-missing': (a) => `Planen siger ikke, hvor hurtigt gruppen samles på ${a.level === 'yellow' ? 'gult' : 'rødt'} niveau; skabelonens frist er sat ind`,
    'forums-missing': () => 'De faste fora for det forebyggende arbejde (grønt) kunne ikke læses',
    'participant-unread': (a) => `Deltagerlinjen kunne ikke deles sikkert i navn, titel og organisation: "${a.text}"`,
    'phone-missing': (a) => `${a.name} står uden telefonnummer`,
    'phone-unreadable': (a) => `${a.name}s telefonnummer "${a.phone}" er ikke et gyldigt dansk nummer; feltet står til udfyldning`,
    'name-shared': (a) => `To deltagere hedder ${a.name} og har hvert sit nummer; de står som ${a.first} og ${a.second}. Kontrollér, at underskrifter og opgaver peger på den rigtige`,
    'substitute-unplaced': (a) => `Suppleanten ${a.name} kunne ikke knyttes til et medlem`,
    'coordinator-missing': () => 'Koordinatoren (den der kontaktes og inviterer alle) kunne ikke findes blandt deltagerne; indtil videre står det første medlem som koordinator',
    'police-missing': () => 'Politiets kontaktperson og kæden til politiet kunne ikke læses',
    'chain-hotline': (a) => `Ud fra teksten ringes der til ${a.name} (${a.phone}); kæden er sat til ${a.order}`,
    'hotline-organisation-missing': (a) => `Teksten siger ikke, hvilken organisation der står bag ${a.name} (${a.phone}); angiv den`,
    'duty-actor': (a) => `Det kunne ikke afgøres, hvem der har denne opgave: "${a.text}"`,
    'organiser-missing': () => 'Tovholderen for det årlige statusmøde kunne ikke findes',
    'press-missing': () => 'Pressekontakterne kunne ikke læses',
    'press-responsible-missing': () => 'Det kunne ikke læses, hvem der har ansvaret for kontakten til pressen',
    'adhoc-missing': () => 'Listen over ad hoc-deltagere kunne ikke læses',
    'signatory-unknown': (a) => `${a.name} har underskrevet, men står ikke blandt deltagerne; telefonnummeret mangler`,
    'signatures-missing': () => 'Underskrifterne kunne ikke læses',
    'alias-definite': (a) => `"${a.alias}" i underskriften er læst som ${a.name} i bestemt form`,
    'section-order': (a) => `Afsnittene står i en anden rækkefølge end i skabelonen; de er lagt i skabelonens rækkefølge, som beredskab plan skriver dem i: ${a.order}`,
    'section-unknown': (a) => `Afsnittet "${a.heading}" findes ikke i skabelonen; teksten er lagt i afsnittet før`,
    'table-unknown': () => 'En tabel kunne ikke tolkes; dens indhold står som tekst',
    'text-missing': (a) => `Teksten mangler: ${a.what}`,
  } satisfies ReviewSentences,
  reviewHeading: (n: number) => (n === 0 ? 'Intet at gennemgå.' : `At gennemgå (${n}):`),
  placeholders: {} as Record<string, string>,
  written: (file: string, people: number, organisations: number, chains: number) =>
    `${file} er skrevet: ${antal(people, 'person', 'personer')}, ${antal(organisations, 'organisation', 'organisationer')}, ${antal(chains, 'kæde', 'kæder')}.`,
  dryRun: 'Intet er skrevet (--dry-run).',
  verdict: (errors: number, warnings: number, open: number) =>
    errors === 0 && open === 0
      ? `Planfilen kan bruges: 0 fejl, ${antal(warnings, 'advarsel', 'advarsler')}. Bekræft antagelserne ovenfor, eller ret dem.`
      : `Planfilen skal gennemgås før brug: ${errors} fejl, ${antal(open, 'punkt', 'punkter')} at gennemgå eller udfylde. Kontrollér med beredskab lint.`,
  header,
  reviewComment: 'REVIEW',
  quote: (n?: number) => (n === undefined ? '' : `afsnit ${n}`),
});

export const da = lazy(table);

export type ImportMessages = ReturnType<typeof da>;
