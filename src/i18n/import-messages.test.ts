import { describe, expect, it } from 'vitest';
import { REVIEW_CODES, sayReview, type ReviewArgs, type ReviewCode, type ReviewItem } from '../import/extract.js';
import { PlanFileError, sayPlanFileError, type PlanFileProblem } from '../import/read.js';
import { importMessages } from './index.js';

/** Arguments for every review item, as the import gives them: the type makes the list complete and each entry right. */
const REVIEWS: { [C in ReviewCode]: ReviewArgs[C] } = {
  'period-years': { from: '2025', to: '2029' },
  'period-missing': {},
  'areas-capitals': { areas: 'Fjordparken; Vestbyen' },
  'areas-missing': {},
  'municipality-missing': {},
  'workday-ends': {},
  'days-off': {},
  'activation-day': {},
  'meeting-start': {},
  'level-missing': { level: 'green' },
  'deadline-missing': { level: 'red' },
  'forums-missing': {},
  'participant-unread': { text: 'Boligsocial leder' },
  'phone-missing': { name: 'Jørgen Lajer' },
  'phone-unreadable': { name: 'Jørgen Lajer', phone: '3084052' },
  'name-shared': { name: 'Anne Hansen', first: 'anne-hansen', second: 'anne-hansen-2' },
  'substitute-unplaced': { name: 'Pia Hesselvig' },
  'coordinator-missing': {},
  'police-missing': {},
  'chain-hotline': { name: 'politiets vagtchef', phone: '114', order: 'Lasse Bonde → politiets vagtchef' },
  'hotline-organisation-missing': { name: 'døgnvagten', phone: '76 81 00 00' },
  'duty-actor': { text: 'informerer beboerne' },
  'organiser-missing': {},
  'press-missing': {},
  'press-responsible-missing': {},
  'adhoc-missing': {},
  'signatory-unknown': { name: 'Ole Brand' },
  'signatures-missing': {},
  'alias-definite': { name: 'Randers Kommune', alias: 'Randers Kommunes' },
  'section-unknown': { heading: 'Bilag' },
  'section-order': { order: 'Indledning, Formål' },
  'table-unknown': {},
  'text-missing': { what: 'kommissoriet' },
};

const PROBLEMS: PlanFileError[] = [
  new PlanFileError('missing', '/srv/resolved/plan.docx'),
  new PlanFileError('directory', '/srv/resolved/plan.docx'),
  new PlanFileError('unreadable', '/srv/resolved/plan.docx', { reason: 'EACCES' }),
  new PlanFileError('too-large', '/srv/resolved/plan.docx', { size: 25 * 1024 * 1024, max: 20 * 1024 * 1024 }),
  new PlanFileError('old-word', '/srv/resolved/plan.docx'),
  new PlanFileError('encrypted', '/srv/resolved/plan.docx'),
  new PlanFileError('corrupt', '/srv/resolved/plan.docx'),
  new PlanFileError('not-utf8', '/srv/resolved/plan.docx'),
  new PlanFileError('unknown-type', '/srv/resolved/plan.docx'),
  new PlanFileError('english', '/srv/resolved/plan.docx'),
  new PlanFileError('not-plan', '/srv/resolved/plan.docx'),
  new PlanFileError('empty', '/srv/resolved/plan.docx'),
];
const PROBLEM_KINDS = Object.keys({
  missing: 0, directory: 0, unreadable: 0, 'too-large': 0, 'old-word': 0, encrypted: 0, corrupt: 0, 'not-utf8': 0, 'unknown-type': 0,
  english: 0, 'not-plan': 0, empty: 0,
} satisfies Record<PlanFileProblem, 0>);

/** What an argument that is missing or of the wrong kind leaves in a sentence. */
const BROKEN = /undefined|null|NaN|\[object/;

describe('every review item and refusal of import is said in Danish and in English', () => {
  it('the tables have a sentence for each code and for nothing else', () => {
    for (const lang of ['da', 'en'] as const) {
      expect(Object.keys(importMessages(lang).review).sort()).toEqual([...REVIEW_CODES].sort());
      expect(Object.keys(importMessages(lang).refuse).sort()).toEqual([...PROBLEM_KINDS, 'exists'].sort());
    }
    expect(PROBLEMS.map((p) => p.kind).sort()).toEqual([...PROBLEM_KINDS].sort());
  });

  it.each(REVIEW_CODES)('review %s: a whole sentence in each language, the two different', (code) => {
    const item = { code, args: REVIEWS[code] } as Pick<ReviewItem, 'code' | 'args'>;
    const da = sayReview(importMessages('da').review, item);
    const en = sayReview(importMessages('en').review, item);
    for (const said of [da, en]) {
      expect(said.length).toBeGreaterThan(10);
      expect(said).not.toMatch(BROKEN);
    }
    expect(da).not.toBe(en);
  });

  it.each(PROBLEMS.map((p) => [p.kind, p] as const))('%s: names the file as the user gave it, in each language', (_, problem) => {
    const da = sayPlanFileError(importMessages('da').refuse, problem, 'min plan.docx');
    const en = sayPlanFileError(importMessages('en').refuse, problem, 'min plan.docx');
    for (const said of [da, en]) {
      expect(said).toContain('min plan.docx');
      expect(said).not.toContain('/srv/resolved');
      expect(said).not.toMatch(BROKEN);
    }
    expect(da).not.toBe(en);
  });

  it('sizes in megabytes and the level in the reader’s words', () => {
    const large = PROBLEMS.find((p) => p.kind === 'too-large')!;
    expect(sayPlanFileError(importMessages('da').refuse, large, 'plan.docx')).toBe('plan.docx fylder 25 MB; en beredskabsplan fylder højst 20 MB. Er det den rigtige fil?');
    expect(sayPlanFileError(importMessages('en').refuse, large, 'plan.docx')).toBe('plan.docx is 25 MB; a preparedness plan is at most 20 MB. Is it the right file?');
    expect(sayReview(importMessages('da').review, { code: 'level-missing', args: { level: 'green' } })).toBe('Grønt niveau findes ikke i planens niveautabel');
    expect(sayReview(importMessages('en').review, { code: 'level-missing', args: { level: 'red' } })).toBe("The red level is not in the plan's level table");
  });
});
