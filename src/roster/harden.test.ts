import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdit, type EditOutcome, type EditRequest } from './edit.js';
import { loadRoster } from './load.js';
import { said } from '../../tests/said.js';

/** Rules and edits made safer by a hostile run: numbers, names, dates and the group's seats. */

const SHIPPED = readFileSync(new URL('../../roster.yaml', import.meta.url), 'utf8');
const TODAY = '2026-12-01';
const edit = (request: EditRequest, text = SHIPPED) => applyEdit(text, request, { file: 'roster.yaml', today: TODAY });
const lint = (text: string, lang: 'da' | 'en' = 'da') => said(loadRoster(new TextEncoder().encode(text), { file: 'roster.yaml', today: TODAY }), lang).diagnostics;
const found = (text: string) => lint(text).map((d) => `${d.severity} ${d.code} ${d.path}`);
const swap = (from: string, to: string, text = SHIPPED) => {
  if (!text.includes(from)) throw new Error(`roster lacks: ${from}`);
  return text.replace(from, to);
};

/** The 1-based line on which `needle` starts in `text`. */
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('a lastChanged after today', () => {
  const ahead = swap('lastChanged: 2026-11-27', 'lastChanged: 2027-03-01');

  it('lint warns, naming the date and today', () => {
    const d = lint(ahead).find((x) => x.code === 'last-changed-ahead')!;
    expect(d).toMatchObject({ severity: 'warning', path: 'lastChanged', line: lineOf(ahead, 'lastChanged: 2027-03-01') });
    expect(d.message).toBe('lastChanged (2027-03-01) ligger efter i dag (2026-12-01); sæt den til datoen for den seneste ændring (en ændring med beredskab sætter den til i dag)');
    expect(lint(ahead, 'en').find((x) => x.code === 'last-changed-ahead')!.message).toContain('lastChanged (2027-03-01) is after today (2026-12-01)');
  });

  it('an edit goes through, sets today and says it did', () => {
    const out = edit({ kind: 'person-set', id: 'lasse-bonde', phone: '25583250' }, ahead);
    expect(out.status).toBe('ok');
    const ok = out as Extract<EditOutcome, { status: 'ok' }>;
    expect(ok.after.lastChanged).toBe(TODAY);
    expect(ok.notes).toEqual([{ code: 'last-changed-repaired', args: { date: '2027-03-01', today: TODAY } }]);
  });
});

describe('every organisation in the group keeps a member', () => {
  it('person set --organisation that empties an organisation\'s seat is refused with the rule', () => {
    // Morten Strange is the only member from Børne- og ungecenter.
    const out = edit({ kind: 'person-set', id: 'morten-strange', organisation: 'lejerbo' });
    expect(out.status).toBe('invalid-after');
    const d = said(out as Extract<EditOutcome, { status: 'invalid-after' }>, 'da').diagnostics;
    expect(d.map((x) => x.code)).toEqual(['organisation-unseated']);
    expect(d[0]!.message).toContain('Morten Strange hører nu til Lejerbo, og så har Børne- og ungecenter ikke længere et medlem i beredskabsgruppen');
  });

  it('a move is allowed when someone else from the organisation sits in the group', () => {
    // Lasse Bonde and Allan Aarslev are both from the police; Allan is not a member, Lasse is.
    const withAllan = swap('    - person: morten-strange\n', '    - person: morten-strange\n    - person: allan-aarslev\n');
    expect(edit({ kind: 'person-set', id: 'lasse-bonde', organisation: 'lejerbo' }, withAllan).status).toBe('ok');
    expect(edit({ kind: 'person-set', id: 'lasse-bonde', organisation: 'lejerbo' }).status).toBe('invalid-after');
  });
});

describe('an edit on a roster with an error', () => {
  const broken = swap('    name: Jens Heslop\n', '    name: "Jens\\aHeslop"\n');

  it('goes through when it repairs the error', () => {
    expect(found(broken)).toContain('error text-control-character people[8].name');
    const out = edit({ kind: 'person-set', id: 'jens-heslop', name: 'Jens Heslop' }, broken);
    expect(out.status).toBe('ok');
  });

  it('is refused with the errors when it repairs nothing', () => {
    const out = edit({ kind: 'person-set', id: 'lasse-bonde', phone: '25583250' }, broken);
    expect(out.status).toBe('invalid-before');
    expect(out.status === 'invalid-before' && out.findings.map((d) => d.code)).toEqual(['text-control-character']);
  });

  it('is refused when it repairs one error and makes another', () => {
    const out = edit({ kind: 'person-set', id: 'jens-heslop', name: 'Jens\nHeslop' }, broken);
    expect(out.status).toBe('invalid-before');
  });
});

