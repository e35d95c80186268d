import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { loadRoster } from '../roster/load.js';
import { WorkingCalendar } from './calendar.js';
import { dialInOf, invitationUid, parseDuration, planInvitation, smsRecipients, type InviteRequest } from './invite.js';
import { parseMoment } from './time.js';

const rosterText = readFileSync(new URL('../../tests/fixtures/invite.yaml', import.meta.url));
const roster = loadRoster(rosterText, { file: 'invite.yaml' }).roster!;
const calendar = new WorkingCalendar(roster.calendar);
const at = (text: string) => parseMoment(text, 'Europe/Copenhagen');
const iso = (dt: DateTime) => dt.toISO({ suppressMilliseconds: true });

/** The same roster where the meeting must have ended by the deadline (interpretations.meetingDeadline: end). */
const mustEnd = { ...roster, interpretations: { meetingDeadline: 'end' as const } };

function plan(over: Partial<InviteRequest>, r = roster) {
  return planInvitation(r, { level: 'red', activatedAt: at('2026-12-01T16:00'), durationMinutes: 60, without: [], also: [], sequence: 0, ...over }, calendar, 'da');
}

describe('parseDuration', () => {
  it.each([
    ['1h', 60],
    ['1h30m', 90],
    ['1h 30m', 90],
    ['90m', 90],
    ['90', 90],
    ['45min', 45],
    ['2t', 120],
    ['1:30', 90],
    ['PT1H30M', 90],
    ['pt45m', 45],
    ['', undefined],
    ['h', undefined],
    ['1,5h', undefined],
    ['1:75', undefined],
    ['en time', undefined],
  ])('%s → %s', (text, minutes) => expect(parseDuration(text)).toBe(minutes));
});

describe('dialInOf', () => {
  it.each([
    ['+45 70 10 10 10', '123456', '+4570101010,,,123456#'],
    ['70 10 10 10', '123456', '+4570101010,,,123456#'],
    ['0045 70101010', undefined, '+4570101010'],
    ['+46 8 123 456 78', '99', '+46812345678,,,99#'],
    ['(+44) 20 7946 0000', '1', '+442079460000,,,1#'],
  ])('%s with PIN %s dials %s', (number, pin, dial) => expect(dialInOf(number, pin)?.dial).toBe(dial));
  it.each([['1234'], ['ring mig'], ['+0 123 456 789']])('%s is no number', (number) => expect(dialInOf(number)).toBeUndefined());
  it('a PIN is digits only', () => expect(dialInOf('70101010', '12a4')).toBeUndefined());
});

describe('the proposed start without --meeting', () => {
  it.each([
    // level, activation, duration, proposed start
    // Yellow: the next working morning at 09.00.
    ['yellow', '2026-12-01T16:00', 60, '2026-12-02T09:00:00+01:00'],
    ['yellow', '2026-12-04T10:00', 60, '2026-12-07T09:00:00+01:00'], // Friday → Monday
    ['yellow', '2026-12-24T10:00', 60, '2026-12-28T09:00:00+01:00'], // over Christmas and the weekend
    // Red: the first whole hour two hours ahead within the working day.
    ['red', '2026-12-01T09:10', 60, '2026-12-01T12:00:00+01:00'],
    ['red', '2026-12-01T11:00', 60, '2026-12-01T13:00:00+01:00'],
    ['red', '2026-12-01T13:00', 60, '2026-12-01T15:00:00+01:00'],
    // Too late for the working day: 08.00 the next morning.
    ['red', '2026-12-01T13:30', 60, '2026-12-02T08:00:00+01:00'],
    ['red', '2026-12-18T21:30', 60, '2026-12-19T08:00:00+01:00'],
    ['red', '2026-12-01T05:00', 60, '2026-12-01T08:00:00+01:00'],
    // The deadline comes first: the latest start.
    ['red', '2026-12-01T13:30', 23 * 60, '2026-12-01T14:30:00+01:00'],
  ] as const)('%s at %s, %i min → %s', (level, activation, duration, proposed) => {
    const result = plan({ level, activatedAt: at(activation), durationMinutes: duration });
    if (!('invitation' in result)) throw new Error(result.problem.kind);
    expect(result.invitation.proposed).toBe(true);
    expect(iso(result.invitation.start)).toBe(proposed);
    expect(+result.invitation.end).toBeLessThanOrEqual(+result.invitation.deadline.deadline);
  });
});

