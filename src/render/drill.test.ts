import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { da } from '../i18n/da/drill.js';
import { en } from '../i18n/en/drill.js';
import { messages } from '../i18n/index.js';
import { parseAnswers, type AnswersProblem } from '../domain/drill/answers.js';
import type { DrillSummary } from '../domain/drill/engine.js';
import type { Contact } from '../roster/contacts.js';
import { longMoment } from '../document/dates.js';
import { answersProblemLines, contactLabel, drillSummaryText } from './drill.js';

const contact = (name: string, extra: Partial<Contact> = {}): Contact => ({
  id: 'x',
  kind: 'person',
  name,
  title: 'Titel',
  organisation: 'Org',
  phone: '40 86 74 08',
  dial: '+4540867408',
  ...extra,
});

describe('roster text on a terminal', () => {
  it('a contact is one line: name, title, organisation, number', () => {
    expect(contactLabel(contact('Ida\nBerg\x1b[31m'))).toBe('Ida Berg\ufffd[31m, Titel, Org – 40 86 74 08');
    expect(contactLabel(contact('Vagtchef', { kind: 'hotline', title: '', phone: '114' }))).toBe('Vagtchef, Org – 114');
  });
});

describe('the summary when nobody was rung', () => {
  it('says so, rather than that everyone answered', () => {
    const start = DateTime.fromISO('2026-12-01T10:00', { zone: 'Europe/Copenhagen' });
    const summary: DrillSummary = {
      startedAt: start,
      reached: [],
      notReached: [],
      skipped: [],
      chains: [{ id: 'politi', title: 'Ring til politiet', notAsked: [] }],
      coordinator: { contact: contact('Koordinator'), apart: false },
      confirmable: [],
      complete: true,
    };
    const text = drillSummaryText(summary, { msg: messages('da'), drillText: da(), color: false });
    expect(text).toContain('  Ring til politiet: INGEN NÅET\n');
    expect(text).toContain('Ingen blev ringet op.\n');
    expect(text).not.toContain('Alle, der blev ringet op, svarede.');
  });
});

describe("an answers file's problems in words", () => {
  const start = DateTime.fromISO('2025-12-01T10:00', { zone: 'Europe/Copenhagen' });
  const now = start.plus({ hours: 1 });
  const known = new Set(['lasse-bonde', 'allan-aarslev']);
  const words = (lang: 'da' | 'en') => ({ moment: (at: DateTime) => longMoment(at, messages(lang)), name: (id: string) => `<${id}>` });
  const said = (text: string, lang: 'da' | 'en' = 'da') =>
    answersProblemLines('svar.yaml', parseAnswers(text, { known, zone: 'Europe/Copenhagen', start, now }).problems, messages(lang), lang === 'da' ? da() : en(), words(lang));

  it.each([
    ['- { contact: lasse-bonde, answer: answered\n', 'svar.yaml:2:1: fejl: YAML-fejl: indrykningen passer ikke; linjer på samme niveau skal rykkes lige langt ind, og en liste i [ ] skal lukkes med ]'],
    ['- *x\n', 'svar.yaml:1:3: fejl: YAML-fejl: et alias (*navn) henviser til et anker (&navn), der ikke findes'],
    ['contact: lasse-bonde\n', 'svar.yaml:1:1: fejl: Filen skal være en YAML-liste af svar, fx "- { contact: lasse-bonde, answer: no-answer }"'],
    ['- { contact: lasse-bonde, answer: yes }\n', 'svar.yaml:1:35: fejl: "yes" er ikke et svar; skriv answered, no-answer eller skip'],
    ['- { contact: lasse-bonde, answer: skip }\n- { contact: lasse-bonde, answer: skip }\n', 'svar.yaml:2:14: fejl: "lasse-bonde" står allerede på linje 1; hver kontakt ringes kun op én gang i en øvelse'],
    ['- { contact: lasse-bonde, answer: skip, at: 2025-12-01T09:59 }\n', 'svar.yaml:1:45: fejl: 2025-12-01T09:59 ligger før øvelsens start (2025-12-01T10:00:00+01:00); angiv starten med --at'],
    [
      '- { contact: lasse-bonde, answer: skip, at: 2025-12-01T11:06 }\n',
      'svar.yaml:1:45: fejl: 2025-12-01T11:06 ligger i fremtiden (klokken er mandag den 1. december 2025 kl. 11.00 (UTC+1)); svarfilen giver svar, der allerede er givet, så ret tidspunktet',
    ],
  ])('%j', (text, line) => {
    expect(said(text)).toBe(`${line}\n`);
  });

  it('in English', () => {
    expect(said('- { contact: lasse-bonde, answer: ja }\n', 'en')).toBe('svar.yaml:1:35: error: "ja" is not an answer; write answered, no-answer or skip\n');
  });

  it('warnings name the contact', () => {
    const unused: AnswersProblem[] = [
      { severity: 'warning', line: 3, col: 14, code: 'unused', contact: 'allan-aarslev' },
      { severity: 'warning', line: 4, col: 14, code: 'not-in-drill', contact: 'lasse-bonde' },
    ];
    expect(answersProblemLines('svar.yaml', unused, messages('da'), da(), words('da'))).toBe(
      'svar.yaml:3:14: advarsel: bruges ikke: kæden nåede ikke til <allan-aarslev>, fordi en før svarede\n' +
        'svar.yaml:4:14: advarsel: bruges ikke: <lasse-bonde> ringes ikke op i en øvelse (hverken i en kæde eller i gruppen)\n',
    );
  });
});