describe('text in decomposed Unicode', () => {
  const decomposed = 'A\u030ase \u00d8rum';

  it('the loader reads it composed and lint warns where it stands', () => {
    const text = swap('    name: Jens Heslop\n', `    name: ${decomposed}\n`);
    const loaded = said(loadRoster(new TextEncoder().encode(text), { file: 'roster.yaml', today: TODAY }), 'da');
    expect(loaded.roster!.people[8]!.name).toBe('Åse Ørum');
    expect(loaded.diagnostics.filter((d) => d.code === 'text-not-nfc').map((d) => `${d.severity} ${d.path} ${d.line}`)).toEqual([`warning people[8].name ${lineOf(text, `    name: ${decomposed}`)}`]);
  });

  it('a name typed decomposed gets the same id as the name typed composed, and is written composed', () => {
    const first = edit({ kind: 'person-add', name: 'Åse Ørum', title: 'Konsulent', organisation: 'lejerbo', phone: '31313131' });
    expect(first.status).toBe('ok');
    const text = (first as Extract<EditOutcome, { status: 'ok' }>).text;
    const second = edit({ kind: 'person-add', name: decomposed, title: 'Konsulent', organisation: 'lejerbo', phone: '32323232' }, text);
    expect(second).toMatchObject({ status: 'refused', refusal: { code: 'id-taken', args: { id: 'aase-oerum' } } });
    const alone = edit({ kind: 'person-add', name: decomposed, title: 'Konsulent', organisation: 'lejerbo', phone: '31313131' });
    expect((alone as Extract<EditOutcome, { status: 'ok' }>).text).toContain('  - id: aase-oerum\n    name: Åse Ørum\n');
  });
});

describe('phone numbers', () => {
  it('a service number is refused as a person\'s phone, in lint and in an edit', () => {
    expect(found(swap('    phone: "25583249"', '    phone: "112"'))).toContain('error phone-service-number people[1].phone');
    expect(edit({ kind: 'person-set', id: 'lasse-bonde', phone: '112' })).toMatchObject({ status: 'refused', refusal: { code: 'phone-service', args: { phone: '112' }, usage: true } });
    expect(edit({ kind: 'person-add', name: 'Bo Ek', title: 'Konsulent', organisation: 'lejerbo', phone: '114' })).toMatchObject({ status: 'refused', refusal: { code: 'phone-service' } });
    expect(edit({ kind: 'member-replace', id: 'jorgen-lajer', name: 'Bo Ek', phone: '1 1 2' })).toMatchObject({ status: 'refused', refusal: { code: 'phone-service' } });
  });

  it('a service number stays right in the hotlines', () => {
    expect(found(swap('    phone: "114"', '    phone: "112"')).filter((f) => f.startsWith('error'))).toEqual([]);
  });

  it('two people with one number: a warning at the second', () => {
    const text = swap('    phone: "25583249"', '    phone: "40 86 74 08"');
    const d = lint(text).filter((x) => x.code === 'phone-shared');
    expect(d.map((x) => `${x.severity} ${x.path}`)).toEqual(['warning people[1].phone']);
    expect(d[0]!.message).toMatch(/^Lasse Bonde har samme telefonnummer \(40 86 74 08\) som Claus Hansen \(linje \d+\)/);
  });

  it("a døgnnummer that is a person's own phone: a warning at the døgnnummer", () => {
    const text = swap('    phone: "114"', '    phone: "40 86 74 08"');
    const d = lint(text).filter((x) => x.code === 'phone-shared');
    expect(d.map((x) => `${x.severity} ${x.path}`)).toEqual(['warning hotlines[0].phone']);
    expect(d[0]!.message).toMatch(/har samme telefonnummer \(40 86 74 08\) som Claus Hansen \(linje \d+\)/);
  });

  it('two organisations with one name: a warning', () => {
    const text = swap('    name: Lejerbo\n', '    name: lejerbo \n');
    const names = SHIPPED.match(/^  - id: randersbolig\n    name: (.*)$/m)![1]!;
    const d = lint(swap(`    name: ${names}\n`, '    name: Lejerbo\n', text)).filter((x) => x.code === 'organisation-name-duplicate');
    expect(d.map((x) => `${x.severity} ${x.path}`)).toEqual(['warning organisations[8].name']);
  });
});
