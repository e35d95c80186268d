import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { SHIPPED } from '../../../tests/helpers.js';
import { planActivation } from '../activation.js';
import { WorkingCalendar } from '../calendar.js';
import { loadRoster } from '../../roster/load.js';
import { minutesBetween } from '../time.js';
import { driveDrill, nextStep, summariseDrill, type Answer, type DrillRecord } from './engine.js';

const roster = loadRoster(readFileSync(SHIPPED), { file: 'roster.yaml' }).roster!;
const start = DateTime.fromISO('2025-12-01T10:00', { zone: 'Europe/Copenhagen' });
const plan = planActivation(roster, 'red', start, new WorkingCalendar(roster.calendar), 'da');

/** Drives a drill with answers by contact id and the minute after the start each answer is given. */
async function drill(script: Record<string, [Answer, number]>) {
  let minute = 0;
  const records = await driveDrill(
    plan,
    async (step) => {
      const [answer, at] = script[step.contact.id] ?? ['skip', minute];
      minute = at;
      return { answer };
    },
    () => start.plus({ minutes: minute, seconds: 30 }),
  );
  return { records, asked: records.map((r) => r.step.contact.id), summary: summariseDrill(plan, records, start) };
}

const MEMBERS = ['claus-hansen', 'morten-strange', 'gine-norager', 'peter-pedersen', 'jorgen-lajer'];

describe('the order a drill asks in', () => {
  const cases: { name: string; script: Record<string, [Answer, number]>; asked: string[] }[] = [
    {
      name: 'the first officer answers: the fallbacks are not asked, nor is he asked again as a member',
      script: { 'lasse-bonde': ['answered', 1] },
      asked: ['lasse-bonde', 'louise-hou-kragh', ...MEMBERS],
    },
    {
      name: 'no answer moves to the substitute officer; as a member the officer is not asked again',
      script: { 'lasse-bonde': ['no-answer', 1], 'allan-aarslev': ['answered', 2] },
      asked: ['lasse-bonde', 'allan-aarslev', 'louise-hou-kragh', ...MEMBERS],
    },
    {
      name: 'nobody answers in the police chain: every fallback down to the duty officer',
      script: { 'lasse-bonde': ['no-answer', 1], 'allan-aarslev': ['no-answer', 2], 'politi-vagtchef': ['answered', 3] },
      asked: ['lasse-bonde', 'allan-aarslev', 'politi-vagtchef', 'louise-hou-kragh', ...MEMBERS],
    },
    {
      name: 'a skip moves on like a no-answer',
      script: { 'lasse-bonde': ['skip', 0], 'allan-aarslev': ['answered', 4] },
      asked: ['lasse-bonde', 'allan-aarslev', 'louise-hou-kragh', ...MEMBERS],
    },
  ];
  it.each(cases)('$name', async ({ script, asked }) => {
    expect((await drill(script)).asked).toEqual(asked);
  });

  it('a member not reached in a chain is asked in the member round, then their substitute', () => {
    // The police chain was reached by the duty officer without asking Lasse Bonde (a roster whose chain starts there).
    const viaHotline = { ...plan, chains: [{ ...plan.chains[0]!, contacts: plan.chains[0]!.contacts.slice(2) }, plan.chains[1]!] };
    const records: DrillRecord[] = [];
    const answer = (answer: Answer) => {
      const step = nextStep(viaHotline, records)!;
      records.push({ step, answer, at: start });
      return step;
    };
    expect(answer('answered').contact.id).toBe('politi-vagtchef');
    expect(answer('answered').contact.id).toBe('louise-hou-kragh');
    expect(answer('answered').contact.id).toBe('claus-hansen');
    const member = answer('no-answer');
    expect([member.part, member.contact.id]).toEqual(['member', 'lasse-bonde']);
    const substitute = answer('answered');
    expect(substitute.part).toBe('substitute');
    expect(substitute.contact.id).toBe('allan-aarslev');
    expect(substitute.part === 'substitute' && substitute.member.id).toBe('lasse-bonde');
    expect(nextStep(viaHotline, records)?.contact.id).toBe('morten-strange');
  });
});

