import { describe, expect, it } from 'vitest';
import { FINDING_CODES, type FindingArgs, type FindingCode } from '../roster/finding.js';
import { diagnosticsIn } from '../render/diagnostics.js';
import { fileFinding, type Finding } from '../roster/finding.js';
import { da } from './da/roster.js';
import { editMessages } from './index.js';
import { en } from './en/roster.js';
import { da as signingDa } from './da/signing.js';
import { en as signingEn } from './en/signing.js';

/** Arguments for every code, as the checks give them: the type makes the list complete and each entry right. */
const SAMPLE: { [C in FindingCode]: FindingArgs[C] } = {
  'file-missing': { file: 'roster.yaml' },
  'file-is-directory': { file: 'roster.yaml' },
  'file-unreadable': { file: 'roster.yaml', reason: 'EACCES' },
  'file-too-large': { size: 2_000_000, max: 1_048_576 },
  'file-empty': {},
  'encoding-invalid': {},
  'encoding-utf16': {},
  'yaml-syntax': { reason: 'BAD_INDENT' },
  'yaml-tag': { tag: '!!binary' },
  'yaml-merge-key': {},
  'yaml-too-deep': { max: 64 },
  'yaml-unclosed-quote': { quote: '"' },
  'yaml-tab-indent': {},
  'yaml-duplicate-key': { key: 'municipality' },
  'yaml-too-many-aliases': { max: 100 },
  'yaml-not-mapping': {},
  'key-missing': { key: 'municipality' },
  'key-unknown': { key: 'revison' },
  'type-invalid': { expected: 'int' },
  'value-invalid': { allowed: 'none, hours, working-days' },
  'format-invalid': { expected: 'date' },
  'value-out-of-range': { bound: 'atLeast', limit: 1 },
  'id-duplicate': { id: 'lasse-bonde', firstLine: 12 },
  'ref-unknown': { id: 'omar-bak', expected: 'personOrHotline' },
  'phone-invalid': { phone: '1234' },
  'phone-service-number': { phone: '114', name: 'Lasse Bonde' },
  'phone-shared': { name: 'Lasse Bonde', other: 'Claus Hansen', phone: '40 86 74 08', firstLine: 30 },
  'phone-extra-text': { phone: '40 86 74 08 (privat)' },
  'organisation-name-duplicate': { name: 'Lejerbo', id: 'lejerbo-2', other: 'lejerbo', firstLine: 8 },
  'last-changed-ahead': { date: '2027-03-01', today: '2026-12-01' },
  'text-not-nfc': {},
  'chain-repeat': { id: 'lasse-bonde', chain: 'politi' },
  'member-repeat': { id: 'lasse-bonde', firstLine: 40 },
  'substitute-self': { id: 'lasse-bonde' },
  'substitute-mutual': { id: 'lasse-bonde', other: 'claus-hansen' },
  'convene-green-meets': {},
  'convene-missing': { level: 'red' },
  'text-control-character': { char: 'U+202E' },
  'text-multiline': {},
  'text-blank': {},
  'level-missing': { level: 'yellow' },
  'workday-ends-early': { time: '00:00' },
  'period-reversed': { start: '2026-01-01', end: '2025-01-01' },
  'timezone-invalid': { zone: 'Europe/Aarhus' },
  'chain-ends-with-person': { chain: 'politi', title: 'Ring til politiet', name: 'Allan Aarslev' },
  'member-without-substitute': { name: 'Lasse Bonde' },
  'title-inconsistent': { name: 'Lasse Bonde', groupTitle: 'Boligsocial leder, Lejerbo', signedTitle: 'Leder, Lejerbo' },
  'signatory-not-member': { name: 'Lasse Bonde' },
  'text-person-unknown': { name: 'Mette Dahl' },
  'text-deadline-differs': { said: '3 arbejdsdage', rule: '2 arbejdsdage' },
  'text-phone-unknown': { phone: '12 34 56 78' },
  'text-section-repeat': { section: 'formaal' },
  'text-section-order': { section: 'formaal', order: 'kommissorium, formaal' },
  'text-insert-unknown': { name: 'deltager' },
  'period-outside': { today: '2031-01-02', start: '2026-01-01', end: '2030-12-31' },
  'contact-stale': { name: 'Jonas Friis', confirmed: '2025-01-01' },
  'revision-not-bumped': { from: 4, to: 4, next: 5 },
  'last-changed-backwards': { from: '2026-09-01', to: '2026-08-01' },
  'last-changed-future': { date: '2027-01-01', today: '2026-12-01' },
  'organisation-unseated': { name: 'Morten Strange', organisation: 'Børne- og ungecenter', to: 'Lejerbo' },
  'successor-missing': { name: 'Morten Strange', title: 'Leder', organisation: 'Børne- og ungecenter' },
  'blank-unfilled': { hint: 'koordinatorens navn', fill: { id: 'koordinator', command: 'person set koordinator', option: '--name', value: 'name' } },
  'notify-coordinator': { name: 'Claus Hansen', phone: '40 86 74 08' },
  're-sign': {},
  'signatures-unrecorded': {},
  'content-hash-stale': { version: 2, next: 3, hash: '93412c119d74' },
  'signature-unknown-version': { name: 'Lasse Bonde', version: 4, current: 2 },
  'approval-unknown-version': { by: 'Landsbyggefonden', version: 4, current: 2 },
  'signatures-outdated': { complete: 1, count: 1, total: 2, current: 2, signed: ['Lasse Bonde'], missing: ['Claus Hansen'] },
  'signatures-incomplete': { count: 0, total: 2, current: 1, signed: [], missing: ['Lasse Bonde', 'Claus Hansen'] },
  'approval-missing': { version: 1 },
  'approval-outdated': { by: 'Landsbyggefonden', date: '2025-03-01', version: 1, signed: 2 },
  'content-version-lowered': { from: 3, to: 2 },
  'content-version-not-raised': { from: 2, to: 2, next: 3, parts: ['front', { da: 'Formål', en: 'Purpose' }] },
  'content-new-version': { from: 2, to: 3, parts: [{ da: 'Formål', en: 'Purpose' }], missing: ['Lasse Bonde'], total: 7 },
};

