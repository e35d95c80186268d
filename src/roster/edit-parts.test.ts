import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { said, saidDiff, saidNote, saidRefusal } from '../../tests/said.js';
import { applyEdit, type EditOutcome, type EditRequest } from './edit.js';
import { listOps } from './edit-parts.js';
import { applyOps } from './yamledit.js';

const SHIPPED = readFileSync(new URL('../../roster.yaml', import.meta.url), 'utf8');
const TODAY = '2026-12-01';
const edit = (request: EditRequest, text = SHIPPED) => applyEdit(text, request, { file: 'roster.yaml', today: TODAY });
const ok = (outcome: EditOutcome) => {
  if (outcome.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(outcome)}`);
  return outcome;
};
/** The change as the user reads it: the diff's lines without the heading. */
const told = (outcome: EditOutcome) => {
  const o = ok(outcome);
  return saidDiff(o.before, o.after, 'da').split('\n').slice(1, -1).map((l) => l.replace(/^ {2}• /, ''));
};
/** Lines of the text that changed, besides revision and lastChanged. */
const changed = (outcome: EditOutcome) => {
  const before = new Set(SHIPPED.split('\n'));
  const after = ok(outcome).text.split('\n');
  const afterSet = new Set(after);
  return {
    removed: SHIPPED.split('\n').filter((l) => !afterSet.has(l) && !/^(revision|lastChanged):/.test(l)),
    added: after.filter((l) => !before.has(l) && !/^(revision|lastChanged):/.test(l)),
  };
};
const refusal = (outcome: EditOutcome) => {
  if (outcome.status !== 'refused') throw new Error(`expected a refusal, got ${outcome.status}`);
  return { code: outcome.refusal.code, usage: outcome.refusal.usage, message: saidRefusal(outcome.refusal, 'da') };
};

describe('each edit of a part: its effect, in the file and in words', () => {
  it('chain set: the order given, only the chain’s line', () => {
    const out = edit({ kind: 'chain-set', id: 'politi', contacts: ['allan-aarslev', 'lasse-bonde', 'politi-vagtchef'] });
    expect(changed(out)).toEqual({ removed: ['      contacts: [lasse-bonde, allan-aarslev, politi-vagtchef]'], added: ['      contacts: [allan-aarslev, lasse-bonde, politi-vagtchef]'] });
    expect(told(out)).toEqual(['Ringe-rækkefølge "politi": Lasse Bonde → Allan Aarslev → 114  ⇒  Allan Aarslev → Lasse Bonde → 114']);
  });
  it('chain insert --after and --before; chain remove', () => {
    expect(ok(edit({ kind: 'chain-insert', id: 'koordinator', contact: 'politi-vagtchef' })).after.activation.chains[1]!.contacts).toEqual(['louise-hou-kragh', 'politi-vagtchef']);
    expect(ok(edit({ kind: 'chain-insert', id: 'politi', contact: 'jens-heslop', after: 'lasse-bonde' })).after.activation.chains[0]!.contacts).toEqual(['lasse-bonde', 'jens-heslop', 'allan-aarslev', 'politi-vagtchef']);
    expect(ok(edit({ kind: 'chain-insert', id: 'politi', contact: 'jens-heslop', before: 'lasse-bonde' })).after.activation.chains[0]!.contacts).toEqual(['jens-heslop', 'lasse-bonde', 'allan-aarslev', 'politi-vagtchef']);
    const removed = edit({ kind: 'chain-remove', id: 'politi', contact: 'allan-aarslev' });
    expect(told(removed)).toEqual(['Ringe-rækkefølge "politi": Lasse Bonde → Allan Aarslev → 114  ⇒  Lasse Bonde → 114']);
  });
  it('chain add: a new chain, its id said', () => {
    const out = ok(edit({ kind: 'chain-add', id: 'bolig', title: 'Ring til boligorganisationen', purpose: 'Driften lukker for vand og varme.', contacts: ['jorgen-lajer', 'politi-vagtchef'] }));
    expect(out.created).toEqual({ what: 'chain', id: 'bolig' });
    expect(told(out)).toEqual(['Ny ringekæde "bolig" (Ring til boligorganisationen): Jørgen Lajer → 114']);
  });
  it('chain set --title keeps the { da, en } form and drops the stale English', () => {
    const out = edit({ kind: 'chain-set', id: 'politi', title: 'Ring straks til politiet' });
    expect(ok(out).after.activation.chains[0]!.title).toEqual({ da: 'Ring straks til politiet' });
    expect(told(out)).toEqual(['Overskrift for kæden "politi": Ring til politiet → Ring straks til politiet']);
  });
  it('substitute set --in-chain puts the substitute right after the member; without it the offer is made', () => {
    const without = ok(edit({ kind: 'substitute-set', member: 'lasse-bonde', person: 'jens-heslop' }));
    expect(without.after.activation.chains[0]!.contacts).toEqual(['lasse-bonde', 'allan-aarslev', 'politi-vagtchef']);
    expect(without.notes).toEqual([{ code: 'offer-in-chain', args: { chains: 'politi', member: 'lasse-bonde', person: 'jens-heslop' } }]);
    const within = ok(edit({ kind: 'substitute-set', member: 'lasse-bonde', person: 'jens-heslop', inChain: true }));
    // Allan Aarslev stood in for him, right after him in the chain: the new substitute takes that place.
    expect(within.after.activation.chains[0]!.contacts).toEqual(['lasse-bonde', 'jens-heslop', 'politi-vagtchef']);
    expect(within.notes).toEqual([{ code: 'put-in-chain', args: { chains: 'politi', member: 'lasse-bonde', person: 'jens-heslop' } }]);
    const fresh = ok(edit({ kind: 'substitute-set', member: 'jorgen-lajer', person: 'pia-hesselvig', inChain: true }, SHIPPED.replace('[louise-hou-kragh]\n', '[louise-hou-kragh, jorgen-lajer]\n')));
    expect(fresh.after.activation.chains[1]!.contacts).toEqual(['louise-hou-kragh', 'jorgen-lajer', 'pia-hesselvig']);
  });
  it('hotline add, set, remove', () => {
    const added = ok(edit({ kind: 'hotline-add', name: 'Randers Kommunes døgnvagt', organisation: 'randers-kommune', phone: '89151515' }));
    expect(added.created).toEqual({ what: 'hotline', id: 'randers-kommunes-doegnvagt' });
    expect(told(added)).toEqual(['Nyt døgnnummer: Randers Kommunes døgnvagt (89 15 15 15)']);
    expect(added.text).toContain('    phone: "114"\n  - id: randers-kommunes-doegnvagt\n    name: Randers Kommunes døgnvagt\n    organisation: randers-kommune\n    phone: "89 15 15 15"\n\ngroup:');
    const set = edit({ kind: 'hotline-set', id: 'politi-vagtchef', phone: '112' });
    expect(told(set)).toEqual(['Døgnnummer Østjyllands Politis vagtchef: Østjyllands Politis vagtchef, Østjyllands Politi, 114 → Østjyllands Politis vagtchef, Østjyllands Politi, 112']);
    const removable = ok(added).text;
    expect(ok(edit({ kind: 'hotline-remove', id: 'randers-kommunes-doegnvagt' }, removable)).after.hotlines.map((h) => h.id)).toEqual(['politi-vagtchef']);
  });
  it('signatory add, remove, move', () => {
    const added = edit({ kind: 'signatory-add', person: 'pia-hesselvig' });
    expect(ok(added).after.signatories.at(-1)).toEqual({ person: 'pia-hesselvig', title: expect.any(String), organisation: expect.any(String) });
    expect(told(added)[0]).toMatch(/^Underskrivere: Claus Hansen, .*Louise Hou Kragh {2}⇒ {2}Claus Hansen, .*Louise Hou Kragh, Pia Hesselvig$/);
    const removed = ok(edit({ kind: 'signatory-remove', person: 'claus-hansen' }));
    expect(removed.after.signatories.map((s) => s.person)).not.toContain('claus-hansen');
    expect(removed.text).toContain('signatories:\n  - person: camilla-nielsen\n');
    const moved = ok(edit({ kind: 'signatory-move', person: 'louise-hou-kragh', position: '1' }));
    expect(moved.after.signatories.map((s) => s.person)).toEqual(['louise-hou-kragh', 'claus-hansen', 'camilla-nielsen', 'morten-strange', 'gine-norager', 'jorgen-lajer', 'peter-pedersen']);
    // Every entry keeps all its fields: a move never loses what the entry says.
    expect([...moved.after.signatories].sort((a, b) => a.person.localeCompare(b.person))).toEqual([...moved.before.signatories].sort((a, b) => a.person.localeCompare(b.person)));
  });
  it('press add, remove, set --responsible', () => {
    expect(told(edit({ kind: 'press-add', person: 'lasse-bonde' }))).toEqual([expect.stringMatching(/^Pressekontakter: .* {2}⇒ {2}.*, Lasse Bonde$/)]);
    const set = edit({ kind: 'press-set', responsible: ['randers-kommune'] });
    expect(told(set)).toEqual(['Koordinerer kontakten med pressen: Østjyllands Politi, Randers Kommune  ⇒  Randers Kommune']);
    expect(changed(set)).toEqual({ removed: ['  responsible: [ostjyllands-politi, randers-kommune]'], added: ['  responsible: [randers-kommune]'] });
  });
  it('inform add, set, remove', () => {
    const added = ok(edit({ kind: 'inform-add', by: ['louise-hou-kragh'], informs: 'informerer skolerne', when: 'samme dag' }));
    expect(added.created).toEqual({ what: 'duty', id: 'informerer-skolerne' });
    expect(told(added)).toEqual(['Ny linje om hvem der informerer ("informerer-skolerne"): Louise Hou Kragh informerer skolerne']);
    const set = edit({ kind: 'inform-set', id: 'ssp-netvaerk', by: ['claus-hansen', 'jens-heslop'] });
    expect(changed(set)).toEqual({ removed: ['    by: [claus-hansen]'], added: ['    by: [claus-hansen, jens-heslop]'] });
    expect(ok(edit({ kind: 'inform-remove', id: 'driftsenheder' })).after.communication.map((d) => d.id)).not.toContain('driftsenheder');
  });
  it('adhoc add (a text or a reference), remove (by number, id or text)', () => {
    expect(told(edit({ kind: 'adhoc-add', text: 'kirken' }))).toEqual(['Ad hoc-listen: brandvæsenet, daginstitutioner, skolen, opsøgende medarbejdere, klubmedarbejdere, viceværter  ⇒  brandvæsenet, daginstitutioner, skolen, opsøgende medarbejdere, klubmedarbejdere, viceværter, kirken']);
    expect(ok(edit({ kind: 'adhoc-add', ref: 'politi-vagtchef' })).after.adHoc.at(-1)).toEqual({ ref: 'politi-vagtchef' });
    expect(ok(edit({ kind: 'adhoc-remove', entry: '2' })).after.adHoc).not.toContainEqual(expect.objectContaining({ da: 'daginstitutioner' }));
    expect(ok(edit({ kind: 'adhoc-remove', entry: 'skolen' })).after.adHoc).toHaveLength(5);
  });
  it('calendar set and level set say old → new in words', () => {
    expect(told(edit({ kind: 'calendar-set', workdayEnds: '15.30', daysOff: ['christmas-eve', 'new-years-eve'] }))).toEqual([
      'Arbejdsdagen slutter: kl. 16.00 → kl. 15.30',
      'Faste fridage: ingen → juleaftensdag og nytårsaftensdag',
    ]);
    // The plan's sentence that states the rule says the new one too, and the change summary shows it.
    expect(told(edit({ kind: 'level-set', level: 'yellow', workingDays: '2' }))).toEqual([
      'Gult niveau: gruppen mødes inden for 3 arbejdsdage → inden for 2 arbejdsdage',
      'Planens tekst, formaal: - Ved gult beredskabsniveau samles beredskabet inden for [-3-]{+2+} arbejdsdage. - Ved rødt beredskabsniveau samles beredskabet inden for 24 timer.',
    ]);
    expect(told(edit({ kind: 'level-set', level: 'red', hours: '12' }))).toEqual([
      'Rødt niveau: gruppen mødes inden for 24 timer → inden for 12 timer',
      'Planens tekst, formaal: - Ved gult beredskabsniveau samles beredskabet inden for 3 arbejdsdage. - Ved rødt beredskabsniveau samles beredskabet inden for [-24-]{+12+} timer.',
    ]);
    const swapped = ok(edit({ kind: 'level-set', level: 'yellow', hours: '48' }));
    expect(swapped.after.levels.yellow!.convene).toEqual({ type: 'hours', hours: 48 });
  });
  it('organisation set names the old and the new name; organisation remove when unused', () => {
    expect(told(edit({ kind: 'organisation-set', id: 'ostjyllands-politi', name: 'Nordjyllands Politi' }))).toEqual(['Organisation: Nordjyllands Politi (var Østjyllands Politi)']);
    const removed = ok(edit({ kind: 'organisation-remove', id: 'randersbolig-driften' }, SHIPPED.replace(/organisation: randersbolig-driften/g, 'organisation: randersbolig').replace('with: [randersbolig-driften, lejerbo]', 'with: [lejerbo]')));
    expect(removed.after.organisations.map((o) => o.id)).not.toContain('randersbolig-driften');
  });
  it('member replace says the id of the successor', () => {
    expect(ok(edit({ kind: 'member-replace', id: 'jorgen-lajer', name: 'Anne Andersen', phone: '31313131' })).created).toEqual({ what: 'person', id: 'anne-andersen' });
  });
  it('person add says the id; a new person outside the group is named, never as a section', () => {
    const out = ok(edit({ kind: 'person-add', name: 'Åse Øhlenschläger', title: 'Konsulent', organisation: 'randers-kommune', phone: '31313131' }));
    expect(out.created).toEqual({ what: 'person', id: 'aase-oehlenschlager' });
    expect(told(out)).toEqual(['Ny person i planen: Åse Øhlenschläger (Konsulent, Randers Kommune)']);
  });
  it('person remove --replace-with moves every place in the plan, then removes the person', () => {
    const out = ok(edit({ kind: 'person-remove', id: 'allan-aarslev', replaceWith: 'jens-heslop' }));
    expect(out.after.people.map((p) => p.id)).not.toContain('allan-aarslev');
    expect(out.after.activation.chains[0]!.contacts).toEqual(['lasse-bonde', 'jens-heslop', 'politi-vagtchef']);
    // Someone already in a list is not put in twice: the leaver's entry goes.
    const twice = ok(edit({ kind: 'person-remove', id: 'allan-aarslev', replaceWith: 'lasse-bonde' }));
    expect(twice.after.activation.chains[0]!.contacts).toEqual(['lasse-bonde', 'politi-vagtchef']);
    // He stood in for Lasse Bonde: Lasse Bonde is nobody's substitute for himself.
    expect(twice.after.group.members.find((m) => m.person === 'lasse-bonde')).toEqual({ person: 'lasse-bonde' });
  });
  it('a person nobody refers to is removed', () => {
    const out = ok(edit({ kind: 'person-remove', id: 'kenneth-hansen' }, SHIPPED.replace(/, kenneth-hansen|kenneth-hansen, /g, '').replace('    substitute: kenneth-hansen\n', '')));
    expect(out.after.people.map((p) => p.id)).not.toContain('kenneth-hansen');
  });
});

describe('refusals: an unknown id, a reference that would dangle, a duplicate', () => {
  const cases: Array<[string, EditRequest, string, RegExp]> = [
    ['chain show of an unknown chain', { kind: 'chain-set', id: 'brand', contacts: ['lasse-bonde'] }, 'unknown-chain', /der er ingen kæde med id'et "brand"; kendte kæder: politi, koordinator/],
    ['a contact who is not in the plan', { kind: 'chain-insert', id: 'politi', contact: 'ole' }, 'unknown-contact', /"ole"/],
    ['a contact twice in a chain', { kind: 'chain-set', id: 'politi', contacts: ['lasse-bonde', 'lasse-bonde'] }, 'duplicate', /står allerede i kæden "politi"/],
    ['insert of one already there', { kind: 'chain-insert', id: 'politi', contact: 'lasse-bonde' }, 'duplicate', /"lasse-bonde" står allerede i kæden/],
    ['after one not in the chain', { kind: 'chain-insert', id: 'politi', contact: 'jens-heslop', after: 'claus-hansen' }, 'not-in-list', /"claus-hansen" står ikke i kæden "politi"/],
    ['the last contact of a chain', { kind: 'chain-remove', id: 'koordinator', contact: 'louise-hou-kragh' }, 'last-in-list', /mindst én at ringe til/],
    ['a chain id taken', { kind: 'chain-add', id: 'politi', title: 't', purpose: 'p', contacts: ['lasse-bonde'] }, 'duplicate', /allerede en kæde med id'et "politi"/],
    ['a hotline of an unknown organisation', { kind: 'hotline-add', name: 'Vagt', organisation: 'ingen', phone: '114' }, 'unknown-organisation', /"ingen"/],
    ['a hotline id taken', { kind: 'hotline-add', name: 'Lasse Bonde', organisation: 'randers-kommune', phone: '114' }, 'id-taken', /"lasse-bonde" er allerede brugt/],
    ['a hotline a chain calls', { kind: 'hotline-remove', id: 'politi-vagtchef' }, 'referenced', /i kæden "politi"/],
    ['an unknown hotline', { kind: 'hotline-set', id: 'brand', phone: '112' }, 'unknown-hotline', /"brand"/],
    ['a signatory twice', { kind: 'signatory-add', person: 'claus-hansen' }, 'duplicate', /allerede underskriver/],
    ['a signatory moved past the end', { kind: 'signatory-move', person: 'claus-hansen', position: '9' }, 'bad-number', /fra 1 til 7/],
    ['a signatory removed who never signed', { kind: 'signatory-remove', person: 'jens-heslop' }, 'not-in-list', /ikke underskriver/],
    ['a press contact twice', { kind: 'press-add', person: 'jens-heslop' }, 'duplicate', /allerede pressekontakt/],
    ['a press organisation unknown', { kind: 'press-set', responsible: ['tv2'] }, 'unknown-organisation', /"tv2"/],
    ['an informer unknown', { kind: 'inform-set', id: 'beboere', by: ['ole'] }, 'unknown-by', /"ole"/],
    ['an unknown line', { kind: 'inform-remove', id: 'ingen' }, 'unknown-duty', /"ingen"/],
    ['an ad hoc entry twice', { kind: 'adhoc-add', text: 'skolen' }, 'duplicate', /allerede på ad hoc-listen/],
    ['an ad hoc reference to nobody', { kind: 'adhoc-add', ref: 'ole' }, 'unknown-contact', /"ole"/],
    ['an ad hoc entry not there', { kind: 'adhoc-remove', entry: 'kirken' }, 'unknown-adhoc', /"kirken" står ikke på ad hoc-listen; listen er 1: brandvæsenet/],
    ['a day off the tool does not know', { kind: 'calendar-set', daysOff: ['easter-saturday'] }, 'bad-day-off', /"easter-saturday"/],
    ['a time that is none', { kind: 'calendar-set', workdayEnds: '25:00' }, 'bad-time', /TT:MM/],
    ['an unknown level', { kind: 'level-set', level: 'orange', workingDays: '2' }, 'unknown-level', /"orange"/],
    ['working days out of range', { kind: 'level-set', level: 'yellow', workingDays: '0' }, 'bad-number', /fra 1 til 30/],
    ['a person still referenced, each place named', { kind: 'person-remove', id: 'lasse-bonde' }, 'referenced', /medlem af beredskabsgruppen; i kæden "politi".*--replace-with/],
    ['a signatory replaced', { kind: 'person-remove', id: 'claus-hansen', replaceWith: 'jens-heslop' }, 'referenced', /underskriver.*signatory remove/],
    ['an organisation still used', { kind: 'organisation-remove', id: 'lejerbo' }, 'referenced', /organisation for jorgen-lajer/],
  ];
  it.each(cases)('%s', (_, request, code, message) => {
    const r = refusal(edit(request));
    expect(r.code).toBe(code);
    expect(r.usage).toBe(true);
    expect(r.message).toMatch(message);
  });
});

describe('what a hostile command line gets', () => {
  it.each<[string, EditRequest, string, RegExp]>([
    ['an ad hoc entry twice but for case, spaces and Unicode form', { kind: 'adhoc-add', text: ' Skolen ' }, 'duplicate', /"Skolen" står allerede på ad hoc-listen/],
    ['an ad hoc text in another Unicode form', { kind: 'adhoc-add', text: 'vicev\u00e6rter'.normalize('NFD').toUpperCase() }, 'duplicate', /allerede på ad hoc-listen/],
    ['a chain id that is no id: the id is the first word, not --id', { kind: 'chain-add', id: 'Politi2', title: 't', purpose: 'p', contacts: ['lasse-bonde'] }, 'id-invalid', /^"Politi2" kan ikke bruges som id; brug små bogstaver, cifre og bindestreg \(fx anne-andersen\)$/],
    ['a signatory moved to where he stands', { kind: 'signatory-move', person: 'claus-hansen', position: '01' }, 'same-position', /^claus-hansen står allerede som underskriver nummer 1; intet at flytte$/],
    ['a deadline for green', { kind: 'level-set', level: 'green', workingDays: '3' }, 'green-convenes', /^--working-days: grønt niveau indkalder ikke gruppen/],
  ])('%s', (_, request, code, message) => {
    const r = refusal(edit(request));
    expect(r.code).toBe(code);
    expect(r.usage).toBe(true);
    expect(r.message).toMatch(message);
  });
  it('texts are kept without the spaces around them and in NFC; an ad hoc entry is found whatever its case', () => {
    const cafe = 'Cafe\u0301 Nord';
    const added = ok(edit({ kind: 'hotline-add', name: `  ${cafe} `, organisation: 'randers-kommune', phone: '89151515' }));
    expect(added.after.hotlines.at(-1)!.name).toBe('Café Nord'.normalize('NFC'));
    expect(ok(edit({ kind: 'adhoc-remove', entry: ' SKOLEN' })).after.adHoc).toHaveLength(5);
  });
  it('a chain left without its duty number is written, and the new warning is said', () => {
    const out = ok(edit({ kind: 'chain-remove', id: 'politi', contact: 'politi-vagtchef' }));
    expect(out.newWarnings.map((d) => d.code)).toEqual(['chain-ends-with-person']);
    expect(said(out, 'da').newWarnings[0]!.message).toContain(`Kæden "Ring til politiet" ender hos en person (Allan Aarslev)`);
    // The coordinator's chain ended with a person before the change: that is no news.
    expect(ok(edit({ kind: 'adhoc-add', text: 'kirken' })).newWarnings).toEqual([]);
  });
  it('a red level that meets no sooner than yellow is written, and said', () => {
    const slow = ok(edit({ kind: 'level-set', level: 'red', workingDays: '3' }));
    expect(slow.notes.filter((n) => n.code === 'red-not-sooner').map((n) => saidNote(n, 'da'))).toEqual(['Bemærk: rødt niveau mødes nu ikke før gult (rødt inden for 3 arbejdsdage, gult inden for 3 arbejdsdage); er det planens frist?']);
    expect(ok(edit({ kind: 'level-set', level: 'yellow', hours: '12' })).notes.filter((n) => n.code === 'red-not-sooner').map((n) => saidNote(n, 'en'))).toEqual([
      "Note: the red level now meets no sooner than yellow (red within 24 hours, yellow within 12 hours); is that the plan's deadline?",
    ]);
    expect(ok(edit({ kind: 'level-set', level: 'red', workingDays: '2' })).notes.filter((n) => n.code === 'red-not-sooner')).toEqual([]);
    expect(ok(edit({ kind: 'level-set', level: 'red', hours: '12' })).notes.filter((n) => n.code === 'red-not-sooner')).toEqual([]);
  });
  it('substitute set --in-chain moves a substitute already called later in the chain to right after the member', () => {
    const later = ok(edit({ kind: 'chain-insert', id: 'politi', contact: 'jens-heslop' })).text;
    const out = ok(edit({ kind: 'substitute-set', member: 'lasse-bonde', person: 'jens-heslop', inChain: true }, later));
    expect(out.after.activation.chains[0]!.contacts).toEqual(['lasse-bonde', 'jens-heslop', 'politi-vagtchef']);
    expect(out.notes.map((n) => n.code)).toEqual(['put-in-chain']);
    // Already right after him: nothing to move, nothing said about the chain.
    const same = ok(edit({ kind: 'substitute-set', member: 'lasse-bonde', person: 'allan-aarslev', inChain: true }));
    expect(same.notes).toEqual([]);
  });
  it('chain remove without a contact removes a chain made by mistake, but never the plan’s only chain', () => {
    const made = ok(edit({ kind: 'chain-add', id: 'bolgi', title: 'Fejl', purpose: 'Fejl', contacts: ['lasse-bonde'] })).text;
    const out = ok(edit({ kind: 'chain-delete', id: 'bolgi' }, made));
    expect(out.text.replace(/^revision: \d+$/m, 'revision: 1').replace(/^lastChanged: .*$/m, '')).toBe(SHIPPED.replace(/^lastChanged: .*$/m, ''));
    expect(told(edit({ kind: 'chain-delete', id: 'koordinator' }))).toEqual(['Ringekæde fjernet: "koordinator" (Kontakt koordinatoren)']);
    expect(refusal(edit({ kind: 'chain-delete', id: 'brand' })).code).toBe('unknown-chain');
    const one = ok(edit({ kind: 'chain-delete', id: 'koordinator' })).text;
    expect(refusal(edit({ kind: 'chain-delete', id: 'politi' }, one)).message).toBe('kæden "politi" er planens eneste; planen skal have mindst én kæde at ringe efter');
  });
  it('an empty list of signatories is said as none', () => {
    const none = SHIPPED.replace(/^signatories:\n(?: {2}.*\n)+/m, 'signatories: []\n');
    const o = ok(edit({ kind: 'signatory-add', person: 'claus-hansen' }, none));
    expect(saidDiff(o.before, o.after, 'da')).toContain('Underskrivere: ingen  ⇒  Claus Hansen');
  });
});

describe('listOps', () => {
  const text = 'l:\n  - a\n  - b\n  - c\n';
  it.each([
    [['a', 'c'], 'l:\n  - a\n  - c\n'],
    [['a', 'x', 'b', 'c'], 'l:\n  - a\n  - x\n  - b\n  - c\n'],
    [['x', 'a', 'b', 'c'], 'l:\n  - x\n  - a\n  - b\n  - c\n'],
    [['c', 'b', 'a'], 'l:\n  - c\n  - b\n  - a\n'],
    [['a', 'b', 'c', 'd'], 'l:\n  - a\n  - b\n  - c\n  - d\n'],
  ])('%j', (after, expected) => {
    expect(applyOps(text, listOps(['l'], ['a', 'b', 'c'], after))).toBe(expected);
  });
});
