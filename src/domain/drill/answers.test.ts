import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { parseAnswers, type AnswersFinding } from './answers.js';

const known = new Set(['lasse-bonde', 'allan-aarslev', 'politi-vagtchef', 'louise-hou-kragh']);
const start = DateTime.fromISO('2025-12-01T10:00', { zone: 'Europe/Copenhagen' });
// The clock, injected: an hour after the drill began.
const now = start.plus({ hours: 1 });
const parse = (text: string) => parseAnswers(text, { known, zone: 'Europe/Copenhagen', start, now });

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
  const cases: { name: string; text: string; line: number; col: number; finding: AnswersFinding }[] = [
    { name: 'YAML syntax', text: '- { contact: lasse-bonde, answer: answered\n', line: 2, col: 1, finding: { code: 'yaml-syntax', reason: 'BAD_INDENT' } },
    { name: 'an alias to nothing', text: '- *x\n', line: 1, col: 3, finding: { code: 'yaml-bad-alias' } },
    {
      name: 'aliases that expand too far',
      text: `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [${'*a, '.repeat(9)}*a]\nc: &c [${'*b, '.repeat(9)}*b]\nd: [${'*c, '.repeat(9)}*c]\n`,
      line: 1,
      col: 1,
      finding: { code: 'yaml-too-many-aliases', max: 100 },
    },
    { name: 'not a list', text: 'contact: lasse-bonde\nanswer: answered\n', line: 1, col: 1, finding: { code: 'not-list' } },
    { name: 'empty file', text: '', line: 1, col: 1, finding: { code: 'not-list' } },
    { name: 'an entry that is not a mapping', text: '- lasse-bonde\n', line: 1, col: 3, finding: { code: 'not-entry' } },
    { name: 'answer misspelt', text: '- { contact: lasse-bonde, answer: yes }\n', line: 1, col: 35, finding: { code: 'answer', value: 'yes' } },
    { name: 'answer missing', text: '- { contact: lasse-bonde }\n', line: 1, col: 3, finding: { code: 'missing', key: 'answer' } },
    { name: 'contact missing', text: '- { answer: skip }\n', line: 1, col: 3, finding: { code: 'missing', key: 'contact' } },
    { name: 'contact a number', text: '- { contact: 114, answer: skip }\n', line: 1, col: 14, finding: { code: 'contact-type' } },
    { name: 'unknown key', text: '- { contact: lasse-bonde, answer: skip, note: x }\n', line: 1, col: 41, finding: { code: 'unknown-key', key: 'note' } },
    { name: 'unknown contact', text: '- { contact: lasse-bond, answer: skip }\n', line: 1, col: 14, finding: { code: 'contact-unknown', id: 'lasse-bond' } },
    {
      name: 'a contact twice',
      text: '- { contact: lasse-bonde, answer: no-answer }\n- { contact: lasse-bonde, answer: answered }\n',
      line: 2,
      col: 14,
      finding: { code: 'duplicate', id: 'lasse-bonde', firstLine: 1 },
    },
    { name: 'a time that is not one', text: '- { contact: lasse-bonde, answer: skip, at: "klokken 10" }\n', line: 1, col: 45, finding: { code: 'time', value: 'klokken 10' } },
    {
      name: 'a time before the start',
      text: '- { contact: lasse-bonde, answer: skip, at: 2025-12-01T09:59 }\n',
      line: 1,
      col: 45,
      finding: { code: 'time-before-start', value: '2025-12-01T09:59', start },
    },
    {
      name: 'times going backwards',
      text: '- { contact: lasse-bonde, answer: skip, at: 2025-12-01T10:05 }\n- { contact: allan-aarslev, answer: skip, at: 2025-12-01T10:04 }\n',
      line: 2,
      col: 47,
      finding: { code: 'time-backwards', value: '2025-12-01T10:04', previous: '2025-12-01T10:05' },
    },
    {
      name: 'a time more than 5 minutes ahead of the clock (the first such, not the later ones)',
      text: '- { contact: lasse-bonde, answer: skip, at: 2025-12-01T11:05 }\n- { contact: allan-aarslev, answer: answered, at: 2025-12-01T11:06 }\n- { contact: louise-hou-kragh, answer: answered, at: 2026-05-01T10:00 }\n',
      line: 2,
      col: 51,
      finding: { code: 'time-future', value: '2025-12-01T11:06', now },
    },
  ];
  it.each(cases)('$name', ({ text, line, col, finding }) => {
    const { problems } = parse(text);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toEqual({ severity: 'error', line, col, ...finding });
  });
});
