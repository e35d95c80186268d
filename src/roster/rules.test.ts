import { describe, expect, it } from 'vitest';
import { NORDBY, text } from '../../tests/helpers.js';
import { loadRoster } from './load.js';
import { said } from '../../tests/said.js';

const base = text(NORDBY);

function codes(content: string): string[] {
  return said(loadRoster(new TextEncoder().encode(content), { file: 'r.yaml' }), 'en')
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.code} ${d.path}`);
}

function swap(from: string, to: string): string {
  if (!base.includes(from)) throw new Error(`fixture lacks: ${from}`);
  return base.replace(from, to);
}

describe('rules a roster must meet to be safe in a crisis', () => {
  it('the fixture itself has no errors', () => {
    expect(codes(base)).toEqual([]);
  });

  it.each([
    ['red without a meeting', swap('convene: { type: hours, hours: 12 }', 'convene: { type: none, forums: [Forum] }'), 'convene-missing levels.red.convene.type'],
    ['yellow without a meeting', swap('convene: { type: working-days, days: 2 }', 'convene: { type: none, forums: [Forum] }'), 'convene-missing levels.yellow.convene.type'],
    ['green with a meeting', swap('convene: { type: none, forums: [Områdeforum] }', 'convene: { type: hours, hours: 2 }'), 'convene-green-meets levels.green.convene.type'],
    ['an escape in a name', swap('name: Mette Lund', 'name: "\\e[31mMette"'), 'text-control-character people[2].name'],
    ['NUL in a title', swap('title: Souschef', 'title: "Sous\\0chef"'), 'text-control-character people[3].title'],
    ['a tab in prose', swap('purpose: Politiet vurderer situationen.', 'purpose: "Politiet\\tvurderer"'), 'text-control-character activation.chains[1].purpose'],
    ['a direction override in an English text', swap('meaning: Akut fare.', 'meaning: { da: Akut fare., en: "Acute \\u202edanger" }'), 'text-control-character levels.red.meaning.en'],
    ['C1 in an area', swap('areas: [Nordby Øst, Skovparken]', 'areas: [Nordby Øst, "Skov\\x85parken"]'), 'text-control-character plan.areas[1]'],
    ['a line break in a name', swap('name: Mette Lund', 'name: "Mette\\nLund"'), 'text-multiline people[2].name'],
    ['a line break in an organisation name', swap('name: Nordby Boliger', 'name: "Nordby\\nBoliger"'), 'text-multiline organisations[2].name'],
    ['a line break in a chain title', swap('title: Ring til politiet', 'title: "Ring\\ntil politiet"'), 'text-multiline activation.chains[1].title'],
    ['a line break in a hotline name', swap('name: Nordjyllands Politis vagtchef', 'name: { da: "Vagt\\nchef" }'), 'text-multiline hotlines[0].name.da'],
    ['a note in a phone field', swap('phone: "61234570"', 'phone: "61234570 (kun dag)"'), 'phone-extra-text people[3].phone'],
    ['an extension', swap('phone: "61234570"', 'phone: "6123 4570 x99"'), 'phone-extra-text people[3].phone'],
    ['his own substitute', swap('{ person: ida-berg }', '{ person: ida-berg, substitute: ida-berg }'), 'substitute-self group.members[2].substitute'],
    ['a member twice', swap('    - { person: ida-berg }\n', '    - { person: ida-berg }\n    - { person: ida-berg, substitute: omar-bakr }\n'), 'member-repeat group.members[3].person'],
    [
      'substitutes of each other',
      swap('{ person: sara-holm, substitute: omar-bakr }', '{ person: sara-holm, substitute: ida-berg }').replace('{ person: ida-berg }', '{ person: ida-berg, substitute: sara-holm }'),
      'substitute-mutual group.members[2].substitute',
    ],
    ['a name of spaces', swap('name: Mette Lund', 'name: "   "'), 'text-blank people[2].name'],
    ['prose of spaces', swap('evaluation: Gruppen evaluerer altid inden for 14 dage.', 'evaluation: " "'), 'text-blank plan.evaluation'],
  ])('%s', (_name, content, expected) => {
    expect(codes(content)).toContain(expected);
  });

  it.each([
    ['a line break in prose', swap('  evaluation: Gruppen evaluerer altid inden for 14 dage.', '  evaluation: |\n    Gruppen evaluerer.\n    Inden for 14 dage.')],
    ['a folded title ending in a line break', swap('title: Ring til politiet', 'title: >\n        Ring til politiet')],
    ['a no-break space and emoji in a name', swap('name: Mette Lund', 'name: "Mette\\u00a0Lund 😀"')],
    ['a phone with +45, spaces and hyphens', swap('phone: "61234570"', 'phone: "+45 61-23-45-70"')],
  ])('accepts %s', (_name, content) => {
    expect(codes(content)).toEqual([]);
  });
});
