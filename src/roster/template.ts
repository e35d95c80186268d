import { stringify } from 'yaml';
import { slugOf } from './edit.js';
import { BLANK_MARK } from './rules.js';
import type { Interpretations } from './schema.js';

export interface TemplateInput {
  municipality: string;
  title: string;
  areas: readonly string[];
  /** ISO date: the first lastChanged, and the year the period starts. */
  today: string;
  /** The choices the plan leaves open, as the parties agreed them; those not given take their defaults. */
  interpretations?: Interpretations;
}

/** A value from the command line as a YAML scalar on one line, quoted where YAML needs it. */
const q = (value: string): string => {
  const out = stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
  return out.includes('\n') ? JSON.stringify(value) : out;
};
const blank = (hint: string) => `"${BLANK_MARK}: ${hint}"`;

/**
 * A new roster on Landsbyggefonden's template for a boligsocial beredskabsplan: the three levels with their standard
 * meanings and convening rules, every section with a word on what belongs there, and the details only the area knows
 * marked as blanks, which `lint` lists until they are filled in.
 */
export function rosterTemplate(input: TemplateInput): string {
  const year = Number(input.today.slice(0, 4));
  const municipalityId = slugOf(input.municipality) || 'kommunen';
  const areas = input.areas.length ? input.areas.map((a) => `    - ${q(a)}`) : [`    - ${blank('boligområdets navn')}`];
  return `# Boligsocial beredskabsplan efter Landsbyggefondens skabelon, oprettet med
# beredskab init. Felter mærket ${BLANK_MARK} skal udfyldes, før planen kan bruges;
# beredskab lint viser dem hver med linje og kolonne. Udfyld dem med kommandoerne
# (se beredskab --help), så revision og lastChanged følger med:
#   beredskab member replace koordinator --name NAVN --title TITEL --phone NUMMER
#   beredskab organisation set politi --name "Østjyllands Politi"
#
# Hver ændring hæver revision med én og sætter lastChanged.
schemaVersion: 1
revision: 1
lastChanged: ${input.today}

# Planen: titel, kommune, periode, boligområder og de faste tekster fra skabelonen.
plan:
  title: ${q(input.title)}
  municipality: ${q(input.municipality)}
  # Perioden for den boligsociale helhedsplan (beredskab plan set --start --end).
  period:
    start: ${year}-01-01
    end: ${year + 4}-12-31
  # Boligområderne planen dækker.
  areas:
${areas.join('\n')}
  timezone: Europe/Copenhagen
  purpose:
    da: >-
      At sikre en koordineret indsats og ansvarsfordeling, når situationer i
      boligområderne kræver, at der handles og/eller orienteres, og at skabe ro
      og afklarethed gennem information til og aktivering af lokale netværk.
    en: >-
      To ensure a coordinated effort and a clear division of responsibility when
      situations in the housing areas call for action and/or information, and
      to create calm and clarity by informing and activating local networks.
  # Det årlige beredskabsmøde; kommunen er tovholder.
  statusMeeting:
    frequency: annual
    organiser: ${municipalityId}
    purpose:
      da: >-
        Gennemgår og evaluerer årets aftalte indsatser og drøfter den generelle
        situation i boligområderne for at styrke samarbejdet og det
        kriminalitetsforebyggende arbejde.
      en: >-
        Review and evaluate the year's agreed actions and discuss the general
        situation in the housing areas, to strengthen cooperation and crime
        prevention.
  informationSharing:
    da: >-
      Politi og kommune kan dele oplysninger inden for retsplejelovens § 115.
      Gruppen vurderer i fællesskab, hvad der kan videregives til ad
      hoc-personer, beboere og afdelingsbestyrelser.
    en: >-
      Police and municipality may share information within section 115 of the
      Administration of Justice Act. The group decides together what may be
      passed on to ad hoc participants, residents and tenant boards.
  evaluation:
    da: >-
      Når det boligsociale beredskab har været aktiveret, vurderer
      beredskabsgruppen, hvorvidt der skal foretages en evaluering af indsatsen
      inden det årlige beredskabsmøde. En eventuel evaluering skal foreligge
      umiddelbart efter, at beredskabet har været aktiveret.
    en: >-
      When the plan has been activated, the group decides whether the response
      is to be evaluated before the annual meeting. Any evaluation must be ready
      immediately after the activation.
  commission:
    da: Der er ikke udarbejdet et kommissorium.
    en: No terms of reference have been drawn up.

# Arbejdsdagens slutning (fristen på gult niveau) og fridage ud over helligdagene.
calendar:
  workdayEnds: "16:00"
  customaryDaysOff: []
  extraDaysOff: []

# De tre niveauer med skabelonens betydning og regler for, hvornår gruppen mødes.
levels:
  green:
    name: { da: Grønt, en: Green }
    meaning:
      da: Det generelle, forebyggende arbejde.
      en: The general, preventive work.
    # Grønt: intet møde i beredskabsgruppen; arbejdet sker i de faste fora.
    convene:
      type: none
      forums:
        - { da: 'de ordinære, fælles mødefora', en: the ordinary joint forums }
  yellow:
    name: { da: Gult, en: Yellow }
    meaning:
      da: >-
        Foregribende indsatser: en tilbagevendende eller begyndende tilspidsning
        af konflikter i området, som bør håndteres hurtigt.
      en: >-
        Pre-emptive action: a recurring or emerging escalation of conflicts in
        the area that should be dealt with quickly.
    examples:
      - { da: uro og konflikt mellem grupperinger, en: unrest and conflict between groups }
      - { da: omfattende hærværk, en: extensive vandalism }
    # Gult: gruppen mødes inden for 3 arbejdsdage.
    convene:
      type: working-days
      days: 3
  red:
    name: { da: Rødt, en: Red }
    meaning:
      da: >-
        Indgribende indsatser: konfliktfyldte episoder, der kræver akut handling
        for at undgå et eskalerende konfliktniveau.
      en: >-
        Intervention: conflict-ridden incidents that call for immediate action
        to keep the conflict from escalating.
    examples:
      - { da: ildspåsættelse, en: arson }
      - { da: overfald, en: assault }
      - { da: trusler mod medarbejdere, en: threats against staff }
    # Rødt: gruppen mødes inden for 24 timer.
    convene:
      type: hours
      hours: 24
    instructions:
      da: I akutte krisesituationer følger parterne som udgangspunkt politiets anvisninger og støtter op herom.
      en: In acute crises the parties as a rule follow the police's instructions and support them.

# Organisationerne bag planen (beredskab organisation add/set).
organisations:
  - id: ${municipalityId}
    name: ${q(input.municipality)}
  - id: politi
    name: ${blank('politikredsens navn, fx Østjyllands Politi')}
  - id: boligorganisation
    name: ${blank('boligorganisationens navn')}

# Personerne i planen (beredskab person add/set, member replace).
people:
  - id: koordinator
    name: ${blank('koordinatorens navn')}
    title: ${blank('koordinatorens titel')}
    organisation: ${municipalityId}
    phone: ${blank('koordinatorens telefonnummer')}
  - id: politi-kontakt
    name: ${blank('politiets kontaktperson')}
    title: ${blank('kontaktpersonens titel')}
    organisation: politi
    phone: ${blank('kontaktpersonens telefonnummer')}
  - id: bolig-kontakt
    name: ${blank('boligorganisationens kontaktperson')}
    title: ${blank('kontaktpersonens titel')}
    organisation: boligorganisation
    phone: ${blank('kontaktpersonens telefonnummer')}

# Numre, der altid svarer; politiets 114 gælder i hele landet.
hotlines:
  - id: politi-vagtchef
    name: { da: Politiets vagtchef, en: Police duty officer }
    organisation: politi
    phone: "114"

# Beredskabsgruppen, koordinatoren og hvem der holder oplysningerne opdaterede.
group:
  members:
    - person: koordinator
    - person: politi-kontakt
    - person: bolig-kontakt
  coordinator: koordinator
  coordinatorDuty:
    da: Kontaktes ved aktivering og sørger for, at alle bliver inviteret til mødet.
    en: Is contacted on activation and makes sure everyone is invited to the meeting.
  updates:
    da: >-
      Deltagerne holder selv oplysningerne opdaterede. Fratræder en deltager,
      udpeger organisationen en efterfølger og giver besked til koordinatoren.
    en: >-
      Members keep their own details current. If a member leaves, the
      organisation names a successor and tells the coordinator.

# Hvem der kan indkaldes efter behov.
adHoc:
  - { da: brandvæsenet, en: the fire service }
  - { da: skolen, en: the school }
  - { da: opsøgende medarbejdere, en: outreach workers }

# Hvem der kan aktivere beredskabet, og hvem der ringes til i hvilken rækkefølge.
activation:
  initiative:
    da: >-
      Alle medlemmer af beredskabet kan aktivere det ved gule og røde
      situationer. Andre kan henvende sig til et medlem, som så vurderer, om
      beredskabet skal aktiveres.
    en: >-
      Any member may activate the plan in yellow and red situations. Others
      turn to a member, who decides whether to activate it.
  chains:
    - id: politi
      title: { da: Ring til politiet, en: Call the police }
      purpose:
        da: Politiet afdækker situationen og afklarer, om der skal aktiveres på rødt eller gult niveau.
        en: The police assess the situation and confirm whether to activate at red or yellow.
      contacts: [politi-kontakt, politi-vagtchef]
    - id: koordinator
      title: { da: Kontakt koordinatoren, en: Contact the coordinator }
      purpose:
        da: Koordinatoren inviterer hele beredskabsgruppen til mødet.
        en: The coordinator invites the whole group to the meeting.
      contacts: [koordinator]

# Hvem informerer hvem under en aktivering.
communication:
  - id: beboere
    by: [koordinator]
    informs:
      da: informerer beboerne og afdelingsbestyrelserne
      en: informs residents and tenant boards
    when: { da: hvis det er aftalt med beredskabsgruppen, en: when agreed with the group }
  - id: egen-organisation
    by: [koordinator, politi-kontakt, bolig-kontakt]
    informs:
      da: orienterer hver sin egen organisation
      en: each inform their own organisation

# Pressen: hvem koordinerer, og hvem inddrages.
press:
  responsible: [politi, ${municipalityId}]
  agreement:
    da: >-
      Politi og kommune koordinerer kommunikationen til pressen og inddrager
      deres kommunikationsafdelinger.
    en: >-
      Police and municipality coordinate communication with the press and
      involve their communication departments.
  contacts: [koordinator]

# Underskrifterne, som de står i den godkendte plan; udfyldes når planen er underskrevet.
signatories: []
${interpretationsYaml(input.interpretations ?? {})}
${templateText(input)}`;
}

