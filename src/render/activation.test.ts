import { describe, expect, it } from 'vitest';
import { NORDBY, text } from '../../tests/helpers.js';
import { messages } from '../i18n/index.js';
import { planActivation } from '../domain/activation.js';
import { WorkingCalendar } from '../domain/calendar.js';
import { parseMoment } from '../domain/time.js';
import { loadRoster } from '../roster/load.js';
import { activationData, activationText } from './activation.js';

/** A roster lint refuses (red convenes nobody), read anyway: the renderer must still not hide the chains. */
function redWithoutMeeting() {
  const content = text(NORDBY).replace('convene: { type: hours, hours: 12 }', 'convene: { type: none, forums: [Områdeforum] }');
  const result = loadRoster(new TextEncoder().encode(content), { file: 'r.yaml' });
  expect(result.findings.map((d) => d.code)).toContain('convene-missing');
  return result.roster!;
}

describe('roster text never reaches the terminal raw', () => {
  it('escape sequences, NUL and direction overrides in a roster read anyway are replaced', () => {
    const content = text(NORDBY)
      .replace('name: Mette Lund', 'name: "\\e[2J\\e[31mMette\\e]0;pwned\\a \\e[8mLund\\0"')
      .replace('name: Sara Holm', 'name: "Sara \\u202eHolm\\nforged line"');
    const result = loadRoster(new TextEncoder().encode(content), { file: 'r.yaml' });
    expect(result.findings.map((d) => d.code)).toContain('text-control-character');
    const roster = result.roster!;
    const activation = planActivation(roster, 'red', parseMoment('2026-12-01T10:00', 'Europe/Copenhagen'), new WorkingCalendar(roster.calendar), 'da');
    const out = activationText(activation, { t: messages('da'), lang: 'da', color: false });
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
    expect(out).toContain('\ufffd[2J\ufffd[31mMette');
    expect(out.split('\n').filter((l) => l.startsWith('forged line'))).toEqual([]);
  });
});

describe('activate never drops the police chain', () => {
  it('red shows every chain even when the roster says it convenes nobody', () => {
    const roster = redWithoutMeeting();
    const activation = planActivation(roster, 'red', parseMoment('2026-12-01T10:00', 'Europe/Copenhagen'), new WorkingCalendar(roster.calendar), 'da');
    const view = { t: messages('da'), lang: 'da' as const, color: false };
    const out = activationText(activation, view);
    expect(out).toContain('Ring til politiet');
    expect(out).toContain('Sara Holm');
    expect(out).toContain('114');
    expect(out).not.toContain('Intet møde');
    const data = activationData(activation, view);
    expect(data.steps.map((s) => s.id)).toEqual(['koordinator', 'politi', 'members', 'press']);
  });
});
