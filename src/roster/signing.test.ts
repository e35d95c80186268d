import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdit, type EditRequest } from './edit.js';
import { loadRoster } from './load.js';
import { lintRoster } from './report-rules.js';
import { contentHash, signingState } from './signing.js';
import { said } from '../../tests/said.js';

const RANDERS = readFileSync(new URL('../../roster.yaml', import.meta.url), 'utf8');
const NORDBY = readFileSync(new URL('../../tests/fixtures/nordby.yaml', import.meta.url), 'utf8');
const SIGNATORIES = ['claus-hansen', 'camilla-nielsen', 'morten-strange', 'gine-norager', 'jorgen-lajer', 'peter-pedersen', 'louise-hou-kragh'];

function edit(text: string, request: EditRequest, today = '2026-12-01'): string {
  const outcome = said(applyEdit(text, request, { file: 'roster.yaml', today }), 'da');
  if (outcome.status !== 'ok') throw new Error(`${outcome.status}: ${JSON.stringify('diagnostics' in outcome ? outcome.diagnostics : outcome)}`);
  return outcome.text;
}

function refusal(text: string, request: EditRequest): string {
  const outcome = said(applyEdit(text, request, { file: 'roster.yaml', today: '2026-12-01' }), 'da');
  return outcome.status === 'refused' ? outcome.refusal.code : outcome.status;
}

const load = (text: string, previous?: string, lang: 'da' | 'en' = 'da') =>
  said(lintRoster(new TextEncoder().encode(text), { file: 'roster.yaml', previous: previous === undefined ? undefined : loadRoster(new TextEncoder().encode(previous), { file: 'p' }).roster }), lang);
const findings = (text: string, previous?: string, lang: 'da' | 'en' = 'da') =>
  load(text, previous, lang).diagnostics.filter((d) => /^(signature|signatures|approval|content)-/.test(d.code)).map((d) => `${d.severity} ${d.code}: ${d.message}`);

/** Randers, signed by all seven on 3 February 2025 and approved on 1 March 2025. */
let signedOnce: string | undefined;
function signedRanders(): string {
  if (signedOnce !== undefined) return signedOnce;
  let text = RANDERS;
  for (const id of SIGNATORIES) text = edit(text, { kind: 'sign', id, date: '2025-02-03' });
  signedOnce = edit(text, { kind: 'approve', by: 'Landsbyggefonden', date: '2025-03-01', reference: 'J.nr. 2025-17' });
  return signedOnce;
}

describe('the shipped Randers roster records no signatures', () => {
  it('lint says so in one notice and nothing else about signing', () => {
    expect(findings(RANDERS)).toEqual([
      'notice signatures-unrecorded: Ingen underskrifter er registreret: planfilen siger ikke, hvem der har underskrevet planen, eller om Landsbyggefonden har godkendt den. Registrér dem med beredskab sign og beredskab approve',
    ]);
    const roster = load(RANDERS).roster!;
    expect(signingState(roster)).toMatchObject({ version: 1, anyRecord: false, complete: undefined, approval: undefined });
  });
});

describe('beredskab sign', () => {
  it('records the version and date beside the signatory, and pins version 1 with the content hash', () => {
    const text = edit(RANDERS, { kind: 'sign', id: 'camilla-nielsen', date: '2025-02-03' });
    const roster = load(text).roster!;
    expect(roster.signatories[1]!.signed).toEqual([{ version: 1, date: '2025-02-03' }]);
    expect(roster.content).toEqual({ version: 1, hash: contentHash(roster) });
    expect(roster.revision).toBe(2);
    // Only the lines of the signature and the version are new: everything else, comments included, is as it was.
    expect(text).toContain('  - person: camilla-nielsen\n    title: Vicepolitiinspektør\n    organisation: Østjyllands Politi\n    signed:\n      - version: 1\n        date: 2025-02-03\n');
    const kept = RANDERS.split('\n').filter((l) => l.startsWith('#'));
    expect(text.split('\n').filter((l) => l.startsWith('#'))).toEqual(kept);
    // Signing is no new version of the content.
    expect(contentHash(roster)).toBe(contentHash(load(RANDERS).roster!));
  });

  it('signs today by default, in a flow entry too, and refuses what cannot be', () => {
    const text = edit(NORDBY, { kind: 'sign', id: 'mette-lund' }, '2026-12-01');
    expect(load(text).roster!.signatories[0]!.signed).toEqual([{ version: 1, date: '2026-12-01' }]);
    expect(refusal(text, { kind: 'sign', id: 'mette-lund' })).toBe('already-signed');
    expect(refusal(NORDBY, { kind: 'sign', id: 'nobody' })).toBe('unknown-signatory');
    expect(refusal(NORDBY, { kind: 'sign', id: 'mette-lund', version: 2 })).toBe('version-unknown');
  });

  it('all seven signatures and the approval leave lint with nothing to say about signing', () => {
    const text = signedRanders();
    expect(findings(text)).toEqual([]);
    const state = signingState(load(text).roster!);
    expect(state.complete).toEqual({ version: 1, lastDate: '2025-02-03' });
    expect(state.approval).toEqual({ by: 'Landsbyggefonden', date: '2025-03-01', version: 1, reference: 'J.nr. 2025-17' });
  });
});