describe('planInvitation: a meeting that starts by the deadline and ends after it', () => {
  it('is accepted by default ("samles inden for": the group has met once the meeting starts), and says so', () => {
    const result = plan({ activatedAt: at('2026-12-01T16:00'), meeting: at('2026-12-02T15:30') });
    if (!('invitation' in result)) throw new Error(result.problem.kind);
    expect(result.invitation.endsAfterDeadline).toBe(true);
    expect(result.invitation.meetingRule).toEqual({ key: 'meetingDeadline', value: 'start', stated: false });
    expect(iso(result.invitation.latestStart)).toBe('2026-12-02T16:00:00+01:00');
    expect('invitation' in plan({ meeting: at('2026-12-02T16:00') })).toBe(true);
    expect('problem' in plan({ meeting: at('2026-12-02T16:01') }) && plan({ meeting: at('2026-12-02T16:01') })).toMatchObject({ problem: { kind: 'after-deadline', mustEnd: false } });
  });

  it('is refused when the roster says the meeting must end by the deadline', () => {
    const result = plan({ activatedAt: at('2026-12-01T16:00'), meeting: at('2026-12-02T15:30') }, mustEnd);
    expect('problem' in result && result.problem).toMatchObject({ kind: 'after-deadline', mustEnd: true });
  });

  it('the proposal ends by the deadline under either rule; a meeting longer than the window starts at the activation', () => {
    const proposal = plan({});
    if (!('invitation' in proposal)) throw new Error(proposal.problem.kind);
    expect(iso(proposal.invitation.start)).toBe('2026-12-02T08:00:00+01:00');
    expect(proposal.invitation.endsAfterDeadline).toBe(false);
    const long = plan({ durationMinutes: 25 * 60 });
    if (!('invitation' in long)) throw new Error(long.problem.kind);
    expect(iso(long.invitation.start)).toBe('2026-12-01T16:00:00+01:00');
  });
});

