import { stringify } from 'yaml';
import { slugOf } from './edit.js';
import { BLANK_MARK } from './rules.js';

export interface TemplateInput {
  municipality: string;
  title: string;
  areas: readonly string[];
  /** ISO date: the first lastChanged, and the year the period starts. */
  today: string;
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
      Beredskabsgruppen vurderer, om indsatsen skal evalueres før det årlige
      beredskabsmøde. En evaluering skal foreligge umiddelbart efter
      aktiveringen.
    en: >-
      The group decides whether the response is to be evaluated before the
      annual meeting. An evaluation must be ready immediately after the
      activation.
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
        - { da: SSP-samarbejdet, en: the SSP cooperation }
        - { da: de faste samarbejdsfora, en: the regular forums }
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
      da: I akutte krisesituationer følger alle politiets anvisninger og støtter op om dem.
      en: In acute crises everyone follows the police's instructions and supports them.

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
`;
}
