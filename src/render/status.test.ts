import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { messages } from '../i18n/index.js';
import { journalMessages } from '../i18n/journal.js';
import type { JournalEvent } from '../journal/schema.js';
import { renderEvaluation } from './evaluation.js';
import { renderStatus } from './status.js';
import { loadRoster } from '../roster/load.js';
import { WorkingCalendar } from '../domain/calendar.js';
import { evaluate } from '../domain/evaluation.js';
import { rosterNames } from '../domain/names.js';
import { activationLine, statusReport } from '../domain/status.js';

const text = readFileSync(new URL('../../tests/fixtures/nordby.yaml', import.meta.url));
const roster = loadRoster(text, { file: 'nordby.yaml' }).roster!;
const calendar = new WorkingCalendar(roster.calendar);
const now = DateTime.fromISO('2026-12-31T12:00:00+01:00', { setZone: true });
const view = { t: messages('da'), j: journalMessages('da'), lang: 'da' as const, names: rosterNames(roster, 'da') };
const [first, second] = roster.activation.chains[0]!.contacts as [string, string];

function drill(id: string, interrupted: boolean): JournalEvent[] {
  const base = { schemaVersion: 1 as const, activation: id, drill: true };
  return [
    { ...base, type: 'start', level: 'red', at: '2026-05-04T10:00:00+02:00' },
    { ...base, type: 'call', contact: first, answered: false, at: '2026-05-04T10:01:00+02:00' },
    { ...base, type: 'call', contact: second, answered: true, at: '2026-05-04T10:03:00+02:00' },
    interrupted ? { ...base, type: 'interrupted', at: '2026-05-04T10:05:00+02:00' } : { ...base, type: 'close', at: '2026-05-04T10:05:00+02:00' },
  ] as JournalEvent[];
}

describe('the status report: title, drills and the roster outside git', () => {
  const lines = [activationLine(roster, '2026-05-04T1000-red-drill-aaaa', drill('a', false), calendar, now)!, activationLine(roster, '2026-05-04T1000-red-drill-bbbb', drill('b', true), calendar, now)!];
  const report = statusReport(2026, '2026-12-31', lines, roster, undefined);
  const md = renderStatus(report, 'markdown', view);

  it('names the plan and the area in its title', () => {
    const area = roster.plan.areas.length <= 2 ? messages('da').list(roster.plan.areas) : roster.plan.title;
    expect(md.split('\n')[0]).toBe(`# Status for beredskabet 2026 — ${area}, ${roster.plan.municipality}`);
  });

  it('shows each drill: whom it reached, which numbers did not answer, and an interrupted one as interrupted', () => {
    expect(lines[0]).toMatchObject({ reached: [second], failed: [first], interrupted: false });
    expect(lines[1]!.interrupted).toBe(true);
    expect(md).toContain('2 øvelser i året, heraf 1 afbrudt.');
    const name = (id: string) => view.names.name(id);
    expect(md).toContain(`| gennemført | ${name(second)} | ${name(first)} (${view.names.phone(first)}) |`);
    expect(md).toContain(`| afbrudt | ${name(second)} |`);
  });

  it('outside git it still gives the revision and the last change', () => {
    expect(md).toContain(`Planfilen er i revision ${roster.revision}, sidst ændret ${roster.lastChanged}`);
    const json = JSON.parse(renderStatus(report, 'json', view));
    expect(json.rosterNow).toEqual({ revision: roster.revision, lastChanged: roster.lastChanged });
  });
});

describe('the evaluation: titled by date, area and municipality', () => {
  it('"Evaluering af aktivering 4. maj 2026 — …", the id among the facts', () => {
    const base = { schemaVersion: 1 as const, activation: 'x' };
    const events = [{ ...base, type: 'start', level: 'yellow', at: '2026-05-04T10:00:00+02:00' }] as JournalEvent[];
    const evaluation = evaluate(roster, '2026-05-04T1000-yellow-abcd', events, calendar, now, 'da')!;
    const md = renderEvaluation(evaluation, [], 'markdown', view);
    expect(md).toMatch(/^# Evaluering af aktivering 4\. maj 2026 — .+, .+\n/);
    expect(md).toContain('Id i journalen: 2026-05-04T1000-yellow-abcd');
  });
});