describe('planInvitation: the deadline (meeting must end by it)', () => {
  it.each([
    // level, activation, duration, deadline, latest start
    ['red', '2026-12-01T16:00', 60, '2026-12-02T16:00:00+01:00', '2026-12-02T15:00:00+01:00'],
    ['red', '2026-12-01T16:00:40', 90, '2026-12-02T16:00:40+01:00', '2026-12-02T14:30:00+01:00'],
    // 24 elapsed hours across the end of summer time: the wall clock shows an hour less.
    ['red', '2026-10-24T16:00', 60, '2026-10-25T15:00:00+01:00', '2026-10-25T14:00:00+01:00'],
    // Across the start of summer time: an hour more.
    ['red', '2026-03-28T12:00', 60, '2026-03-29T13:00:00+02:00', '2026-03-29T12:00:00+02:00'],
    // Christmas: the 24th, 25th, 26th and the weekend do not count.
    ['yellow', '2026-12-23T10:00', 60, '2026-12-29T16:00:00+01:00', '2026-12-29T15:00:00+01:00'],
    ['yellow', '2026-11-27T09:00', 120, '2026-12-02T16:00:00+01:00', '2026-12-02T14:00:00+01:00'],
  ] as const)('%s at %s, %i min: deadline %s, latest start %s', (level, activation, duration, deadline, latest) => {
    const result = plan({ level, activatedAt: at(activation), durationMinutes: duration }, mustEnd);
    if (!('invitation' in result)) throw new Error(JSON.stringify(result.problem.kind));
    expect(iso(result.invitation.deadline.deadline)).toBe(deadline);
    expect(iso(result.invitation.latestStart)).toBe(latest);
    expect(result.invitation.proposed).toBe(true);
    expect(+result.invitation.start).toBeLessThanOrEqual(+result.invitation.latestStart);
    expect(result.invitation.end.diff(result.invitation.start, 'minutes').minutes).toBe(duration);
  });

  it.each([
    ['red', '2026-12-01T16:00', '2026-12-02T15:01', 'after-deadline'],
    ['red', '2026-12-01T16:00', '2026-12-02T15:00', undefined],
    ['red', '2026-12-01T16:00', '2026-12-01T15:59', 'before-activation'],
    ['red', '2026-12-01T16:00', '2026-12-01T16:00', undefined],
    ['yellow', '2026-12-23T10:00', '2026-12-29T15:30', 'after-deadline'],
    ['yellow', '2026-12-23T10:00', '2026-12-28T09:00', undefined],
    ['yellow', '2026-12-23T10:00', '2026-12-30T10:00', 'after-deadline'],
  ] as const)('%s at %s, meeting %s → %s', (level, activation, meeting, problem) => {
    const result = plan({ level, activatedAt: at(activation), meeting: at(meeting) }, mustEnd);
    expect('problem' in result ? result.problem.kind : undefined).toBe(problem);
  });

  it('a meeting longer than the whole window is refused', () => {
    const result = plan({ activatedAt: at('2026-12-01T16:00'), durationMinutes: 25 * 60 }, mustEnd);
    expect('problem' in result && result.problem.kind).toBe('too-long');
  });

  it('green convenes no meeting', () => {
    const result = planInvitation(roster, { level: 'green' as 'red', activatedAt: at('2026-12-01T16:00'), durationMinutes: 60, without: [], also: [], sequence: 0 }, calendar, 'da');
    expect('problem' in result && result.problem.kind).toBe('no-meeting');
  });
});

describe('planInvitation: who is invited', () => {
  const ids = (over: Partial<InviteRequest>) => {
    const result = plan(over);
    if (!('invitation' in result)) throw new Error(result.problem.kind);
    return result.invitation;
  };

  it('every member but the organiser; a substitute for an absent member; ad hoc guests last', () => {
    const inv = ids({ without: ['lasse-bonde'], also: ['brand-vagt', 'camilla-nielsen'] });
    expect(inv.organiser.id).toBe('louise-hou-kragh');
    expect(inv.guests.map((g) => g.id)).toEqual(['claus-hansen', 'allan-aarslev', 'morten-strange', 'gine-norager', 'peter-pedersen', 'jorgen-lajer', 'brand-vagt', 'camilla-nielsen']);
    expect(inv.guests[1]).toMatchObject({ standsInFor: 'Lasse Bonde', email: 'aaa001@politi.dk', adHoc: false });
    expect(inv.guests[6]).toMatchObject({ adHoc: true, kind: 'hotline', dial: '+4587124000' });
    expect(inv.absent.map((a) => [a.member.id, a.substitute?.id])).toEqual([['lasse-bonde', 'allan-aarslev']]);
    expect(smsRecipients(inv)).toEqual(['+4540867408', '+4522701226', '+4530359684', '+4540356073', '+4570260079', '+4530840522', '+4522697772']);
  });

  it('a substitute who is no member can be named absent too: the member is then listed without a stand-in', () => {
    const inv = ids({ without: ['lasse-bonde', 'allan-aarslev'] });
    expect(inv.guests.map((g) => g.id)).not.toContain('allan-aarslev');
    expect(inv.absent.map((a) => [a.member.id, a.substitute?.id, a.substituteAbsent?.id])).toEqual([['lasse-bonde', undefined, 'allan-aarslev']]);
  });

  it.each([
    [{ without: ['camilla-nielsen'] }, 'not-a-member'],
    [{ without: ['louise-hou-kragh'] }, 'organiser-absent'],
    [{ also: ['brandvaesen'] }, 'unknown-guest'],
    [{ also: ['beredskab-ostjylland'] }, 'organisation-guest'],
  ] as const)('%j → %s', (over, kind) => {
    const result = plan(over as Partial<InviteRequest>);
    expect('problem' in result && result.problem).toMatchObject({ kind, usage: true });
  });
});

