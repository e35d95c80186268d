import { describe, expect, it } from 'vitest';
import { NOTE_CODES, REFUSAL_CODES, sayNote, sayRefusal, type NoteArgs, type NoteCode, type RefusalArgs, type RefusalCode } from '../roster/edit-codes.js';
import { editMessages } from './index.js';

/** Arguments for every refusal, as the edits give them: the type makes the list complete and each entry right. */
const REFUSALS: { [C in RefusalCode]: RefusalArgs[C] } = {
  'unknown-person': { id: 'nobody', known: 'lasse-bonde, claus-hansen' },
  'unknown-organisation': { id: 'nowhere', known: 'lejerbo, randers-kommune' },
  'not-a-member': { id: 'jens-heslop' },
  'already-member': { id: 'lasse-bonde' },
  'phone-invalid': { phone: '3131313' },
  'phone-service': { phone: '114' },
  'email-invalid': { email: 'anne@' },
  'id-taken': { id: 'lejerbo' },
  'id-invalid': { id: 'Anne A', option: true },
  'id-from-name': { name: '!!!' },
  'no-successor': { name: 'Jørgen Lajer', organisation: 'Lejerbo' },
  'nothing-to-change': {},
  'not-in-place': { name: 'Lasse Bonde', where: 'group.coordinator' },
  'cannot-edit': { problem: 'not-a-sequence', path: 'people' },
  'empty-value': { option: '--name' },
  'unknown-signatory': { id: 'nobody', known: '' },
  'version-unknown': { version: 3, current: 2 },
  'already-signed': { name: 'Lasse Bonde', version: 2, date: '2026-11-30' },
  'already-approved': { by: 'Randers Kommune', version: 2, date: '2026-11-30' },
  'unknown-section': { section: 'forord', known: 'indledning, formaal' },
  'text-needs-danish': { section: 'formaal' },
  'unknown-chain': { id: 'brand', known: 'politi' },
  'unknown-hotline': { id: 'vagt', known: '' },
  'unknown-contact': { id: 'nobody', known: 'lasse-bonde, politi-vagtchef' },
  'unknown-duty': { id: 'beboere', known: '' },
  'unknown-level': { id: 'orange', known: 'green, yellow, red' },
  'unknown-adhoc': { entry: 'brandvæsenet', known: '' },
  'unknown-by': { id: 'nobody', known: 'lasse-bonde, lejerbo' },
  duplicate: { what: 'chain-contact', id: 'lasse-bonde', list: 'politi' },
  referenced: { id: 'lasse-bonde', name: 'Lasse Bonde', refs: [{ where: 'member', detail: '' }, { where: 'chain', detail: 'politi' }], replace: true },
  'not-in-list': { what: 'chain', id: 'claus-hansen', list: 'politi', known: 'lasse-bonde, politi-vagtchef' },
  'last-in-list': { what: 'chains', id: 'politi' },
  'bad-day-off': { value: 'easter', known: 'christmas-eve, new-years-eve' },
  'bad-time': { value: '25:00' },
  'bad-number': { option: '--to', value: '9', max: 4 },
  'both-options': { a: '--after', b: '--before' },
  'replace-self': { id: 'lasse-bonde' },
  'blank-first': { id: 'ny-person', what: 'UDFYLD: titel' },
  'same-position': { id: 'lasse-bonde', position: 2 },
  'green-convenes': { option: '--hours' },
};

/** Arguments for every note. */
const NOTES: { [C in NoteCode]: NoteArgs[C] } = {
  'still-referenced': { name: 'Jørgen Lajer', id: 'jorgen-lajer', where: 'signatories' },
  'last-changed-repaired': { date: '2027-01-01', today: '2026-12-01' },
  'text-rewritten': { name: 'Jørgen Lajer', successor: 'Anne Andersen', where: 'deltagere (da, 1)' },
  'text-still-names': { name: 'Jørgen Lajer', where: 'deltagere (da, 1)' },
  'offer-in-chain': { chains: 'politi', member: 'lasse-bonde', person: 'jens-heslop' },
  'put-in-chain': { chains: 'politi', member: 'lasse-bonde', person: 'jens-heslop' },
  'rule-text-rewritten': { level: 'yellow', n: 1, unit: 'working-days', where: 'organisering (da, 1)' },
  'red-not-sooner': { red: { type: 'hours', hours: 48 }, yellow: { type: 'working-days', days: 2 } },
};