const finding = <C extends FindingCode>(code: C): Finding => ({ severity: 'error', code, args: SAMPLE[code], file: 'roster.yaml', line: 1, col: 1, path: '' }) as Finding;

describe('every finding is said in Danish and in English', () => {
  it('the tables have a sentence for each code and for nothing else', () => {
    expect(Object.keys(da().diag).sort()).toEqual([...FINDING_CODES].sort());
    expect(Object.keys(en().diag).sort()).toEqual([...FINDING_CODES].sort());
  });

  it.each(FINDING_CODES)('%s: a sentence in each language, made of its arguments', (code) => {
    const [daText, enText] = (['da', 'en'] as const).map((lang) => diagnosticsIn([finding(code)], lang)[0]!.message);
    for (const text of [daText!, enText!]) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/undefined|NaN|\[object Object\]/);
    }
    expect(daText).not.toBe(enText);
  });

  it('names the kinds and the bounds a value must have, and the parts of the plan, in the reader\'s language', () => {
    const said = (code: FindingCode, lang: 'da' | 'en') => diagnosticsIn([finding(code)], lang)[0]!.message;
    expect(said('type-invalid', 'da')).toBe('Forkert type: et helt tal forventet');
    expect(said('type-invalid', 'en')).toBe('Wrong type: expected a whole number');
    expect(said('value-out-of-range', 'da')).toBe('Værdien er uden for det tilladte (mindst 1)');
    expect(said('ref-unknown', 'en')).toBe('"omar-bak" does not refer to a person in people or a number in hotlines');
    expect(said('content-version-not-raised', 'da')).toContain('(Forsiden og Formål)');
    expect(said('content-version-not-raised', 'en')).toContain('(The front page and Purpose)');
    expect(said('blank-unfilled', 'da')).toBe('Ikke udfyldt endnu: koordinatorens navn (koordinator); udfyld med: beredskab --roster roster.yaml person set koordinator --name NAVN');
    expect(said('content-version-lowered', 'da')).toContain('(var 3, er 2)');
  });

  it('a file that cannot be read is named in the sentence', () => {
    const [missing] = diagnosticsIn([fileFinding('file-missing', 'x.yaml', { file: 'x.yaml' })], 'da');
    expect(missing).toEqual({ severity: 'error', code: 'file-missing', message: 'Filen findes ikke: x.yaml', file: 'x.yaml', line: 0, col: 0, path: '' });
  });
});

describe('why a change cannot be made', () => {
  it('is said in Danish and in English, naming the place, with no English in the Danish', () => {
    const problems = ['not-a-sequence', 'not-a-mapping', 'not-a-scalar', 'missing', 'reads-back-otherwise'] as const;
    for (const problem of problems) {
      const da = editMessages('da').refusal['cannot-edit']({ problem, path: 'people[3].title' });
      const en = editMessages('en').refusal['cannot-edit']({ problem, path: 'people[3].title' });
      expect(da).not.toMatch(/\b(the|edit|does|not|read|back)\b/);
      expect(da).toContain('ret filen i en editor');
      expect(en).toContain('edit the file in an editor');
      if (problem !== 'reads-back-otherwise') expect([da, en].every((m) => m.includes('people[3].title'))).toBe(true);
    }
  });
});

describe('how long the period runs, in words', () => {
  it.each([
    [signingDa().status.expires(1), 'Perioden slutter om 1 dag.'],
    [signingDa().status.expires(1126), 'Perioden slutter om 1.126 dage.'],
    [signingDa().status.expired(2), 'Perioden sluttede for 2 dage siden: planen skal fornyes.'],
    [signingEn().status.expires(1), 'The period ends in 1 day.'],
    [signingEn().status.notStarted(1126), 'The period begins in 1,126 days.'],
  ])('%s', (said, expected) => expect(said).toBe(expected));
});
