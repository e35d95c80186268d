import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { da, en } from '../../i18n/drill.js';
import { parseAnswers } from './answers.js';

const known = new Set(['lasse-bonde', 'allan-aarslev', 'politi-vagtchef', 'louise-hou-kragh']);
const start = DateTime.fromISO('2025-12-01T10:00', { zone: 'Europe/Copenhagen' });
// The clock, injected: an hour after the drill began.
const now = start.plus({ hours: 1 });
const parse = (text: string, t = da.answers) => parseAnswers(text, { known, zone: 'Europe/Copenhagen', start, now, showNow: (at) => at.toISO()!, t });

describe('a good answers file', () => {
  it('reads every entry with its position and optional time', () => {
    const { entries, problems } = parse(
      ['- { contact: lasse-bonde, answer: no-answer }', '- contact: allan-aarslev', '  answer: answered', '  at: 2025-12-01T10:04', ''].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.contact, e.answer, e.line, e.col, e.at?.toISO()])).toEqual([
      ['lasse-bonde', 'no-answer', 1, 14, undefined],
      ['allan-aarslev', 'answered', 2, 12, '2025-12-01T10:04:00.000+01:00'],
    ]);
  });

  it('an empty list answers nothing (everyone counts as skipped)', () => {
    expect(parse('[]\n')).toEqual({ entries: [], problems: [] });
  });
});

describe('a bad answers file: the problem and where', () => {
  const cases: { name: string; text: string; line: number; col: number; message: string }[] = [
    { name: 'YAML syntax', text: '- { contact: lasse-bonde, answer: answered\n', line: 2, col: 1, message: 'YAML-fejl: indrykningen passer ikke' },
    { name: 'an alias to nothing', text: '- *x\n', line: 1, col: 3, message: 'YAML-fejl: et alias (*navn) henviser til et anker (&navn), der ikke findes' },
    {
      name: 'aliases that expand too far',
      text: `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [${'*a, '.repeat(9)}*a]\nc: &c [${'*b, '.repeat(9)}*b]\nd: [${'*c, '.repeat(9)}*c]\n`,
      line: 1,
      col: 1,
      message: 'For mange YAML-aliaser (*navn); højst 100 er tilladt',
    },
    { name: 'not a list', text: 'contact: lasse-bonde\nanswer: answered\n', line: 1, col: 1, message: da.answers.notList },
    { name: 'empty file', text: '', line: 1, col: 1, message: da.answers.notList },
    { name: 'an entry that is not a mapping', text: '- lasse-bonde\n', line: 1, col: 3, message: da.answers.notEntry },
    { name: 'answer misspelt', text: '- { contact: lasse-bonde, answer: yes }\n', line: 1, col: 35, message: da.answers.answer('yes') },
    { name: 'answer missing', text: '- { contact: lasse-bonde }\n', line: 1, col: 3, message: da.answers.missing('answer') },
    { name: 'contact missing', text: '- { answer: skip }\n', line: 1, col: 3, message: da.answers.missing('contact') },
    { name: 'contact a number', text: '- { contact: 114, answer: skip }\n', line: 1, col: 14, message: da.answers.contactType },
    { name: 'unknown key', text: '- { contact: lasse-bonde, answer: skip, note: x }\n', line: 1, col: 41, message: da.answers.unknownKey('note') },
    { name: 'unknown contact', text: '- { contact: lasse-bond, answer: skip }\n', line: 1, col: 14, message: da.answers.contactUnknown('lasse-bond') },
    {
      name: 'a contact twice',
      text: '- { contact: lasse-bonde, answer: no-answer }\n- { contact: lasse-bonde, answer: answered }\n',
      line: 2,
      col: 14,
      message: da.answers.duplicate('lasse-bonde', 1),
    },
    { name: 'a time that is not one', text: '- { contact: lasse-bonde, answer: skip, at: "klokken 10" }\n', line: 1, col: 45, message: da.answers.time('klokken 10') },
    {
      name: 'a time before the start',
      text: '- { contact: lasse-bonde, answer: skip, at: 2025-12-01T09:59 }\n',
      line: 1,
      col: 45,
      message: da.answers.timeBeforeStart('2025-12-01T09:59', '2025-12-01T10:00:00+01:00'),
    },
    {
      name: 'times going backwards',
      text: '- { contact: lasse-bonde, answer: skip, at: 2025-12-01T10:05 }\n- { contact: allan-aarslev, answer: skip, at: 2025-12-01T10:04 }\n',
      line: 2,
      col: 47,
      message: da.answers.timeBackwards('2025-12-01T10:04', '2025-12-01T10:05'),
    },
    {
      name: 'a time more than 5 minutes ahead of the clock (the first such, not the later ones)',
      text: '- { contact: lasse-bonde, answer: skip, at: 2025-12-01T11:05 }\n- { contact: allan-aarslev, answer: answered, at: 2025-12-01T11:06 }\n- { contact: louise-hou-kragh, answer: answered, at: 2026-05-01T10:00 }\n',
      line: 2,
      col: 51,
      message: da.answers.timeFuture('2025-12-01T11:06', '2025-12-01T11:00:00.000+01:00'),
    },
  ];
  it.each(cases)('$name', ({ text, line, col, message }) => {
    const { problems } = parse(text);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ severity: 'error', line, col });
    expect(problems[0]!.message).toContain(message);
  });

  it('in English', () => {
    expect(parse('- { contact: lasse-bonde, answer: ja }\n', en.answers).problems[0]!.message).toBe(
      '"ja" is not an answer; write answered, no-answer or skip',
    );
  });
});
