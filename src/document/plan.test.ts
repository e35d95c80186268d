import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NORDBY, SHIPPED } from '../../tests/helpers.js';
import { loadRoster } from '../roster/load.js';
import type { Level, Roster } from '../roster/schema.js';
import type { Line, PlanBlock as Block } from './blocks.js';
import { outline, planDocument, type PlanDocument } from './plan.js';

function roster(path: string): Roster {
  return loadRoster(readFileSync(path), { file: path }).roster!;
}

/** The shipped roster without the plan's text: the document written from the data alone. */
function dataOnly(path: string): Roster {
  const r = roster(path);
  delete r.text;
  return r;
}

const lineText = (line: Line) => line.map((r) => r.text).join('');
function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [lineText(block.text)];
    case 'list':
      return block.items.map(lineText);
    case 'table':
      return [...block.header, ...block.rows.flat(2).map(lineText)];
    case 'signatures':
      return block.people.flatMap((p) => [p.name, p.title, p.organisation]);
    case 'signature-space':
      return [];
  }
}
const textOf = (doc: PlanDocument, id: string) => {
  const found = outline(doc).find((s) => s.section.id === id)!.section;
  return found.blocks.flatMap(blockTexts).join('\n');
};

describe('planDocument of a roster without the plan\'s text', () => {
  const randers = planDocument(dataOnly(SHIPPED), { lang: 'da', hash: 'abc123def456' });

  it("has the template's sections in the template's order", () => {
    expect(outline(randers).map(({ section, depth }) => `${depth}:${section.id}`)).toEqual([
      '1:purpose',
      '2:levels',
      '1:group',
      '2:ad-hoc',
      '2:updates',
      '1:organisation',
      '2:status-meeting',
      '2:information-sharing',
      '2:informs',
      '1:competences',
      '2:call-order',
      '2:evaluation',
      '1:press',
      '1:commission',
      '1:signatures',
      '1:annex',
    ]);
  });

  it('puts the police chain first, each fallback marked, down to 114', () => {
    const calls = outline(randers).find((s) => s.section.id === 'call-order')!.section.blocks.filter((b) => b.kind === 'list');
    expect(calls.map((b) => (b.kind === 'list' ? b.items.map(lineText) : []))).toEqual([
      [
        'Lasse Bonde, Politikommissær, Østjyllands Politi, tlf. 25 58 32 49',
        'Allan Aarslev, Politikommissær, Østjyllands Politi, tlf. 22 70 12 26 (hvis ingen svarer)',
        'Østjyllands Politis vagtchef, Østjyllands Politi, tlf. 114 (hvis ingen svarer)',
      ],
      ['Louise Hou Kragh, Chef for bystrategisk udvikling, Bysekretariatet, tlf. 42 14 86 00'],
    ]);
  });

  it('the group table: name, title, organisation, phone and substitute, the coordinator marked', () => {
    const table = outline(randers).find((s) => s.section.id === 'group')!.section.blocks.find((b) => b.kind === 'table')!;
    if (table.kind !== 'table') throw new Error('no table');
    expect(table.header).toEqual(['Navn', 'Titel', 'Organisation', 'Telefon', 'Suppleant']);
    expect(table.rows.map((row) => row.map((cell) => cell.map(lineText).join(' / ')))).toContainEqual([
      'Lasse Bonde',
      'Politikommissær',
      'Østjyllands Politi',
      '25 58 32 49',
      'Allan Aarslev / Politikommissær, Østjyllands Politi / 22 70 12 26',
    ]);
    expect(table.rows[4]![0]!.map(lineText)).toEqual(['Louise Hou Kragh (koordinator)']);
  });

  it('signatures carry title and organisation as signed', () => {
    const block = outline(randers).find((s) => s.section.id === 'signatures')!.section.blocks.find((b) => b.kind === 'signatures')!;
    if (block.kind !== 'signatures') throw new Error('no signatures');
    expect(block.labels).toEqual({ name: 'Navn', role: 'Titel og organisation', date: 'Dato', signature: 'Underskrift' });
    expect(block.people[5]).toEqual({ name: 'Peter Pedersen', title: 'Inspektør', organisation: 'Møllevænget & Storgaarden' });
  });

  it('uses the roster\'s English texts with lang en', () => {
    const en = planDocument(dataOnly(SHIPPED), { lang: 'en', hash: 'abc123def456' });
    expect(textOf(en, 'commission')).toBe('No terms of reference (kommissorium) have been drawn up.');
    expect(textOf(en, 'levels')).toContain('Yellow level: the group meets within 3 working days.');
    expect(textOf(en, 'call-order')).toContain('East Jutland Police duty officer, Østjyllands Politi, tel. 114 (if nobody answers)');
    expect(en.footer.text).toBe('Version 1 · changed 27 November 2026 · content abc123def456');
  });

  it('the annex, not the body, names the days off the roster adds to the holidays and how working days are counted', () => {
    const nordby = planDocument(roster(NORDBY), { lang: 'da', hash: 'x' });
    expect(textOf(nordby, 'annex')).toContain(
      'En arbejdsdag er mandag–fredag, der ikke er en helligdag eller juleaftensdag, nytårsaftensdag, grundlovsdag eller Kommunal lukkedag (28. december 2026).',
    );
    expect(textOf(nordby, 'levels')).not.toContain('arbejdsdag er');
    expect(outline(nordby).filter((s) => s.section.id !== 'annex').map((s) => s.section.blocks.flatMap(blockTexts).join('\n')).join('\n')).not.toMatch(/Aktiveringsdagen|roster/);
  });

  const conveneCases: Array<{ lang: 'da' | 'en'; convene: Level['convene']; cell: string }> = [
    { lang: 'da', convene: { type: 'working-days', days: 1 }, cell: 'Samles inden for 1 arbejdsdag.' },
    { lang: 'da', convene: { type: 'working-days', days: 3 }, cell: 'Samles inden for 3 arbejdsdage.' },
    { lang: 'da', convene: { type: 'hours', hours: 1 }, cell: 'Samles inden for 1 time.' },
    { lang: 'da', convene: { type: 'hours', hours: 24 }, cell: 'Samles inden for 24 timer.' },
    { lang: 'en', convene: { type: 'working-days', days: 1 }, cell: 'Meets within 1 working day.' },
    { lang: 'en', convene: { type: 'working-days', days: 3 }, cell: 'Meets within 3 working days.' },
    { lang: 'en', convene: { type: 'hours', hours: 1 }, cell: 'Meets within 1 hour.' },
    { lang: 'en', convene: { type: 'hours', hours: 24 }, cell: 'Meets within 24 hours.' },
  ];
  it.each(conveneCases)('convening rule $lang $convene.type → $cell', ({ lang, convene, cell }) => {
    const r = dataOnly(SHIPPED);
    r.levels.red = { ...r.levels.red!, convene };
    const table = planDocument(r, { lang, hash: 'x' }).sections[0]!.sections[0]!.blocks[0]!;
    if (table.kind !== 'table') throw new Error('no table');
    expect(table.rows[2]![3]!.map(lineText)).toEqual([cell]);
  });

});

