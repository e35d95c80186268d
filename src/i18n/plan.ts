import { antal, count, form, formEn } from './plural.js';
/** Every sentence of the plan document (`beredskab plan`) in Danish; `en` mirrors it. */



export const da = {
  cli: {
    description: 'planen som dokument til underskrift: docx (Word), html eller markdown; plan set retter planens titel, kommune, periode og boligområder',
    format: 'format: docx, html eller markdown (standard: markdown)',
    output: 'skriv til denne fil (ellers standardoutput; docx kun til en fil eller et rør)',
  },
  binaryToTerminal: 'docx er en binær fil og skrives ikke til terminalen; angiv --output plan.docx (eller send uddata videre med > eller |)',
  documentLanguage: 'da-DK',
  contents: 'Indhold',
  subtitle: (areas: string[], municipality: string) => `For ${form(areas.length, 'boligområdet', 'boligområderne')} ${new Intl.ListFormat('da', { type: 'conjunction' }).format(areas)} i ${municipality}.`,
  period: (start: string, end: string) => `Periode: ${start} – ${end}`,
  intro: [
    'Som del af den samlede helhedsplan skal alle boligsociale indsatser have udarbejdet en beredskabsplan.',
    'Beredskabsplanen skal være godkendt og underskrevet af de involverede parter og godkendt af Landsbyggefonden inden tilsagn.',
    'Planen bringes i anvendelse ved opståede situationer i det berørte boligområde, som kræver, at der handles og/eller orienteres.',
  ],
  headings: {
    purpose: 'Formål',
    levels: 'Beredskabsniveauer',
    group: 'Deltagere i beredskabet',
    adHoc: 'Ad hoc-deltagere',
    updates: 'Opdaterede oplysninger og efterfølgere',
    organisation: 'Organisering',
    statusMeeting: 'Årligt statusmøde',
    informationSharing: 'Deling af oplysninger',
    informs: 'Hvem informerer hvem',
    competences: 'Kompetencer og handlemuligheder i beredskabssituationer',
    callOrder: 'Aktivering: hvem ringes op',
    evaluation: 'Evaluering',
    press: 'Håndtering af omverdenen',
    commission: 'Kommissorium',
    signatures: 'Underskrift',
  },
  orList: (items: string[]) => new Intl.ListFormat('da', { type: 'disjunction' }).format(items),
  appliesTo: (municipality: string, n: number) => `Planen gælder for ${form(n, 'dette boligområde', 'disse boligområder')} i ${municipality}:`,
  levelColumns: { level: 'Niveau', situation: 'Situation', examples: 'Eksempler', convene: 'Beredskabsgruppen' },
  convene: {
    none: (forums: string) => `Intet møde i beredskabsgruppen; det forebyggende arbejde foregår i de faste fora: ${forums}.`,
    workingDays: (n: number) => `Samles inden for ${antal(n, 'arbejdsdag', 'arbejdsdage')}.`,
    hours: (n: number) => `Samles inden for ${antal(n, 'time', 'timer')}.`,
  },
  conveneIntro: 'Beredskabsgruppen træder sammen hurtigst muligt:',
  conveneRule: {
    workingDays: (level: string, n: number) => `${level} niveau: beredskabsgruppen samles inden for ${antal(n, 'arbejdsdag', 'arbejdsdage')}.`,
    hours: (level: string, n: number) => `${level} niveau: beredskabsgruppen samles inden for ${antal(n, 'time', 'timer')}.`,
  },
  workingDayRule: (ends: string, daysOff: string) =>
    `En arbejdsdag er mandag–fredag, der ikke er en helligdag${daysOff ? ` eller ${daysOff}` : ''}. Aktiveringsdagen tæller ikke med, og fristen er ved arbejdsdagens slutning kl. ${ends.replace(':', '.')}. Timer regnes fra aktiveringen; nætter, weekender og helligdage tæller med.`,
  groupIntro: (municipality: string, period: string) => `Deltagere i den boligsociale beredskabsplan for ${municipality} i perioden ${period}:`,
  groupColumns: { name: 'Navn', title: 'Titel', organisation: 'Organisation', phone: 'Telefon', substitute: 'Suppleant' },
  coordinatorMark: '(koordinator)',
  coordinator: (who: string) => `Koordinator: ${who}.`,
  tel: (phone: string) => `tlf. ${phone}`,
  adHocIntro: 'Andre relevante personer og organisationer kan indkaldes ad hoc; beredskabsgruppen vurderer det efter den konkrete situation, fx:',
  generated: (revision: number, lastChanged: string) =>
    `Dokumentet er dannet fra beredskabsplanens planfil, revision ${revision}, sidst ændret ${lastChanged}. Fratræder en deltager, skal organisationen i samme ændring udpege en efterfølger, og revisionen hæves.`,
  convenedWhen: 'Beredskabsgruppen indkaldes ved gule eller røde situationer.',
  coordinatorInvites: (who: string, duty: string) => `Koordinatoren er ${who}. ${duty}`,
  meetingAssesses:
    'På beredskabsmødet vurderes den konkrete situation, og behovet for at koordinere indsatser og understøtte hinanden drøftes med henblik på at imødegå situationen i fællesskab.',
  organiser: (who: string) => `Tovholder: ${who}.`,
  informs: (by: string, what: string, extra: string) => `${by} ${what}${extra ? ` (${extra})` : ''}.`,
  with: (names: string) => `i samarbejde med ${names}`,
  everyoneCarriesOut: 'Alle har hver især ansvar for at gennemføre det, der bliver aftalt i den konkrete handleplan.',
  policeFirst:
    'Inden beredskabsplanen aktiveres, tilstræbes det, at politiet kontaktes for afdækning af situationen, herunder afklaring af, om der er behov for aktivering på rødt eller gult niveau. Kæderne gennemgås i denne rækkefølge; svarer ingen, ringes der til den næste.',
  instructions: (level: string, text: string) => `${level} niveau: ${text}`,
  ifNoAnswer: 'hvis ingen svarer',
  pressResponsible: (orgs: string) => `${orgs} har ansvaret for at koordinere kommunikationen til pressen.`,
  pressIntro: 'Ved kontakt til pressen inddrages:',
  signaturesIntro: 'Planen er godkendt og underskrevet af:',
  noSignatories: 'Planen har endnu ingen underskrivere.',
  signatureRole: 'Titel og organisation',
  signatureDate: 'Dato',
  signatureLine: 'Underskrift',
  footer: (revision: number, lastChanged: string, hash: string) => `Planfilens revision ${revision}, sidst ændret ${lastChanged}, indhold ${hash}`,
  page: 'Side',
  of: 'af',
};

