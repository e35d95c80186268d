import { count } from '../plural.js';
import { header, type ImportMessages } from '../da/import.js';
import { lazy } from '../lazy.js';
import type { ReviewSentences } from '../../import/extract.js';
import type { PlanFileSentences } from '../../import/read.js';
import type { LevelId } from '../../roster/schema.js';

/** Sentences of `beredskab import`: a plan document becomes a roster. */
const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));

const table = (): ImportMessages => ({
  cli: {
    description: 'read a preparedness plan (.docx, .md or .txt) and write a roster from it (never overwrites a file)',
    file: 'the plan: a Word document (.docx), markdown (.md) or text (.txt)',
    output: 'the roster to write (default: roster.yaml; - for standard output)',
    dryRun: 'read the plan and show what needs review, but write nothing',
  },
  refuse: {
    missing: (f) => `${f} does not exist`,
    directory: (f) => `${f} is a directory; name the plan's file`,
    unreadable: (f, a) => `${f} cannot be read (${a.reason})`,
    'too-large': (f, a) => `${f} is ${mb(a.size)} MB; a preparedness plan is at most ${mb(a.max)} MB. Is it the right file?`,
    'old-word': (f) => `${f} is in the old Word format (.doc), which cannot be read. Open it in Word and save it as a Word document (.docx)`,
    encrypted: (f) => `${f} is password-protected and cannot be read. Remove the password in Word (File › Info › Protect Document) and save again`,
    corrupt: (f) => `${f} is not a valid Word document (the file is damaged or not a .docx). Open it in Word and save it again as .docx`,
    'not-utf8': (f) => `${f} is not UTF-8 or UTF-16 (Unicode) text; save it as UTF-8 or as .docx`,
    'unknown-type': (f) => `${f}: this file type cannot be read; import reads Word documents (.docx), markdown (.md) and text (.txt)`,
    english: (f) => `${f} appears to be in English; import reads a Danish preparedness plan on Landsbyggefonden's template`,
    'not-plan': (f) =>
      `${f} does not look like a social-housing preparedness plan: the text names neither the preparedness group nor at least two of the levels green, yellow and red`,
    empty: (f) => `${f} is empty`,
    exists: (f) => `${f} already exists; import never overwrites a file. Choose another name with --output`,
  } satisfies PlanFileSentences & { exists: (file: string) => string },
  kind: { assumption: 'assumption', review: 'review', blank: 'fill in' },
  where: (n?: number, line?: number) => (n === undefined ? 'whole plan' : line === undefined ? `paragraph ${n}` : `paragraph ${n}, line ${line}`),
  fix: 'Change with',
  fixField: 'Change in the roster',
  review: {
    'period-years': (a) => `The plan names only the years ${a.from}–${a.to}; the period is set to 1 January ${a.from} – 31 December ${a.to}`,
    'period-missing': () => 'The plan names no period',
    'areas-capitals': (a) => `The housing areas were read from a line in capitals; check the spelling: ${a.areas}`,
    'areas-missing': () => 'The housing areas could not be read',
    'municipality-missing': () => 'The municipality could not be read',
    'workday-ends': () => 'The plan does not say when the working day ends; the yellow deadline falls at 16:00',
    'days-off': () => 'The plan names no days off beyond the public holidays; 24 and 31 December count as working days',
    'activation-day': () => 'The plan does not say whether the activation day counts; it does not count as a working day',
    'meeting-start': () => 'The plan does not say whether the meeting must have started or ended by the deadline; it is met when the meeting starts by then',
    'level-missing': (a) => `The ${({ green: 'green', yellow: 'yellow', red: 'red' } satisfies Record<LevelId, string>)[a.level]} level is not in the plan's level table`,
    'deadline-missing': (a) => `The plan does not say how soon the group meets at ${a.level === 'yellow' ? 'yellow' : 'red'}; the template's deadline is used`,
    'forums-missing': () => 'The regular forums of the preventive work (green) could not be read',
    'participant-unread': (a) => `The participant line could not be split safely into name, title and organisation: "${a.text}"`,
    'phone-missing': (a) => `${a.name} has no phone number`,
    'phone-unreadable': (a) => `${a.name}'s phone number "${a.phone}" is not a valid Danish number; the field is left to fill in`,
    'name-shared': (a) => `Two participants are called ${a.name} and have different numbers; they are ${a.first} and ${a.second}. Check that signatures and duties point at the right one`,
    'substitute-unplaced': (a) => `The substitute ${a.name} could not be linked to a member`,
    'coordinator-missing': () => 'The coordinator (who is contacted and invites everyone) was not found among the participants; for now the first member stands as coordinator',
    'police-missing': () => "The police contact and the chain to the police could not be read",
    'chain-hotline': (a) => `From the text, ${a.name} (${a.phone}) is called; the chain is set to ${a.order}`,
    'hotline-organisation-missing': (a) => `The text does not say which organisation is behind ${a.name} (${a.phone}); name it`,
    'duty-actor': (a) => `Who carries out this duty could not be determined: "${a.text}"`,
    'organiser-missing': () => 'The organiser of the annual status meeting was not found',
    'press-missing': () => 'The press contacts could not be read',
    'press-responsible-missing': () => 'Who is responsible for contact with the press could not be read',
    'adhoc-missing': () => 'The list of ad hoc participants could not be read',
    'signatory-unknown': (a) => `${a.name} signed but is not among the participants; the phone number is missing`,
    'signatures-missing': () => 'The signatures could not be read',
    'alias-definite': (a) => `"${a.alias}" in the signature was read as the definite form of ${a.name}`,
    'section-order': (a) => `The sections are in another order than the template's; they are kept in the template's order, in which beredskab plan prints them: ${a.order}`,
    'section-unknown': (a) => `The section "${a.heading}" is not in the template; its text is kept in the section before`,
    'table-unknown': () => 'A table could not be interpreted; its content is kept as text',
    'text-missing': (a) => `Text missing: ${a.what}`,
  } satisfies ReviewSentences,
  reviewHeading: (n: number) => (n === 0 ? 'Nothing to review.' : `To review (${n}):`),
  placeholders: { NAVN: 'NAME', NUMMER: 'NUMBER', TITEL: 'TITLE', TEKST: 'TEXT', 'ÅÅÅÅ-MM-DD': 'YYYY-MM-DD', 'TT:MM': 'HH:MM', MEDLEM: 'MEMBER', FIL: 'FILE' },
  written: (file: string, people: number, organisations: number, chains: number) =>
    `${file} written: ${count(people, 'person', 'people')}, ${count(organisations, 'organisation', 'organisations')}, ${count(chains, 'chain', 'chains')}.`,
  dryRun: 'Nothing written (--dry-run).',
  verdict: (errors: number, warnings: number, open: number) =>
    errors === 0 && open === 0
      ? `The roster can be used: 0 errors, ${count(warnings, 'warning', 'warnings')}. Confirm the assumptions above, or change them.`
      : `The roster needs review before use: ${count(errors, 'error', 'errors')}, ${count(open, 'item', 'items')} to review or fill in. Check with beredskab lint.`,
  header,
  reviewComment: 'REVIEW',
  quote: (n?: number) => (n === undefined ? '' : `paragraph ${n}`),
});

export const en = lazy(table);
