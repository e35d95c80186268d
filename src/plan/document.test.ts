import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NORDBY, SHIPPED } from '../../tests/helpers.js';
import { loadRoster } from '../roster/load.js';
import type { Level, Roster } from '../roster/schema.js';
import { dateInWords, outline, planDocument, type Block, type Line, type PlanDocument } from './document.js';

function roster(path: string): Roster {
  return loadRoster(readFileSync(path), { file: path, lang: 'da' }).roster!;
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
  }
}
const textOf = (doc: PlanDocument, id: string) => {
  const found = outline(doc).find((s) => s.section.id === id)!.section;
  return found.blocks.flatMap(blockTexts).join('\n');
};

describe('planDocument', () => {
  const randers = planDocument(roster(SHIPPED), { lang: 'da', hash: 'abc123def456' });

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
    const en = planDocument(roster(SHIPPED), { lang: 'en', hash: 'abc123def456' });
    expect(textOf(en, 'commission')).toBe('No terms of reference (kommissorium) have been drawn up.');
    expect(textOf(en, 'levels')).toContain('Yellow level: the group meets within 3 working days.');
    expect(textOf(en, 'call-order')).toContain('East Jutland Police duty officer, Østjyllands Politi, tel. 114 (if nobody answers)');
    expect(en.footer.text).toBe('Roster revision 1, last changed 2026-11-27, content abc123def456');
  });

  it('names the days off the roster adds to the holidays', () => {
    const nordby = planDocument(roster(NORDBY), { lang: 'da', hash: 'x' });
    expect(textOf(nordby, 'levels')).toContain(
      'En arbejdsdag er mandag–fredag, der ikke er en helligdag eller juleaftensdag, nytårsaftensdag, grundlovsdag eller Kommunal lukkedag (28. december 2026). Aktiveringsdagen tæller ikke med, og fristen er ved arbejdsdagens slutning kl. 15.00.',
    );
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
    const r = roster(SHIPPED);
    r.levels.red = { ...r.levels.red!, convene };
    const table = planDocument(r, { lang, hash: 'x' }).sections[0]!.sections[0]!.blocks[0]!;
    if (table.kind !== 'table') throw new Error('no table');
    expect(table.rows[2]![3]!.map(lineText)).toEqual([cell]);
  });

  it.each([
    ['2025-01-01', 'da', '1. januar 2025'],
    ['2029-12-31', 'da', '31. december 2029'],
    ['2026-05-07', 'en', '7 May 2026'],
  ] as const)('dateInWords(%s, %s) = %s', (iso, lang, expected) => {
    expect(dateInWords(iso, lang)).toBe(expected);
  });
});
