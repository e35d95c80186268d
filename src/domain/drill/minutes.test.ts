import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { SHIPPED } from '../../../tests/helpers.js';
import type { JournalEvent } from '../../journal/schema.js';
import { iso } from '../../journal/store.js';
import { loadRoster } from '../../roster/load.js';
import { planActivation } from '../activation.js';
import { WorkingCalendar } from '../calendar.js';
import { evaluate } from '../evaluation.js';
import { minutesBetween } from '../time.js';
import { ANSWERS, driveDrill, summariseDrill } from './engine.js';

const ZONE = 'Europe/Copenhagen';
const roster = loadRoster(readFileSync(SHIPPED), { file: 'roster.yaml' }).roster!;
const calendar = new WorkingCalendar(roster.calendar);
const ID = '2026-03-29T0100-red-drill-abcd';

describe('whole minutes: one rule for a drill and its evaluation', () => {
  it.each([
    [0, 0],
    [59_999, 0],
    [60_000, 1],
    [89_999, 1],
    [90_000, 1],
    [119_999, 1],
    [-1, 0],
  ])('%i ms after the start are %i minutes', (ms, minutes) => {
    const start = DateTime.fromISO('2026-12-01T10:00:00.250+01:00', { setZone: true });
    expect(minutesBetween(start, start.plus({ milliseconds: ms }))).toBe(minutes);
  });

  it("a drill's summary and the evaluation of the journal it wrote give every chain and the coordinator the same minutes", async () => {
    await fc.assert(
      fc.asyncProperty(
        // Any instant of 2026 (both daylight-saving changes), to the millisecond, as the clock gives it.
        fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2026-12-31T00:00:00Z') }),
        fc.array(fc.record({ answer: fc.constantFrom(...ANSWERS), after: fc.integer({ min: 0, max: 15 * 60_000 }) }), { minLength: 1, maxLength: 20 }),
        async (startMs, script) => {
          const startedAt = DateTime.fromMillis(startMs, { zone: ZONE });
          const plan = planActivation(roster, 'red', startedAt, calendar, 'da');
          let last = startedAt;
          let i = 0;
          const records = await driveDrill(
            plan,
            async () => {
              const { answer, after } = script[i++ % script.length]!;
              last = last.plus({ milliseconds: after });
              return { answer, at: last };
            },
            () => last,
          );
          const summary = summariseDrill(plan, records, startedAt);
          // The journal as `drill` writes it: the start, every answer but a skip, the end.
          const base = { schemaVersion: 1 as const, activation: ID, drill: true as const };
          const events: JournalEvent[] = [
            { ...base, type: 'start', level: 'red', at: iso(startedAt) },
            ...records.filter((r) => r.answer !== 'skip').map((r): JournalEvent => ({ ...base, type: 'call', contact: r.step.contact.id, answered: r.answer === 'answered', at: iso(r.at) })),
            { ...base, type: 'close', at: iso(summary.endedAt ?? startedAt) },
          ];
          const evaluation = evaluate(roster, ID, events, calendar, last, 'da')!;
          summary.chains.forEach((chain, n) => {
            expect(evaluation.chains[n]!.reached?.minutes).toBe(chain.minutes);
          });
          const calls = [...evaluation.chains.flatMap((c) => c.calls), ...evaluation.otherCalls];
          const coordinator = calls.find((c) => c.contact === plan.coordinator.id && c.answered);
          expect(coordinator?.minutes).toBe(summary.coordinator.minutes);
        },
      ),
      { numRuns: 100 },
    );
  });
});