export const en: typeof da = {
  cli: {
    description: 'the plan as a document for signing: docx (Word), html or markdown; plan set changes the plan’s title, municipality, period and areas',
    format: 'format: docx, html or markdown (default: markdown)',
    output: 'write to this file (else standard output; docx only to a file or a pipe)',
  },
  binaryToTerminal: 'docx is a binary file and is not written to the terminal; give --output plan.docx (or redirect the output with > or |)',
  documentLanguage: 'en-GB',
  contents: 'Contents',
  subtitle: (areas: string[], municipality: string) => `For the housing ${formEn(areas.length, 'area', 'areas')} ${new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(areas)} in ${municipality}.`,
  period: (start: string, end: string) => `Period: ${start} – ${end}`,
  intro: [
    'As part of the overall social housing plan (helhedsplan), every social housing programme must have an emergency preparedness plan.',
    'The plan must be approved and signed by the parties involved and approved by Landsbyggefonden before funding is granted.',
    'The plan is put to use when situations arise in the housing area that call for action and/or information.',
  ],
  headings: {
    purpose: 'Purpose',
    levels: 'Levels of preparedness',
    group: 'Members of the group',
    adHoc: 'Ad hoc participants',
    updates: 'Keeping details current and naming successors',
    organisation: 'Organisation',
    statusMeeting: 'Annual status meeting',
    informationSharing: 'Sharing information',
    informs: 'Who informs whom',
    competences: 'Powers and options in an emergency',
    callOrder: 'Activation: whom to call',
    evaluation: 'Evaluation',
    press: 'Dealing with the outside world',
    commission: 'Terms of reference (kommissorium)',
    signatures: 'Signatures',
  },
  orList: (items: string[]) => new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(items),
  appliesTo: (municipality: string, n: number) => `The plan covers ${formEn(n, 'this housing area', 'these housing areas')} in ${municipality}:`,
  levelColumns: { level: 'Level', situation: 'Situation', examples: 'Examples', convene: 'The group' },
  convene: {
    none: (forums: string) => `No meeting of the group; the preventive work takes place in the usual forums: ${forums}.`,
    workingDays: (n: number) => `Meets within ${count(n, 'working day', 'working days')}.`,
    hours: (n: number) => `Meets within ${count(n, 'hour', 'hours')}.`,
  },
  conveneIntro: 'The group meets as soon as possible:',
  conveneRule: {
    workingDays: (level: string, n: number) => `${level} level: the group meets within ${count(n, 'working day', 'working days')}.`,
    hours: (level: string, n: number) => `${level} level: the group meets within ${count(n, 'hour', 'hours')}.`,
  },
  workingDayRule: (ends: string, daysOff: string) =>
    `A working day is Monday to Friday that is not a public holiday${daysOff ? ` or ${daysOff}` : ''}. The day of the activation does not count, and the deadline is at the end of the working day, ${ends}. Hours count from the activation; nights, weekends and holidays count.`,
  groupIntro: (municipality: string, period: string) => `Members of the social housing emergency preparedness plan for ${municipality} in the period ${period}:`,
  groupColumns: { name: 'Name', title: 'Title', organisation: 'Organisation', phone: 'Phone', substitute: 'Substitute' },
  coordinatorMark: '(coordinator)',
  coordinator: (who: string) => `Coordinator: ${who}.`,
  tel: (phone: string) => `tel. ${phone}`,
  adHocIntro: 'Other relevant people and organisations can be called in ad hoc, as the group judges the situation, e.g.:',
  generated: (revision: number, lastChanged: string) =>
    `This document is generated from the plan's roster file, revision ${revision}, last changed ${lastChanged}. When a member leaves, their organisation names a successor in the same change, and the revision is raised.`,
  convenedWhen: 'The group is convened in yellow or red situations.',
  coordinatorInvites: (who: string, duty: string) => `The coordinator is ${who}. ${duty}`,
  meetingAssesses:
    'At the meeting the group assesses the situation and discusses how to coordinate their actions and support each other in dealing with it together.',
  organiser: (who: string) => `Organised by ${who}.`,
  informs: (by: string, what: string, extra: string) => `${by} ${what}${extra ? ` (${extra})` : ''}.`,
  with: (names: string) => `together with ${names}`,
  everyoneCarriesOut: 'Each member is responsible for carrying out what is agreed in the plan of action.',
  policeFirst:
    'Before the plan is activated, the police are contacted where possible to assess the situation and confirm whether activation at red or yellow is needed. The chains are worked through in this order; if nobody answers, call the next.',
  instructions: (level: string, text: string) => `${level} level: ${text}`,
  ifNoAnswer: 'if nobody answers',
  pressResponsible: (orgs: string) => `${orgs} coordinate communication with the press.`,
  pressIntro: 'When the press is contacted, these are involved:',
  signaturesIntro: 'The plan is approved and signed by:',
  noSignatories: 'The plan has no signatories yet.',
  signatureRole: 'Title and organisation',
  signatureDate: 'Date',
  signatureLine: 'Signature',
  footer: (revision: number, lastChanged: string, hash: string) => `Roster revision ${revision}, last changed ${lastChanged}, content ${hash}`,
  page: 'Page',
  of: 'of',
};

export type PlanMessages = typeof da;

export function planMessages(lang: 'da' | 'en'): PlanMessages {
  return lang === 'en' ? en : da;
}