describe('planDocument of a roster with the plan\'s text', () => {
  const randers = planDocument(roster(SHIPPED), { lang: 'da', hash: '6b81bd00' });

  it('the sections of the text under their headings, the introduction under the title, then the annex', () => {
    expect(randers.sections.map((s) => `${s.id}:${s.title}`)).toEqual([
      'formaal:Formål',
      'deltagere:Deltagere i beredskabet',
      'organisering:Organisering',
      'kompetencer:Kompetencer/handlemuligheder i beredskabssituationer',
      'omverdenen:Håndtering af omverdenen',
      'kommissorium:Kommissorium',
      'underskrift:Underskrift',
      'annex:Bilag: sådan regner beredskab fristerne',
    ]);
    expect(randers.contentsTitle).toBeUndefined();
    expect(randers.front.flatMap(blockTexts)[1]).toBe('Som del af den samlede helhedsplan skal alle boligsociale indsatser have udarbejdet en beredskabsplan.');
  });

  it('the footer in Danish: version, date changed and content', () => {
    expect(randers.footer.text).toBe('Version 1 · ændret 27. november 2026 · indhold 6b81bd00');
  });

  it('inserts the data where the text says: the level table, the participants with the substitute, 114, the press, the signatures', () => {
    expect(textOf(randers, 'formaal')).toContain('Beredskabsniveau\nSituation\nGrønt\nDet generelle, forebyggende arbejde\nGult');
    expect(textOf(randers, 'deltagere')).toContain('Politikommissær, Østjyllands Politi, Lasse Bonde, tlf. 25 58 32 49\n(Suppleant Politikommissær, Østjyllands Politi, Allan Aarslev, tlf. 22 70 12 26)');
    expect(textOf(randers, 'kompetencer')).toContain('Allan Aarslev proceduren følgende for kontakt til Østjyllands Politi:\nØstjyllands Politis vagtchef kontaktes på telefonnummer 114.');
    expect(textOf(randers, 'omverdenen')).toContain('Vicepolitiinspektør, Østjyllands Politi, Camilla Nielsen, tlf. 22 69 77 72');
    const signatures = outline(randers).find((s) => s.section.id === 'underskrift')!.section;
    expect(signatures.startsPage).toBe(true);
    expect(signatures.blocks.filter((b) => b.kind === 'signature-space')).toHaveLength(7);
    expect(textOf(randers, 'underskrift').split('\n')[5]).toBe('Inspektør, Møllevænget & Storgaarden: Peter Pedersen');
  });

  it('the annex gives every interpretation with whether the plan states it, and what the content hash is', () => {
    const annex = textOf(randers, 'annex');
    expect(annex).toContain('24/12 regnes som arbejdsdag; planen nævner ikke juleaftensdag (standard).');
    expect(annex).toContain('Aktiveringsdagen tæller ikke med som arbejdsdag; planen siger ikke, om aktiveringsdagen tæller med (standard).');
    expect(annex).toContain('Helligdage i 2026: Nytårsdag 1. januar, Skærtorsdag 2. april');
    expect(annex).toContain('»Indhold 6b81bd00« i sidefoden er et fingeraftryk af filen');
    const agreed = roster(SHIPPED);
    agreed.interpretations = { activationDayCounts: true, meetingDeadline: 'end' };
    const stated = textOf(planDocument(agreed, { lang: 'da', hash: 'x' }), 'annex');
    expect(stated).toContain('Aktiveringsdagen tæller med som første arbejdsdag, når der aktiveres på en arbejdsdag før arbejdsdagens slutning; aftalt i planen.');
    expect(stated).toContain('Fristen er overholdt, når mødet er slut senest ved fristen; aftalt i planen.');
  });

  it('an unknown insert is printed as written; English falls back to the Danish words where there is no translation', () => {
    const r = roster(SHIPPED);
    r.text = [{ section: 'kommissorium', body: { da: 'Første afsnit.\n\n{{ukendt}}' } }];
    const doc = planDocument(r, { lang: 'en', hash: 'x' });
    expect(doc.sections[0]!.title).toBe('Terms of reference (kommissorium)');
    expect(doc.sections[0]!.blocks.flatMap(blockTexts)).toEqual(['Første afsnit.', '{{ukendt}}']);
  });
});