describe('beredskab approve', () => {
  it('appends the approval with its reference; missing or older approvals are warned about', () => {
    let text = RANDERS;
    for (const id of SIGNATORIES) text = edit(text, { kind: 'sign', id, date: '2025-02-03' });
    expect(findings(text)).toEqual([
      'warning approval-missing: Ingen godkendelse af planen er registreret (version 1); registrér Landsbyggefondens godkendelse med beredskab approve',
    ]);
    text = edit(text, { kind: 'approve', by: 'Landsbyggefonden', date: '2025-03-01', reference: 'J.nr. 2025-17' });
    expect(text).toMatch(/\napprovals:\n {2}- by: Landsbyggefonden\n {4}date: 2025-03-01\n {4}version: 1\n {4}reference: J\.nr\. 2025-17\n$/);
    expect(refusal(text, { kind: 'approve', by: 'Landsbyggefonden' })).toBe('already-approved');
    // A new version everyone signs, approved only in its old version.
    text = edit(text, { kind: 'plan-set', title: 'Boligsocial beredskabsplan 2025-2029, revideret' });
    for (const id of SIGNATORIES) text = edit(text, { kind: 'sign', id, date: '2026-03-01' });
    expect(findings(text)).toEqual([
      'warning approval-outdated: Godkendelsen fra Landsbyggefonden (2025-03-01) gælder version 1, men alle har underskrevet version 2, som ikke er godkendt',
    ]);
  });
});

describe('a change of the text after full signatures', () => {
  it('makes a new version; the warning names who has signed it and who must', () => {
    let text = edit(signedRanders(), { kind: 'person-set', id: 'claus-hansen', phone: '40 86 74 09' });
    const roster = load(text).roster!;
    expect(roster.content!.version).toBe(2);
    expect(findings(text)).toEqual([
      'warning signatures-outdated: Planens tekst er ændret siden version 1, som alle underskrev; 0 af 7 har underskrevet version 2. Mangler: Claus Hansen, Camilla Nielsen, Morten Strange, Gine Nørager, Jørgen Lajer, Peter Pedersen og Louise Hou Kragh',
    ]);
    text = edit(text, { kind: 'sign', id: 'claus-hansen', date: '2026-12-01' });
    text = edit(text, { kind: 'sign', id: 'louise-hou-kragh', date: '2026-12-01' });
    expect(findings(text)).toEqual([
      'warning signatures-outdated: Planens tekst er ændret siden version 1, som alle underskrev; 2 af 7 har underskrevet version 2: Claus Hansen og Louise Hou Kragh. Mangler: Camilla Nielsen, Morten Strange, Gine Nørager, Jørgen Lajer og Peter Pedersen',
    ]);
    expect(findings(text, undefined, 'en')[0]).toBe(
      'warning signatures-outdated: The plan’s text has changed since version 1, which everyone signed; 2 of 7 have signed version 2: Claus Hansen and Louise Hou Kragh. Still to sign: Camilla Nielsen, Morten Strange, Gine Nørager, Jørgen Lajer, and Peter Pedersen',
    );
  });

  it('the edit itself says which part of the document changed and who must sign', () => {
    const before = signedRanders();
    const outcome = said(applyEdit(before, { kind: 'person-set', id: 'claus-hansen', phone: '40 86 74 09' }, { file: 'roster.yaml', today: '2026-12-01' }), 'da');
    expect(outcome.status).toBe('ok');
    const notice = outcome.status === 'ok' ? outcome.diagnostics.find((d) => d.code === 'content-new-version')!.message : '';
    expect(notice).toBe(
      'Ændringen gør planen til en ny version, 2 (ændret: Deltagere i beredskabet); den skal underskrives af Claus Hansen, Camilla Nielsen, Morten Strange, Gine Nørager, Jørgen Lajer, Peter Pedersen og Louise Hou Kragh og godkendes igen',
    );
  });
});

