import { list } from '../intl.js';
import { count, formEn } from '../plural.js';
import type { PlanMessages } from '../da/plan.js';
import { lazy } from '../lazy.js';

/** Every sentence of the plan document (`beredskab plan`) in English. */

const table = (): PlanMessages => ({
  cli: {
    description: 'the plan as a document for signing: docx (Word), html or markdown; plan set changes the plan’s title, municipality, period and areas',
    format: 'format: docx, html or markdown (default: markdown)',
    output: 'write to this file (else standard output; docx only to a file or a pipe)',
  },
  binaryToTerminal: 'docx is a binary file and is not written to the terminal; give --output plan.docx (or redirect the output with > or |)',
  documentLanguage: 'en-GB',
  contents: 'Contents',
  subtitle: (areas: string[], municipality: string) => `For the housing ${formEn(areas.length, 'area', 'areas')} ${list('en-GB', areas)} in ${municipality}.`,
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
  orList: (items: string[]) => list('en-GB', items, 'disjunction'),
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
  groupIntro: (municipality: string, period: string) => `Members of the social housing emergency preparedness plan for ${municipality} in the period ${period}:`,
  groupColumns: { name: 'Name', title: 'Title', organisation: 'Organisation', phone: 'Phone', substitute: 'Substitute' },
  coordinatorMark: '(coordinator)',
  coordinator: (who: string) => `Coordinator: ${who}.`,
  tel: (phone: string) => `tel. ${phone}`,
  adHocIntro: 'Other relevant people and organisations can be called in ad hoc, as the group judges the situation, e.g.:',
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
  page: 'Page',
  of: 'of',
});

export const en = lazy(table);
