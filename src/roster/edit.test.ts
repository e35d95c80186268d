import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdit, slugOf, type EditOutcome, type EditRequest } from './edit.js';
import { loadRoster } from './load.js';
import { rosterTemplate } from './template.js';

const SHIPPED = readFileSync(new URL('../../roster.yaml', import.meta.url), 'utf8');
const TODAY = '2026-12-01';
const edit = (request: EditRequest, text = SHIPPED) => applyEdit(text, request, { file: 'roster.yaml', today: TODAY });
const ok = (outcome: EditOutcome) => {
  if (outcome.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(outcome)}`);
  return outcome;
};

/** The lines removed and added, from a longest-common-subsequence line diff. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) added.push(b[j++]!);
    else removed.push(a[i++]!);
  }
  return { removed, added };
}

const comments = (text: string) => text.split('\n').filter((l) => l.trimStart().startsWith('#'));
const STAMP = { removed: ['revision: 1', 'lastChanged: 2026-11-27'], added: ['revision: 2', `lastChanged: ${TODAY}`] };

describe('each edit on the shipped roster changes only its own lines, the revision and the date', () => {
  const cases: Array<[string, EditRequest, string[], string[]]> = [
    ['person set phone', { kind: 'person-set', id: 'morten-strange', phone: '30359685' }, ['    phone: "30359684"'], ['    phone: "30 35 96 85"']],
    ['person set email (new key)', { kind: 'person-set', id: 'claus-hansen', email: 'clha@randers.dk' }, [], ['    email: clha@randers.dk']],
    [
      'person add',
      { kind: 'person-add', name: 'Åse Ørum', title: 'Driftschef', organisation: 'lejerbo', phone: '26 78 90 12' },
      [],
      ['  - id: aase-oerum', '    name: Åse Ørum', '    title: Driftschef', '    organisation: lejerbo', '    phone: "26 78 90 12"'],
    ],
    ['substitute set (new key)', { kind: 'substitute-set', member: 'claus-hansen', person: 'jens-heslop' }, [], ['      substitute: jens-heslop']],
    ['substitute set (existing)', { kind: 'substitute-set', member: 'lasse-bonde', person: 'camilla-nielsen' }, ['      substitute: allan-aarslev'], ['      substitute: camilla-nielsen']],
    ['confirm', { kind: 'confirm', ids: ['claus-hansen', 'lasse-bonde'], date: '2026-11-30' }, [], ['    confirmed: 2026-11-30', '    confirmed: 2026-11-30']],
    ['organisation add', { kind: 'organisation-add', name: 'Randers Brandvæsen' }, [], ['  - id: randers-brandvaesen', '    name: Randers Brandvæsen']],
    ['organisation set', { kind: 'organisation-set', id: 'lejerbo', name: 'Lejerbo Randers' }, ['    name: Lejerbo'], ['    name: Lejerbo Randers']],
    ['member add', { kind: 'member-add', person: 'pia-hesselvig' }, [], ['    - person: pia-hesselvig']],
  ];
  it.each(cases)('%s', (_, request, removed, added) => {
    const out = ok(edit(request));
    const lines = changedLines(SHIPPED, out.text);
    expect(lines.removed.sort()).toEqual([...STAMP.removed, ...removed].sort());
    expect(lines.added.sort()).toEqual([...STAMP.added, ...added].sort());
    expect(comments(out.text)).toEqual(comments(SHIPPED));
    expect(out.after.revision).toBe(2);
    expect(out.after.lastChanged).toBe(TODAY);
  });

  it('member replace: the successor takes every place but the signatures; the leaver stays because they signed', () => {
    const out = ok(edit({ kind: 'member-replace', id: 'jorgen-lajer', name: 'Anne Andersen', phone: '31 31 31 31' }));
    const lines = changedLines(SHIPPED, out.text);
    expect(lines.removed.sort()).toEqual([...STAMP.removed, '    - person: jorgen-lajer', expect.stringContaining('    by: [claus-hansen')].sort());
    expect(lines.added).toContain('  - id: anne-andersen');
    expect(lines.added).toContain('    - person: anne-andersen');
    expect(out.after.people.find((p) => p.id === 'anne-andersen')).toEqual({
      id: 'anne-andersen',
      name: 'Anne Andersen',
      title: 'Lokalinspektør',
      organisation: 'lejerbo',
      phone: '31 31 31 31',
    });
    expect(out.after.signatories.find((s) => s.title === 'Lokalinspektør')?.person).toBe('jorgen-lajer');
    expect(out.notes).toEqual([{ code: 'still-referenced', args: { name: 'Jørgen Lajer', id: 'jorgen-lajer', where: 'signatories' } }]);
    expect(out.findings.filter((d) => d.severity === 'notice').map((d) => d.code)).toEqual(['notify-coordinator']);
    expect(comments(out.text)).toEqual(comments(SHIPPED));
  });

  it('member replace of someone who did not sign removes them and reaches chains, substitutes and press', () => {
    const out = ok(edit({ kind: 'member-replace', id: 'allan-aarslev', name: 'Bent Bach', phone: '22 70 12 27' }));
    expect(out.after.people.some((p) => p.id === 'allan-aarslev')).toBe(false);
    expect(out.after.group.members.find((m) => m.person === 'lasse-bonde')?.substitute).toBe('bent-bach');
    expect(out.after.activation.chains[0]!.contacts).toEqual(['lasse-bonde', 'bent-bach', 'politi-vagtchef']);
    const press = ok(edit({ kind: 'member-replace', id: 'pia-hesselvig', name: 'Per Holm', phone: '38121467' }));
    expect(press.after.press.contacts).toEqual(['jens-heslop', 'camilla-nielsen', 'per-holm', 'kenneth-hansen']);
    expect(press.text).not.toContain('pia-hesselvig');
  });

  it('member remove needs someone else from the organisation in the group', () => {
    const refused = edit({ kind: 'member-remove', person: 'jorgen-lajer' });
    expect(refused).toMatchObject({ status: 'refused', refusal: { code: 'no-successor', args: { organisation: 'Lejerbo' }, usage: false } });
    const added = ok(edit({ kind: 'member-add', person: 'pia-hesselvig' }));
    const removed = ok(edit({ kind: 'member-remove', person: 'jorgen-lajer' }, added.text));
    expect(removed.after.group.members.map((m) => m.person)).not.toContain('jorgen-lajer');
    expect(removed.after.revision).toBe(3);
  });

  it('plan set replaces the areas and the period', () => {
    const out = ok(edit({ kind: 'plan-set', areas: ['Østparken', 'Vestbyen'], end: '2030-12-31' }));
    expect(out.after.plan.areas).toEqual(['Østparken', 'Vestbyen']);
    expect(out.after.plan.period.end).toBe('2030-12-31');
    expect(comments(out.text)).toEqual(comments(SHIPPED));
  });
});

describe('values from the command line are written as YAML that reads back as given', () => {
  it.each(['Anne "A" <script>alert(1)</script>', "O'Brien: #1 | - [x] {y}", 'yes', '0045 1234', 'mellem  rum'])('%s', (name) => {
    const out = ok(edit({ kind: 'person-add', name, title: name, organisation: 'lejerbo', phone: '31313131', id: 'ny-person' }));
    const person = out.after.people.find((p) => p.id === 'ny-person');
    expect(person?.name).toBe(name);
    expect(person?.title).toBe(name);
    expect(comments(out.text)).toEqual(comments(SHIPPED));
  });

  it('spaces around a value are not kept: "  Ole Brand " is Ole Brand', () => {
    const out = ok(edit({ kind: 'person-add', name: '  Ole Brand ', title: ' Chef', organisation: 'lejerbo', phone: '31313131', id: 'ny-person' }));
    expect(out.after.people.find((p) => p.id === 'ny-person')).toMatchObject({ name: 'Ole Brand', title: 'Chef' });
  });

  it('a name over two lines is refused, since a name is one line', () => {
    const out = edit({ kind: 'person-add', name: 'Linje 1\nLinje 2', title: 'T', organisation: 'lejerbo', phone: '31313131', id: 'ny-person' });
    expect(out.status).toBe('invalid-after');
    expect(out.status === 'invalid-after' && out.findings.map((d) => d.code)).toContain('text-multiline');
  });
});

describe('the file keeps its own form', () => {
  it('a byte-order mark and Windows line ends stay', () => {
    const windows = '\ufeff' + SHIPPED.replace(/\n/g, '\r\n');
    const out = ok(edit({ kind: 'person-set', id: 'claus-hansen', phone: '40867409' }, windows));
    expect(out.text.startsWith('\ufeffschemaVersion') || out.text.startsWith('\ufeff#')).toBe(true);
    expect(out.text.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(out.text.replace(/^\ufeff/, '').replace(/\r\n/g, '\n')).toBe(ok(edit({ kind: 'person-set', id: 'claus-hansen', phone: '40867409' })).text);
  });
});

describe('edits that are not made', () => {
  const cases: Array<[string, EditRequest, string, Record<string, string>]> = [
    ['unknown id', { kind: 'person-set', id: 'nobody', phone: '31313131' }, 'unknown-person', { id: 'nobody' }],
    ['a Swedish number', { kind: 'person-set', id: 'claus-hansen', phone: '+46 70 123 45 67' }, 'phone-invalid', { phone: '+46 70 123 45 67' }],
    ['too few digits', { kind: 'member-replace', id: 'jorgen-lajer', name: 'Anne Andersen', phone: '3131313' }, 'phone-invalid', {}],
    ['an id that is taken', { kind: 'member-replace', id: 'jorgen-lajer', name: 'Pia Hesselvig', phone: '31313131' }, 'id-taken', { id: 'pia-hesselvig' }],
    ['an id given that is taken', { kind: 'person-add', id: 'lejerbo', name: 'X', title: 'Y', organisation: 'lejerbo', phone: '31313131' }, 'id-taken', { id: 'lejerbo' }],
    ['an unknown organisation', { kind: 'person-set', id: 'claus-hansen', organisation: 'nowhere' }, 'unknown-organisation', { id: 'nowhere' }],
    ['a substitute who is not in the plan', { kind: 'substitute-set', member: 'claus-hansen', person: 'nobody' }, 'unknown-person', { id: 'nobody' }],
    ['a substitute for a non-member', { kind: 'substitute-set', member: 'jens-heslop', person: 'claus-hansen' }, 'not-a-member', { id: 'jens-heslop' }],
    ['nothing asked', { kind: 'person-set', id: 'claus-hansen' }, 'nothing-to-change', {}],
  ];
  it.each(cases)('%s', (_, request, code, args) => {
    expect(edit(request)).toMatchObject({ status: 'refused', refusal: { code, args, usage: true } });
  });

  it('a roster that already has errors is refused as it is', () => {
    const broken = SHIPPED.replace('phone: "25583249"', 'phone: "2558"');
    const out = edit({ kind: 'confirm', ids: ['claus-hansen'] }, broken);
    expect(out.status).toBe('invalid-before');
    if (out.status === 'invalid-before') expect(out.findings.map((d) => [d.code, d.line])).toEqual([['phone-invalid', broken.split('\n').findIndex((l) => l.includes('"2558"')) + 1]]);
  });

  it('an edit whose result would not lint is not returned as ok', () => {
    const out = edit({ kind: 'person-set', id: 'claus-hansen', email: 'clha@' });
    expect(out).toMatchObject({ status: 'refused', refusal: { code: 'email-invalid' } });
    const dated = edit({ kind: 'confirm', ids: ['claus-hansen'], date: '2026-13-01' });
    expect(dated.status).toBe('invalid-after');
  });
});

describe('slugOf', () => {
  it.each([
    ['Anne Andersen', 'anne-andersen'],
    ['Jørgen Lajer', 'joergen-lajer'],
    ['Åse Ærø-Hansen', 'aase-aeroe-hansen'],
    ['  René  Müller ', 'rene-muller'],
    ['Randers Kommune', 'randers-kommune'],
  ])('%s → %s', (name, slug) => expect(slugOf(name)).toBe(slug));
});

describe('a roster from init', () => {
  const text = rosterTemplate({ municipality: 'Nordby Kommune', title: 'Plan: "Nordby" 2026', areas: ['Østparken'], today: TODAY });
  it('lists every blank as an error at its line, and nothing else as an error', () => {
    const result = loadRoster(new TextEncoder().encode(text), { file: 'r.yaml', today: TODAY });
    const errors = result.findings.filter((d) => d.severity === 'error');
    expect(errors.every((d) => d.code === 'blank-unfilled')).toBe(true);
    const lines = text.split('\n');
    const marked = lines.flatMap((l, i) => (l.includes('"UDFYLD') ? [i + 1] : []));
    expect(errors.map((d) => d.line)).toEqual(marked);
    expect(errors.every((d) => lines[d.line - 1]!.slice(d.col - 1).startsWith('"UDFYLD'))).toBe(true);
    expect(result.roster?.plan.title).toBe('Plan: "Nordby" 2026');
  });

  it('can be filled in with edits alone', () => {
    let current = text;
    const steps: EditRequest[] = [
      { kind: 'member-replace', id: 'koordinator', name: 'Mette Holm', title: 'Koordinator', phone: '21436587' },
      { kind: 'member-replace', id: 'politi-kontakt', name: 'Søren Vang', title: 'Politikommissær', phone: '22334455' },
      { kind: 'member-replace', id: 'bolig-kontakt', name: 'Åse Ørum', title: 'Driftschef', phone: '26789012' },
      { kind: 'organisation-set', id: 'politi', name: 'Nordby Politi' },
      { kind: 'organisation-set', id: 'boligorganisation', name: 'Nordby Bolig' },
    ];
    for (const step of steps) current = ok(edit(step, current)).text;
    const result = loadRoster(new TextEncoder().encode(current), { file: 'r.yaml', today: TODAY });
    expect(result.findings.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.roster?.revision).toBe(6);
  });
});