const LANGS = ['da', 'en'] as const;
/** What an argument that is missing or of the wrong kind leaves in a sentence. */
const BROKEN = /undefined|null|NaN|\[object|\{"/;

describe('every refusal and note of the edit commands is said in Danish and in English', () => {
  it('the tables have a sentence for each code and for nothing else', () => {
    for (const lang of LANGS) {
      expect(Object.keys(editMessages(lang).refusal).sort()).toEqual([...REFUSAL_CODES].sort());
      expect(Object.keys(editMessages(lang).note).sort()).toEqual([...NOTE_CODES].sort());
    }
  });

  it.each(REFUSAL_CODES)('refusal %s: a whole sentence in each language, the two different', (code) => {
    const refusal = { code, args: REFUSALS[code], usage: true } as Parameters<typeof sayRefusal>[1];
    const da = sayRefusal(editMessages('da').refusal, refusal);
    const en = sayRefusal(editMessages('en').refusal, refusal);
    for (const said of [da, en]) {
      expect(said.length).toBeGreaterThan(10);
      expect(said).not.toMatch(BROKEN);
    }
    expect(da).not.toBe(en);
  });

  it.each(NOTE_CODES)('note %s: a whole sentence in each language, the two different', (code) => {
    const note = { code, args: NOTES[code] } as Parameters<typeof sayNote>[1];
    const da = sayNote(editMessages('da').note, note, 'roster.yaml');
    const en = sayNote(editMessages('en').note, note, 'roster.yaml');
    for (const said of [da, en]) {
      expect(said.length).toBeGreaterThan(10);
      expect(said).not.toMatch(BROKEN);
    }
    expect(da).not.toBe(en);
  });

  it('the command a note offers names the roster the edit was made in, as the shell must be given it', () => {
    const note = { code: 'offer-in-chain', args: { chains: 'politi', member: 'politi-kontakt', person: 'jonas-bach' } } as Parameters<typeof sayNote>[1];
    expect(sayNote(editMessages('da').note, note, 'plan med mellemrum.yaml')).toContain(
      "sæt suppleanten ind lige efter med: beredskab --roster 'plan med mellemrum.yaml' substitute set politi-kontakt jonas-bach --in-chain",
    );
    expect(sayNote(editMessages('en').note, note, 'nordby.yaml')).toContain('with: beredskab --roster nordby.yaml substitute set politi-kontakt jonas-bach --in-chain');
  });

  it('numbers, rules and the places an id is used are worded, not printed as data', () => {
    const say = (lang: 'da' | 'en', code: 'red-not-sooner' | 'rule-text-rewritten') => sayNote(editMessages(lang).note, { code, args: NOTES[code] } as Parameters<typeof sayNote>[1], 'roster.yaml');
    expect(say('da', 'red-not-sooner')).toBe('Bemærk: rødt niveau mødes nu ikke før gult (rødt inden for 48 timer, gult inden for 2 arbejdsdage); er det planens frist?');
    expect(say('en', 'red-not-sooner')).toContain('(red within 48 hours, yellow within 2 working days)');
    expect(say('da', 'rule-text-rewritten')).toBe('Planens tekst: reglen for gult niveau står nu som 1 arbejdsdag i organisering (da, 1) (afsnit, sprog, antal steder)');
    const referenced = (lang: 'da' | 'en') => sayRefusal(editMessages(lang).refusal, { code: 'referenced', args: REFUSALS.referenced, usage: true });
    expect(referenced('da')).toBe(
      'Lasse Bonde (lasse-bonde) kan ikke fjernes, fordi planen stadig bruger lasse-bonde: medlem af beredskabsgruppen; i kæden "politi" (beredskab chain remove politi …). Flyt dem til en anden med --replace-with ID, eller ret dem først',
    );
    const signed = sayRefusal(editMessages('en').refusal, { code: 'referenced', args: { id: 'x', name: 'X', refs: [{ where: 'signatory', detail: '1' }] }, usage: true });
    expect(signed).toContain('Signatures are removed with beredskab signatory remove');
    expect(sayRefusal(editMessages('da').refusal, { code: 'id-invalid', args: { id: 'A B', option: false }, usage: true })).not.toContain('--id');
    expect(sayRefusal(editMessages('en').refusal, { code: 'id-invalid', args: { id: 'A B', option: true }, usage: true })).toContain(' with --id');
  });
});
