import { describe, expect, it } from 'vitest';
import { messages } from './index.js';
import { genitive } from './da/roster.js';

const da = messages('da');
const en = messages('en');

describe('one working day, one hour', () => {
  it.each([
    [da.deadline.ruleWorkingDays(1, '16:00'), 'inden for 1 arbejdsdag.'],
    [da.deadline.ruleWorkingDays(3, '16:00'), 'inden for 3 arbejdsdage.'],
    [da.deadline.ruleHours(1), 'inden for 1 time fra'],
    [da.deadline.ruleHours(24), 'inden for 24 timer fra'],
    [da.deadline.dstNote(1, '03.00'), '1 time efter'],
    [da.sheet.convene.workingDays(1), 'inden for 1 arbejdsdag'],
    [da.sheet.convene.hours(1), 'inden for 1 time'],
    [da.sheet.convene.hours(2), 'inden for 2 timer'],
    [en.deadline.ruleWorkingDays(1, '16:00'), 'within 1 working day.'],
    [en.deadline.ruleWorkingDays(3, '16:00'), 'within 3 working days.'],
    [en.deadline.ruleHours(1), 'within 1 hour of'],
    [en.deadline.dstNote(1, '03:00'), '1 hour after'],
    [en.sheet.convene.workingDays(1), 'within 1 working day'],
    [en.sheet.convene.hours(24), 'within 24 hours'],
  ])('%s', (text, expected) => expect(text).toContain(expected));
  it('never "1 arbejdsdage" or "1 working days"', () => {
    expect(da.sheet.convene.workingDays(1)).not.toMatch(/1 arbejdsdage/);
    expect(en.sheet.convene.workingDays(1)).not.toMatch(/1 working days/);
  });
});

describe('Danish grammar in the tables', () => {
  it('the possessive of a name ending in s', () => {
    expect(genitive('Jonas Friis')).toBe("Jonas Friis'");
    expect(genitive('Lasse Bonde')).toBe('Lasse Bondes');
    expect(da.diag['contact-stale']!({ name: 'Jonas Friis', confirmed: '2024-01-15' })).toContain("Jonas Friis' oplysninger");
  });
  it('lists end "… og X" through Intl.ListFormat', () => {
    expect(da.list(['Claus Hansen', 'Lasse Bonde', 'Åse Ørum'])).toBe('Claus Hansen, Lasse Bonde og Åse Ørum');
    expect(en.list(['a', 'b', 'c'])).toBe('a, b and c');
  });
  it('one area in the singular', () => {
    const p = da.plan;
    expect(p.subtitle(['Nordparken'], 'Hjørring Kommune')).toBe('For boligområdet Nordparken i Hjørring Kommune.');
    expect(p.subtitle(['Nordparken', 'Sydparken'], 'Hjørring Kommune')).toBe('For boligområderne Nordparken og Sydparken i Hjørring Kommune.');
    expect(da.sheet.areas(1)).toBe('Boligområde');
  });
  it('counts through Intl.PluralRules', () => {
    expect(da.deadline.ruleWorkingDays(0, '16:00')).toContain('inden for 0 arbejdsdage');
  });
});