describe('invitationUid', () => {
  const a = at('2026-12-01T16:00');
  it('depends on the plan, the level and the activation instant, not on how the instant is written', () => {
    expect(invitationUid('Randers Kommune', 'red', a)).toBe('beredskab-randers-kommune-red-20261201T150000Z@beredskab');
    expect(invitationUid('Randers Kommune', 'red', DateTime.fromISO('2026-12-01T15:00:00Z'))).toBe(invitationUid('Randers Kommune', 'red', a));
    expect(invitationUid('Randers Kommune', 'yellow', a)).not.toBe(invitationUid('Randers Kommune', 'red', a));
    expect(invitationUid('Århus Kommune', 'red', a)).toBe('beredskab-aarhus-kommune-red-20261201T150000Z@beredskab');
  });
  it('an id given replaces the level and the instant', () => {
    expect(invitationUid('Randers Kommune', 'red', a, 'AKT-2026.17')).toBe('beredskab-randers-kommune-akt-2026-17@beredskab');
  });
  it('spells æ, ø and å out as the roster\'s ids do, and says "plan" for a text without a letter or digit', () => {
    expect(invitationUid('Ærø Kommune', 'red', a, 'Øvelse på Næsbyvej')).toBe('beredskab-aeroe-kommune-oevelse-paa-naesbyvej@beredskab');
    expect(invitationUid('—', 'red', a, '…')).toBe('beredskab-plan-plan@beredskab');
  });
});

describe('properties over 2024–2040', () => {
  const zone = 'Europe/Copenhagen';
  const moment = fc
    .integer({ min: DateTime.fromISO('2024-01-01T00:00', { zone }).toMillis(), max: DateTime.fromISO('2040-12-31T23:59', { zone }).toMillis() })
    .map((ms) => DateTime.fromMillis(ms, { zone }));
  const level = fc.constantFrom('yellow' as const, 'red' as const);
  const minutes = fc.integer({ min: 5, max: 180 });

  it('the proposed meeting starts at or after the activation, on a whole minute, and ends by the deadline', () => {
    fc.assert(
      fc.property(moment, level, minutes, (activatedAt, lvl, duration) => {
        const result = plan({ level: lvl, activatedAt, durationMinutes: duration }, mustEnd);
        if ('problem' in result) {
          // Only a red meeting longer than the whole window can fail to fit.
          expect(result.problem.kind).toBe('too-long');
          return;
        }
        const inv = result.invitation;
        expect(+inv.start).toBeGreaterThanOrEqual(+activatedAt.startOf('minute'));
        expect(inv.start.second + inv.start.millisecond).toBe(0);
        expect(+inv.end).toBeLessThanOrEqual(+inv.deadline.deadline);
        expect(+inv.start).toBeLessThanOrEqual(+inv.latestStart);
        expect(+inv.deadline.deadline - +inv.latestStart - duration * 60_000).toBeLessThan(60_000);
      }),
      { numRuns: 300 },
    );
  });

  it('the latest start is accepted and a minute later is refused', () => {
    fc.assert(
      fc.property(moment, level, fc.boolean(), (activatedAt, lvl, end) => {
        const r = end ? mustEnd : roster;
        const first = plan({ level: lvl, activatedAt }, r);
        if (!('invitation' in first)) throw new Error(first.problem.kind);
        const latest = first.invitation.latestStart;
        expect('invitation' in plan({ level: lvl, activatedAt, meeting: latest }, r)).toBe(true);
        const late = plan({ level: lvl, activatedAt, meeting: latest.plus({ minutes: 1 }) }, r);
        expect('problem' in late && late.problem.kind).toBe('after-deadline');
      }),
      { numRuns: 200 },
    );
  });
});
