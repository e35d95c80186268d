import { list } from '../intl.js';
import { antal, form } from '../plural.js';
import { lazy } from '../lazy.js';

/** Every sentence of the plan document (`beredskab plan`) in Danish; en/ mirrors it. */

const table = () => ({
  cli: {
    description: 'planen som dokument til underskrift: docx (Word), html eller markdown; plan set retter planens titel, kommune, periode og boligområder',
    format: 'format: docx, html eller markdown (standard: markdown)',
    output: 'skriv til denne fil (ellers standardoutput; docx kun til en fil eller et rør)',
  },
  binaryToTerminal: 'docx er en binær fil og skrives ikke til terminalen; angiv --output plan.docx (eller send uddata videre med > eller |)',
  documentLanguage: 'da-DK',
  contents: 'Indhold',
  subtitle: (areas: string[], municipality: string) => `For ${form(areas.length, 'boligområdet', 'boligområderne')} ${list('da', areas)} i ${municipality}.`,
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
  orList: (items: string[]) => list('da', items, 'disjunction'),
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
  groupIntro: (municipality: string, period: string) => `Deltagere i den boligsociale beredskabsplan for ${municipality} i perioden ${period}:`,
  groupColumns: { name: 'Navn', title: 'Titel', organisation: 'Organisation', phone: 'Telefon', substitute: 'Suppleant' },
  coordinatorMark: '(koordinator)',
  coordinator: (who: string) => `Koordinator: ${who}.`,
  tel: (phone: string) => `tlf. ${phone}`,
  adHocIntro: 'Andre relevante personer og organisationer kan indkaldes ad hoc; beredskabsgruppen vurderer det efter den konkrete situation, fx:',
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
  page: 'Side',
  of: 'af',
});

export const da = lazy(table);

export type PlanMessages = ReturnType<typeof da>;