/**
 * The choices the plan leaves open: those the parties agreed, and every choice with its default in a comment, so the
 * file says what an absent one means.
 */
function interpretationsYaml(given: Interpretations): string {
  const lines = [
    '# Valg, som planen selv ikke træffer. Et valg, der ikke står her, har sin standard:',
    '#   activationDayCounts: false     aktiveringsdagen tæller ikke med som arbejdsdag',
    '#   workdayEnds: "16:00"           arbejdsdagen slutter som calendar.workdayEnds',
    '#   christmasEveWorkingDay: true   24/12 er en arbejdsdag',
    '#   newYearsEveWorkingDay: true    31/12 er en arbejdsdag',
    '#   meetingDeadline: start         fristen er nået, når mødet begynder inden fristen (end: når det er slut)',
  ];
  const entries = Object.entries(given).filter(([, v]) => v !== undefined);
  if (!entries.length) return lines.join('\n') + '\n';
  return [...lines, 'interpretations:', ...entries.map(([k, v]) => `  ${k}: ${typeof v === 'string' ? JSON.stringify(v) : String(v)}`)].join('\n') + '\n';
}

/**
 * The plan's text in the words of Landsbyggefonden's skabelonudkast, as the Randers plan 2025–2029 carries it, with
 * this municipality's names where that plan has its own, and the data inserted where the template has it. The
 * parties edit it into their own words (beredskab text set).
 */
