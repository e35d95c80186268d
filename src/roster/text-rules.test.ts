import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHIPPED } from '../../tests/helpers.js';
import { lintRoster } from './report-rules.js';
import { said } from '../../tests/said.js';

const shipped = readFileSync(SHIPPED, 'utf8');

/** Lints a changed copy of the shipped roster; only the findings about the plan's text. */
function lintText(text: string, lang: 'da' | 'en' = 'da') {
  const { diagnostics } = said(lintRoster(Buffer.from(text), { file: 'roster.yaml' }), lang);
  return diagnostics.filter((d) => d.code.startsWith('text-'));
}

/** The 1-based line and column of the n-th occurrence of a needle in the text. */
function place(text: string, needle: string) {
  const at = text.indexOf(needle);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, col: before[before.length - 1]!.length + 1 };
}

describe('the plan\'s text and the data agree', () => {
  it('the shipped roster: text and data agree', () => {
    expect(lintText(shipped)).toEqual([]);
  });

  it('a person named in the text who is not in the roster, at file:line:col', () => {
    const text = shipped.replace('kontakt til Lasse Bonde eller Allan Aarslev', 'kontakt til Lasse Bonne eller Allan Aarslev');
    const [d, ...rest] = lintText(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', code: 'text-person-unknown', ...place(text, 'Lasse Bonne eller'), path: 'text[4].body.da' });
    expect(d!.message).toBe('Planens tekst nævner Lasse Bonne, som ikke er en person i planfilen; ret navnet i teksten eller tilføj personen');
  });

  it('a level\'s rule of one working day or one hour is said in the singular', () => {
    const day = shipped.replace(/(type: working-days\n\s+days: )3/, '$11');
    expect(lintText(day).map((d) => d.message)).toContain('Planens tekst siger "3 arbejdsdage", men niveauets regel er 1 arbejdsdag');
    const hour = shipped.replace(/(type: hours\n\s+hours: )24/, '$11');
    expect(hour).not.toBe(shipped);
    expect(lintText(hour).map((d) => d.message)).toContain('Planens tekst siger "24 timer", men niveauets regel er 1 time');
  });

  it('a person no longer in the roster: removed from people, still named in the text', () => {
    const text = shipped.replace('Der gives besked til Louise Hou Kragh, chef', 'Der gives besked til Mette Louise Kragh, chef');
    expect(lintText(text).map((d) => [d.code, d.line, d.col])).toEqual([['text-person-unknown', place(text, 'Mette Louise').line, place(text, 'Mette Louise').col]]);
    // Nouns and words at the start of a sentence are not names: "Den Boligsociale Helhedsplanen" is in the text.
    expect(shipped).toContain('Den Boligsociale Helhedsplanen');
  });

  it('a number of working days or hours in the text that is not the level\'s rule', () => {
    const text = shipped.replace('samles beredskabet inden for 3 arbejdsdage', 'samles beredskabet inden for 5 arbejdsdage').replace('inden for 24 timer.', 'inden for 48 timer.');
    const found = lintText(text);
    expect(found.map((d) => d.message)).toEqual([
      'Planens tekst siger "5 arbejdsdage", men niveauets regel er 3 arbejdsdage',
      'Planens tekst siger "48 timer", men niveauets regel er 24 timer',
    ]);
    expect(found[0]).toMatchObject(place(text, '5 arbejdsdage'));
    expect(found[1]).toMatchObject(place(text, '48 timer'));
  });

  it('hours said of the yellow level, which counts working days, are a finding too', () => {
    const text = shipped.replace('Ved gult beredskabsniveau samles beredskabet inden for 3 arbejdsdage.', 'Ved gult beredskabsniveau samles beredskabet inden for 24 timer.');
    expect(lintText(text, 'en').map((d) => d.message)).toEqual(['The plan\'s text says "24 timer", but the level\'s rule is 3 arbejdsdage']);
  });

  it('a phone number in the text that no person or hotline has; one that a person has is fine, however grouped', () => {
    const text = shipped
      .replace('Der gives besked til Louise Hou Kragh, chef', 'Der gives besked til Louise Hou Kragh (tlf. 42148600), chef')
      .replace('organisation.\n', 'organisation. Ring 12 34 56 78 eller telefonnummer 113.\n');
    const found = lintText(text);
    expect(found.map((d) => [d.code, d.message, d.line, d.col])).toEqual([
      ['text-phone-unknown', 'Planens tekst nævner telefonnummeret 12 34 56 78, som ingen person eller døgnnummer i planfilen har', place(text, '12 34 56 78').line, place(text, '12 34 56 78').col],
      ['text-phone-unknown', 'Planens tekst nævner telefonnummeret 113, som ingen person eller døgnnummer i planfilen har', place(text, '113.').line, place(text, '113.').col],
    ]);
  });

  it('an unknown insert is a warning; a section twice is an error', () => {
    const text = shipped.replace('        {{presse}}', '        {{pressen}}').replace('  - section: underskrift', '  - section: kommissorium\n    body: { da: "Igen." }\n  - section: underskrift');
    const found = lintText(text);
    expect(found.map((d) => [d.severity, d.code])).toEqual([
      ['warning', 'text-insert-unknown'],
      ['error', 'text-section-repeat'],
    ]);
    expect(found[0]).toMatchObject(place(text, '{{pressen}}'));
  });
});

describe('text lint on long runs of white space', () => {
  it('lints a paragraph holding 50 000 spaces in well under a second', () => {
    const text = shipped.replace('Som del af den samlede helhedsplan', `Som del af den${' '.repeat(50_000)}samlede helhedsplan`);
    expect(text).not.toBe(shipped);
    const started = Date.now();
    lintText(text);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('lints 50 000 spaces before a number, and 50 000 digits, in well under a second', () => {
    const spaces = ' '.repeat(50_000);
    for (const inserted of [`Gul${spaces}3${spaces}arbejdsdage`, `Som del af ${'3'.repeat(50_000)} x`]) {
      const text = shipped.replace('Som del af den samlede helhedsplan', inserted);
      const started = Date.now();
      lintText(text);
      expect(Date.now() - started).toBeLessThan(1000);
    }
  });

  it('still finds a short number after "tlf." with a colon and spaces, and a number of hours after a long number', () => {
    const text = shipped.replace('Som del af den samlede helhedsplan', 'Ring på tlf. :  1234 eller tlf.  5678. Rødt: 12 timer');
    expect(lintText(text).map((d) => d.message)).toEqual([
      expect.stringContaining('1234'),
      expect.stringContaining('5678'),
      expect.stringContaining('12 timer'),
    ]);
  });
});
