import { describe, expect, it } from 'vitest';
import { NORDBY, SHIPPED_NOTE } from './helpers.js';
import { run as beredskab } from './run.js';

interface ActivationJson {
  level: string;
  activatedAt: string;
  deadline: { level: string; activatedAt: string; deadline: string; timezone: string; skipped: Array<{ date: string; reason: string }> } | null;
  steps: Array<{ id: string; title: string; contacts: Array<{ id: string; name: string; title: string; organisation: string; phone: string }> }>;
  informs: Array<{ by: string[]; informs: string }>;
}

const json = async (args: string[], env?: Record<string, string>) => {
  const run = await beredskab([...args, '--json'], { env });
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as ActivationJson;
};

/** Positions of the needles in the text, which must all be present and in this order. */
function expectInOrder(haystack: string, needles: string[]) {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(needle, from);
    expect(at, `${needle} after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + needle.length;
  }
}

describe('beredskab activate on the shipped roster', () => {
  it('red: police officer, substitute, 114, then the coordinator, deadline 24 hours on (Danish)', async () => {
    const run = await beredskab(['activate', '--level', 'red', '--at', '2026-11-27T04:30']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(SHIPPED_NOTE);
    const out = run.stdout;
    expectInOrder(out, [
      'RØDT NIVEAU',
      'Aktiveret fredag den 27. november 2026 kl. 04.30 (UTC+1)',
      'følger parterne som udgangspunkt politiets anvisninger',
      '1. RING NU – Ring til politiet',
      '1) Lasse Bonde',
      '25 58 32 49',
      '2) Allan Aarslev',
      '22 70 12 26  (hvis ingen svarer)',
      '3) Østjyllands Politis vagtchef',
      '114  (hvis ingen svarer)',
      '2. DEREFTER – Kontakt koordinatoren',
      'Louise Hou Kragh',
      '42 14 86 00',
      'Gruppen skal mødes senest lørdag den 28. november 2026 kl. 04.30 (UTC+1)',
      'Inviteres til mødet:',
      'Claus Hansen',
      'brandvæsenet',
      '3. HVEM INFORMERER HVEM',
      'Claus Hansen aktiverer SSP-netværket',
      'Louise Hou Kragh informerer de boligsociale medarbejdere',
      'Jens Heslop',
      '29 13 69 59',
      'Camilla Nielsen',
      '22 69 77 72',
      'Pia Hesselvig',
      '38 12 14 66',
      'Kenneth Hansen',
      '50 81 47 78',
      'retsplejelovens § 115',
      '4. BAGEFTER',
      'Evaluering:',
      'Årligt statusmøde',
    ]);
    for (const line of out.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(out).not.toMatch(/\x1b\[/);
  });

  it('red in English', async () => {
    const run = await beredskab(['activate', '--level', 'rød', '--at', '2026-11-27T04:30', '--lang', 'en']);
    expectInOrder(run.stdout, [
      'RED LEVEL',
      'Activated Friday 27 November 2026 at 04:30 (UTC+1)',
      'CALL NOW – Call the police',
      'Lasse Bonde',
      'Allan Aarslev',
      '(if no answer)',
      'East Jutland Police duty officer',
      '114',
      'THEN – Contact the coordinator',
      'Louise Hou Kragh',
      'The group must meet by Saturday 28 November 2026 at 04:30 (UTC+1)',
      'WHO INFORMS WHOM',
      'AFTERWARDS',
    ]);
  });

  it('yellow on 23 December names Tuesday 29 December 2026', async () => {
    const da = (await beredskab(['activate', '--level', 'gul', '--at', '2026-12-23T10:00'])).stdout;
    expect(da).toContain('Gruppen skal mødes senest tirsdag den 29. december 2026 kl. 16.00 (UTC+1)');
    expect(da).toMatch(/fredag 25\/12 +tæller ikke: juledag/);
    const en = (await beredskab(['activate', '--level', 'yellow', '--at', '2026-12-23T10:00', '--lang', 'en'])).stdout;
    expect(en).toContain('The group must meet by Tuesday 29 December 2026 at 16:00 (UTC+1)');
  });

  it('--json holds the same facts, with the chain in calling order', async () => {
    const data = await json(['activate', '--level', 'red', '--at', '2026-03-28T22:00']);
    expect(data.level).toBe('red');
    expect(data.activatedAt).toBe('2026-03-28T22:00:00+01:00');
    expect(data.deadline?.deadline).toBe('2026-03-29T23:00:00+02:00');
    expect(data.steps.map((s) => s.id)).toEqual(['politi', 'koordinator', 'members', 'press']);
    expect(data.steps[0]!.contacts.map((c) => [c.name, c.phone])).toEqual([
      ['Lasse Bonde', '25 58 32 49'],
      ['Allan Aarslev', '22 70 12 26'],
      ['Østjyllands Politis vagtchef', '114'],
    ]);
    expect(data.steps[1]!.contacts.map((c) => c.name)).toEqual(['Louise Hou Kragh']);
    expect(data.steps[3]!.contacts.map((c) => c.name)).toEqual(['Jens Heslop', 'Camilla Nielsen', 'Pia Hesselvig', 'Kenneth Hansen']);
    expect(data.informs[0]!.by).toEqual(['Claus Hansen']);
  });

  it('green: ordinary preventive work, no meeting, exit 0', async () => {
    const run = await beredskab(['activate', '--level', 'green', '--at', '2026-11-27T12:00']);
    expect(run.code).toBe(0);
    const flat = run.stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('Der indkaldes ikke til møde i beredskabsgruppen');
    expect(flat).toContain('pulsmøderne og SSP-samarbejdet');
    expect((await json(['activate', '--level', 'green', '--at', '2026-11-27T12:00'])).deadline).toBeNull();
  });

  it('usage errors: a wrong level, a bad --at, a skipped hour', async () => {
    const level = await beredskab(['activate', '--level', 'orange']);
    expect(level.code).toBe(2);
    expect(level.stderr).toBe('beredskab: --level: "orange" er ikke et niveau; vælg rød, gul eller grøn (eller red, yellow, green)\n');
    const missing = await beredskab(['activate']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--level');
    const at = await beredskab(['activate', '--level', 'red', '--at', 'i går']);
    expect(at.code).toBe(2);
    expect(at.stderr).toContain('er ikke et tidspunkt');
    const skipped = await beredskab(['activate', '--level', 'red', '--at', '2026-03-29T02:30', '--lang', 'en']);
    expect(skipped.code).toBe(2);
    expect(skipped.stderr).toContain('does not exist in Europe/Copenhagen');
  });
});

describe('a roster of another municipality', () => {
  it('gives its own chain in its own order, and its own days off', async () => {
    const data = await json(['--roster', NORDBY, 'activate', '--level', 'yellow', '--at', '2026-12-23T10:00']);
    expect(data.steps.map((s) => s.id)).toEqual(['koordinator', 'politi', 'members', 'press']);
    expect(data.steps[0]!.contacts.map((c) => c.name)).toEqual(['Mette Lund', 'Karl Vinther']);
    expect(data.steps[1]!.contacts.map((c) => c.name)).toEqual(['Sara Holm', 'Omar Bakr', 'Nordjyllands Politis vagtchef']);
    expect(data.steps[1]!.contacts.map((c) => c.phone)).toEqual(['61 23 45 67', '61 23 45 68', '114']);
    expect(data.deadline?.deadline).toBe('2026-12-30T15:00:00+01:00');
    expect(data.deadline?.skipped.map((s) => s.date)).toEqual(['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27', '2026-12-28']);
    const text = (await beredskab(['--roster', NORDBY, 'activate', '--level', 'red', '--at', '2026-12-23T10:00', '--lang', 'en'])).stdout;
    expect(text).toContain('CALL NOW – Ring til koordinatoren');
    expect(text).toContain('The group must meet by Wednesday 23 December 2026 at 22:00 (UTC+1)');
    expect(text).not.toContain('Randers');
  });
});

describe('activate says which interpretations it used', () => {
  it('yellow across Christmas: each choice, and that the plan does not state it', async () => {
    const run = await beredskab(['activate', '--level', 'yellow', '--at', '2026-12-22T10:00']);
    expect(run.code).toBe(0);
    const out = run.stdout.replace(/\n +/g, ' ');
    expect(out).toContain('Fortolkninger: Aktiveringsdagen tæller ikke med som arbejdsdag; planen siger ikke, om aktiveringsdagen tæller med (standard).');
    expect(out).toContain('24/12 regnes som arbejdsdag; planen nævner ikke juleaftensdag (standard).');
  });
});

describe('beredskab deadline', () => {
  it('yellow from 23 December: Tuesday 29 December, listing 24–28 December', async () => {
    const run = await beredskab(['deadline', '--level', 'yellow', '--at', '2026-12-23T10:00']);
    expect(run.code).toBe(0);
    expectInOrder(run.stdout, [
      'Gult niveau aktiveret onsdag den 23. december 2026 kl. 10.00 (UTC+1)',
      'Gruppen skal mødes senest tirsdag den 29. december 2026 kl. 16.00 (UTC+1)',
      'Regel: inden for 3 arbejdsdage',
      'torsdag 24/12  arbejdsdag 1',
      'fredag 25/12   tæller ikke: juledag',
      'lørdag 26/12   tæller ikke: weekend, 2. juledag',
      'søndag 27/12   tæller ikke: weekend',
      'mandag 28/12   arbejdsdag 2',
      'tirsdag 29/12  arbejdsdag 3 – fristen',
    ]);
  });

  it('--json', async () => {
    const run = await beredskab(['deadline', '--level', 'yellow', '--at', '2026-12-23T10:00', '--json']);
    expect(JSON.parse(run.stdout)).toEqual({
      level: 'yellow',
      activatedAt: '2026-12-23T10:00:00+01:00',
      deadline: '2026-12-29T16:00:00+01:00',
      timezone: 'Europe/Copenhagen',
      rule: { type: 'working-days', days: 3, workdayEnds: '16:00' },
      skipped: [
        { date: '2026-12-25', kind: 'holiday', reason: 'juledag' },
        { date: '2026-12-26', kind: 'weekend', reason: 'weekend, 2. juledag' },
        { date: '2026-12-27', kind: 'weekend', reason: 'weekend' },
      ],
      interpretations: [
        { key: 'activationDayCounts', value: false, stated: false, text: 'Aktiveringsdagen tæller ikke med som arbejdsdag; planen siger ikke, om aktiveringsdagen tæller med (standard).' },
        { key: 'workdayEnds', value: '16:00', stated: false, text: expect.stringContaining('En arbejdsdag slutter kl. 16.00') },
        { key: 'christmasEveWorkingDay', value: true, stated: false, text: '24/12 regnes som arbejdsdag; planen nævner ikke juleaftensdag (standard).' },
        { key: 'meetingDeadline', value: 'start', stated: false, text: expect.stringContaining('når mødet begynder') },
      ],
    });
  });

  it('a roster that adds 24 and 31 December moves it to Wednesday 30 December', async () => {
    const { mkdtempSync, writeFileSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-days-'));
    const file = join(dir, 'roster.yaml');
    const shipped = readFileSync(new URL('../roster.yaml', import.meta.url), 'utf8');
    writeFileSync(file, shipped.replace('customaryDaysOff: []', 'customaryDaysOff: [christmas-eve, new-years-eve]'));
    const run = await beredskab(['--roster', file, 'deadline', '--level', 'yellow', '--at', '2026-12-23T10:00']);
    expect(run.stdout).toContain('senest onsdag den 30. december 2026 kl. 16.00');
    expect(run.stdout).toContain('torsdag 24/12  tæller ikke: juleaftensdag');
  });

  it('red across the spring change: 22:00 → 23:00 the next day', async () => {
    const run = await beredskab(['deadline', '--level', 'red', '--at', '2026-03-28T22:00', '--lang', 'en']);
    expect(run.stdout).toContain('The group must meet by Sunday 29 March 2026 at 23:00 (UTC+2)');
    expect(run.stdout).toContain('the clock shows 23:00');
  });

  it('green is a usage error; an ambiguous hour explains both readings', async () => {
    const green = await beredskab(['deadline', '--level', 'grøn']);
    expect(green.code).toBe(2);
    expect(green.stderr).toContain('grønt niveau har ingen mødefrist');
    const twice = await beredskab(['deadline', '--level', 'red', '--at', '2026-10-25 02:30']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('2026-10-25T02:30:00+02:00');
    expect(twice.stderr).toContain('2026-10-25T02:30:00+01:00');
  });
});