function templateText(input: TemplateInput): string {
  const one = (value: string) => value.replace(/\s+/g, ' ').trim();
  const municipality = one(input.municipality);
  const year = Number(input.today.slice(0, 4));
  const areas = input.areas.map(one);
  const areaList = areas.length <= 1 ? areas.join('') : `${areas.slice(0, -1).join(', ')} og ${areas[areas.length - 1]}`;
  const sections: Array<[string, string, string[]]> = [
    ['indledning', '', [
      areas.length ? `For boligområderne ${areaList} i ${municipality}.` : `For boligområderne i ${municipality}.`,
      'Som del af den samlede helhedsplan skal alle boligsociale indsatser have udarbejdet en beredskabsplan.',
      'Beredskabsplanen skal være godkendt og underskrevet af de involverede parter og godkendt af Landsbyggefonden inden tilsagn.',
      'Planen bringes i anvendelse ved opståede situationer i det berørte boligområde, som kræver, at der handles og/eller orienteres.',
    ]],
    ['formaal', 'Formål', [
      `Den boligsociale beredskabsplan er gældende for boligafdelingerne, som indgår i den boligsociale helhedsplan i ${municipality}.`,
      'Formålet med beredskabsplanen er at sikre en koordineret indsats og ansvarsfordeling i tilfælde af:',
      '- Der er tilspidsning af eller tilbagevendende situationer eller konflikter i områder, der kræver hurtige foregribende indsatser for at undgå eskalering (gult niveau).\n- Der er helt akutte situationer, der kræver indgribende indsatser hurtigst muligt (rødt niveau).',
      'Niveauerne kan illustreres således:',
      '{{niveauer}}',
      'Det generelle, forebyggende samarbejde (grønt) varetages igennem de ordinære, fælles mødefora, mens beredskabet træder sammen hurtigst muligt:',
      '- Ved gult beredskabsniveau samles beredskabet inden for 3 arbejdsdage.\n- Ved rødt beredskabsniveau samles beredskabet inden for 24 timer.',
      'Den boligsociale beredskabsplan skal desuden sikre den koordinerede indsats gennem information til og aktivering af lokale netværk såvel indadtil i boligområdet som til omverdenen med henblik på at skabe ro og afklarethed.',
    ]],
    ['deltagere', 'Deltagere i beredskabet', [
      `Deltagere i den boligsociale beredskabsplan for ${municipality} i perioden ${year}-${year + 4}:`,
      '{{deltagere}}',
      'Andre relevante ad hoc personer/organisationer kan være repræsenteret, hvilket beredskabsgruppen vurderer alt efter den konkrete situation.',
      'Det er deltagerne i beredskabsgruppens ansvar at sikre, at informationerne er opdaterede. Hvis en person skulle fratræde sin stilling, er det vedkommendes organisations ansvar at give besked og udpege en efterfølger. Der gives besked til koordinatoren.',
    ]],
    ['organisering', 'Organisering', [
      'Beredskabsgruppen indkaldes ved gule eller røde situationer. Alle beredskabets medlemmer kan tage initiativ til at samle beredskabet, hvis det vurderes, at en situation i området kræver det. Øvrige interessenter kan rette henvendelse til et medlem af beredskabet, som så kan aktivere beredskabet, hvis det vurderes, at der er behov herfor. Koordinatoren kontaktes og har ansvaret for, at alle bliver inviteret til mødet. På beredskabsmødet vurderes den konkrete situation. Behovet for at koordinere indsatser og understøtte hinanden drøftes med henblik på at imødegå situationen i fællesskab.',
      `Der afholdes endvidere et årligt statusmøde for dels at gennemgå og evaluere aftalte indsatser i løbet af året, dels at drøfte den generelle situation i boligområderne med henblik på styrkelse af samarbejdet og det kriminalitetsforebyggende arbejde i boligområderne. Det er ${municipality}, der er tovholder for denne funktion.`,
      'Politi og kommune er myndigheder, der har mulighed for at dele informationer inden for retsplejelovens § 115. I beredskabsgruppen sikres en koordinering mellem myndighederne og boligorganisationerne. I denne sammenhæng forpligter politi og kommune sig til at inddrage og koordinere med boligorganisationernes repræsentanter, hvor det er foreneligt med tavshedspligten.',
      'Beredskabsgruppen vurderer i fællesskab, hvilke informationer der er relevante at videregive til eventuelle ad hoc personer (herunder også beboere, afdelingsbestyrelser, opsøgende medarbejdere etc.).',
      'Alle har hver især ansvar for at gennemføre det, der bliver aftalt og angivet i den konkrete handleplan. De nævnte beredskabsgruppedeltagere sikrer hver især orientering af deres respektive organisation.',
    ]],
    ['kompetencer', 'Kompetencer/handlemuligheder i beredskabssituationer', [
      'I akutte krisesituationer følger parterne som udgangspunkt politiets anvisninger og støtter op herom. Den boligsociale beredskabsplan aktiveres som et understøttende redskab hertil.',
      'De enkelte beredskabsgruppemedlemmer kan hver især aktivere beredskabsplanen i forbindelse med røde og gule situationer, jf. ovenfor. Koordinatoren kontaktes og har ansvaret for, at alle bliver inviteret til møde. Relevante ad hoc personer kan ligeledes indkaldes. Inden beredskabsplanen aktiveres, tilstræbes det, at politiet kontaktes for afdækning af situationen, herunder afklaring af, om der er behov for aktivering på enten rødt eller gult niveau.',
      'Hvis der ikke opnås kontakt til politiets kontaktperson, er proceduren følgende for kontakt til politiet:',
      '{{reserve}}',
      'Når det boligsociale beredskab har været aktiveret, vurderer beredskabsgruppen, hvorvidt der skal foretages en evaluering af indsatsen inden det årlige beredskabsmøde. En evaluering ville kunne pege på, om beredskabet fungerer, som det skal, f.eks. om det er de korrekte informationskanaler, der bliver anvendt i tilfælde af akutte situationer. En eventuel evaluering skal foreligge umiddelbart efter, at beredskabet har været aktiveret.',
    ]],
    ['omverdenen', 'Håndtering af omverdenen', [
      'I forbindelse med aktivering af beredskabsplanen vil beredskabsgruppen aftale og koordinere kommunikationen til omverdenen, herunder aftale hvem der kommunikerer til hvem og hvornår. Politi og kommune har ansvar for at koordinere kommunikation til pressen, herunder at inddrage deres respektive kommunikationsafdelinger. Kommunikationen til pressen aftales endvidere med boligorganisationernes ledelse.',
      'Ved kontakt til pressen inddrages:',
      '{{presse}}',
    ]],
    ['kommissorium', 'Kommissorium', ['Der er ikke udarbejdet et kommissorium.']],
    ['underskrift', 'Underskrift', ['{{underskrifter}}']],
  ];
  const out = [
    '# Planens tekst, afsnit for afsnit, i ordene fra Landsbyggefondens skabelonudkast. Parterne retter den til',
    '# deres egne ord (beredskab text set AFSNIT --file afsnit.md). En linje {{navn}} indsætter data fra planfilen.',
    'text:',
  ];
  for (const [section, heading, paragraphs] of sections) {
    out.push(`  - section: ${section}`);
    if (heading) out.push(`    heading: { da: ${JSON.stringify(heading)} }`);
    out.push('    body:', '      da: |-');
    out.push(paragraphs.map((p) => p.split('\n').map((line) => `        ${line}`).join('\n')).join('\n\n'));
  }
  return out.join('\n') + '\n';
}