describe('a confirm needs no new signatures', () => {
  it('changes the roster, not the version of the content', () => {
    const signed = signedRanders();
    const text = edit(signed, { kind: 'confirm', ids: ['claus-hansen', 'camilla-nielsen'], date: '2026-03-01' });
    const roster = load(text).roster!;
    expect(roster.revision).toBe(load(signed).roster!.revision + 1);
    expect(roster.content).toEqual(load(signed).roster!.content);
    expect(findings(text, signed)).toEqual([]);
  });
});

describe('a change by hand', () => {
  it('without raising the version: lint gives the version and hash to set, and with the previous version names the part', () => {
    const signed = signedRanders();
    const byHand = signed.replace('phone: "40867408"', 'phone: "40867409"').replace(/^revision: (\d+)$/m, (_, n) => `revision: ${Number(n) + 1}`);
    expect(byHand).not.toBe(signed);
    const hash = contentHash(load(byHand).roster!);
    const said = findings(byHand, signed);
    expect(said).toContain(
      `warning content-hash-stale: Planens indhold er ændret, efter version 1 blev registreret (rettet i hånden, eller en nyere beredskab skriver dokumentet anderledes); sæt content.version til 2 og content.hash til ${hash}, eller lad næste ændring med en beredskab-kommando gøre det`,
    );
    expect(said).toContain('warning content-version-not-raised: Planens indhold er ændret (Deltagere i beredskabet), men content.version er ikke hævet (var 1, er 1); sæt den til 2');
    // The next edit, even a confirm, records the new version.
    const next = edit(byHand, { kind: 'confirm', ids: ['claus-hansen'], date: '2026-03-01' });
    expect(load(next).roster!.content).toEqual({ version: 2, hash });
  });

  it('setting content.version back is an error with the previous version: the older signatures would pass for the current', () => {
    const signed = signedRanders();
    const v2 = edit(signed, { kind: 'person-set', id: 'claus-hansen', title: 'SSP-koordinator' });
    expect(load(v2).roster!.content!.version).toBe(2);
    const bump = (t: string) => t.replace(/^revision: (\d+)$/m, (_, n) => `revision: ${Number(n) + 1}`);
    const back = bump(v2.replace(/^  version: 2$/m, '  version: 1'));
    // Alone, the file is consistent: its hash is the document's, and all seven signed version 1.
    expect(findings(back)).toEqual([]);
    expect(findings(back, v2)).toEqual(['error content-version-lowered: content.version er sat ned (var 2, er 1); en version tæller kun op, ellers gælder underskrifter af en ældre version for den nuværende: sæt den tilbage til 2']);
    const dropped = bump(v2.replace(/^content:\n  version: 2\n  hash: "[0-9a-f]+"\n/m, ''));
    expect(dropped).not.toBe(bump(v2));
    expect(findings(dropped, v2, 'en')).toContain('error content-version-lowered: content.version was lowered (was 2, is –); a version only counts up, or signatures of an older version pass for the current one: set it back to 2');
  });

  it('the first signature, made together with a change of the text, leaves no version behind', () => {
    const first = edit(RANDERS.replace('phone: "40867408"', 'phone: "40867409"'), { kind: 'sign', id: 'claus-hansen', date: '2025-02-03' });
    expect(findings(first, RANDERS).filter((f) => f.includes('content-'))).toEqual([]);
  });

  it('a signature or approval of a version that does not exist', () => {
    const signed = signedRanders().replace(/( {2}- person: camilla-nielsen\n[\s\S]*?- version: )1/, '$17').replace(/(approvals:[\s\S]*?version: )1/, '$13');
    expect(findings(signed)).toEqual([
      'warning signatures-incomplete: Ingen version af planen er underskrevet af alle; 6 af 7 har underskrevet version 1: Claus Hansen, Morten Strange, Gine Nørager, Jørgen Lajer, Peter Pedersen og Louise Hou Kragh. Mangler: Camilla Nielsen',
      'warning signature-unknown-version: Camilla Nielsen har underskrevet version 7, som ikke findes; planens indhold er i version 1',
      'warning approval-missing: Ingen godkendelse af planen er registreret (version 1); registrér Landsbyggefondens godkendelse med beredskab approve',
      'warning approval-unknown-version: Godkendelsen fra Landsbyggefonden gælder version 3, som ikke findes; planens indhold er i version 1',
    ]);
  });
});

describe('the recorded version in the file', () => {
  it('a hash that is not 12 hex digits is an error at its line', () => {
    const text = `${RANDERS}content:\n  version: 1\n  hash: "xyz"\n`;
    const bad = load(text).diagnostics.filter((d) => d.severity === 'error');
    expect(bad.map((d) => [d.code, d.line, d.message])).toEqual([
      ['format-invalid', text.split('\n').length - 1, 'Ugyldigt format: en hash på 12 hexcifre (0-9, a-f) forventet'],
    ]);
  });
});