describe('the summary', () => {
  it('minutes to each chain, who was reached, who not, who was skipped and who never asked', async () => {
    const { summary } = await drill({
      'lasse-bonde': ['no-answer', 1],
      'allan-aarslev': ['answered', 3],
      'louise-hou-kragh': ['answered', 7],
      'claus-hansen': ['answered', 9],
      'morten-strange': ['no-answer', 11],
    });
    expect(summary.chains.map((c) => [c.id, c.reachedBy?.id, c.minutes, c.notAsked.map((x) => x.id)])).toEqual([
      ['politi', 'allan-aarslev', 3, ['politi-vagtchef']],
      ['koordinator', 'louise-hou-kragh', 7, []],
    ]);
    expect(summary.coordinator).toMatchObject({ answer: 'answered', minutes: 7, apart: false });
    expect(summary.reached.map((r) => r.step.contact.id)).toEqual(['allan-aarslev', 'louise-hou-kragh', 'claus-hansen']);
    expect(summary.notReached.map((r) => r.step.contact.id)).toEqual(['lasse-bonde', 'morten-strange']);
    expect(summary.skipped.map((r) => r.step.contact.id)).toEqual(['gine-norager', 'peter-pedersen', 'jorgen-lajer']);
    expect(summary.confirmable).toEqual(['allan-aarslev', 'louise-hou-kragh', 'claus-hansen']);
    expect(summary.complete).toBe(true);
    expect(minutesBetween(start, summary.endedAt!)).toBe(11);
  });

  it('a chain nobody answered has no minutes; the duty officer is not a person to confirm', async () => {
    const { summary } = await drill({
      'lasse-bonde': ['no-answer', 1],
      'allan-aarslev': ['no-answer', 2],
      'politi-vagtchef': ['answered', 4],
      'louise-hou-kragh': ['no-answer', 5],
    });
    expect(summary.chains.map((c) => [c.id, c.reachedBy?.id, c.minutes])).toEqual([
      ['politi', 'politi-vagtchef', 4],
      ['koordinator', undefined, undefined],
    ]);
    expect(summary.coordinator).toMatchObject({ answer: 'no-answer', minutes: undefined, apart: false });
    expect(summary.confirmable).toEqual([]);
  });

  it('the coordinator is told apart when their chain was reached through someone else', async () => {
    const withDeputy = { ...plan, chains: [plan.chains[0]!, { ...plan.chains[1]!, contacts: [plan.coordinator, plan.invitees[0]!.member] }] };
    const records: DrillRecord[] = [];
    for (const answer of ['answered', 'no-answer', 'answered'] as const) records.push({ step: nextStep(withDeputy, records)!, answer, at: start.plus({ minutes: records.length * 2 }) });
    const summary = summariseDrill(withDeputy, records, start);
    expect(summary.chains[1]).toMatchObject({ reachedBy: { id: 'claus-hansen' }, minutes: 4 });
    expect(summary.coordinator).toMatchObject({ answer: 'no-answer', minutes: undefined, apart: true });
  });

  it('a drill broken off is not complete, and counts only what was answered', () => {
    const step = nextStep(plan, [])!;
    const summary = summariseDrill(plan, [{ step, answer: 'no-answer', at: start.plus({ minutes: 2 }) }], start);
    expect(summary.complete).toBe(false);
    expect(summary.chains[0]!.reachedBy).toBeUndefined();
    expect(summary.notReached.map((r) => r.step.contact.id)).toEqual(['lasse-bonde']);
  });

  it.each([
    [0, 0],
    [59, 0],
    [60, 1],
    [119, 1],
    [3600, 60],
  ])('%i seconds are %i whole minutes', (seconds, minutes) => {
    expect(minutesBetween(start, start.plus({ seconds }))).toBe(minutes);
  });
});
