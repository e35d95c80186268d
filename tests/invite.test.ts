import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { run as beredskab } from './run.js';

const FIXTURE = `${ROOT}tests/fixtures/invite.yaml`;
const HOSTILE = `${ROOT}tests/fixtures/hostile.yaml`;

const invite = async (args: string[], roster = FIXTURE) => await beredskab(['--roster', roster, 'invite', ...args]);
const ok = async (args: string[], roster = FIXTURE) => {
  const run = await invite(args, roster);
  // Without --meeting the time is a proposal, and an SMS, e-mail or calendar file says so on stderr (text shows it).
  const proposed = !args.includes('--meeting') && !args.some((a) => ['text', 'json'].includes(a)) && args.includes('--format');
  if (proposed) expect(run.stderr).toMatch(/^(Mødetidspunktet .* er et forslag; vælg selv et andet med --meeting|The meeting time .* is a proposal; choose another with --meeting)\n$/);
  else expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
};

/** The .ics read back by ical.js: the calendar, its one event, and the raw text. */
function readIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevents = calendar.getAllSubcomponents('vevent');
  expect(vevents).toHaveLength(1);
  const event = new ICAL.Event(vevents[0]!);
  return { calendar, vevent: vevents[0]!, event };
}

const utc = (time: ICAL.Time) => time.toJSDate().toISOString();

describe('invite --format ics, read back by ical.js', () => {
  it('one event: instants in UTC, the organiser, attendees with e-mail, a reminder an hour before, REQUEST', async () => {
    const text = await ok(['--level', 'red', '--at', '2026-12-01T16:00', '--meeting', '2026-12-02T09:30', '--duration', '1h30m', '--place', 'Rådhuset, lokale 2', '--format', 'ics']);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const { calendar, vevent, event } = readIcs(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(utc(event.startDate)).toBe('2026-12-02T08:30:00.000Z');
    expect(utc(event.endDate)).toBe('2026-12-02T10:00:00.000Z');
    expect(event.startDate.zone.tzid).toBe('UTC');
    expect(event.summary).toBe('Møde i beredskabsgruppen – rødt niveau');
    expect(event.location).toBe('Rådhuset, lokale 2');
    expect(event.uid).toBe('beredskab-randers-kommune-red-20261201T150000Z@beredskab');
    expect(event.sequence).toBe(0);
    const organizer = vevent.getFirstProperty('organizer')!;
    expect(organizer.getFirstValue()).toBe('mailto:louise.hou.kragh@randers.dk');
    expect(organizer.getParameter('cn')).toBe('Louise Hou Kragh');
    const attendees = event.attendees.map((a) => [a.getParameter('cn'), String(a.getFirstValue()).toLowerCase(), a.getParameter('rsvp'), a.getParameter('partstat')]);
    expect(attendees).toEqual([
      ['Claus Hansen', 'mailto:clha@randers.dk', 'TRUE', 'NEEDS-ACTION'],
      ['Lasse Bonde', 'mailto:lbo003@politi.dk', 'TRUE', 'NEEDS-ACTION'],
      ['Morten Strange', 'mailto:mstr@randers.dk', 'TRUE', 'NEEDS-ACTION'],
    ]);
    const alarm = vevent.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-PT1H');
    const description = event.description;
    expect(description).toContain('Gruppen skal mødes senest onsdag den 2. december 2026 kl. 16.00.');
    // Said to people without a UTC offset.
    expect(description).not.toContain('UTC');
    expect(description).toContain('1. Lasse Bonde 25 58 32 49\n2. Allan Aarslev 22 70 12 26 (hvis ingen svarer)\n3. Østjyllands Politis vagtchef 114 (hvis ingen svarer)');
    expect(description).toContain('- Jørgen Lajer 30 84 05 22');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  });

  it('red across the end of summer time: 24 elapsed hours; proposed 08.00 the next morning', async () => {
    const { event } = readIcs(await ok(['--level', 'red', '--at', '2026-10-24T16:00', '--format', 'ics']));
    // Deadline 2026-10-25 15:00+01:00 (14:00Z); 18.00 is past the working day, so 08.00+01:00 the next morning.
    expect(utc(event.startDate)).toBe('2026-10-25T07:00:00.000Z');
    expect(utc(event.endDate)).toBe('2026-10-25T08:00:00.000Z');
    expect(event.description).toContain('søndag den 25. oktober 2026 kl. 15.00.');
  });

  it('yellow across Christmas: the third working day after the 23rd is the 29th; proposed the next working morning', async () => {
    const { event } = readIcs(await ok(['--level', 'yellow', '--at', '2026-12-23T10:00', '--format', 'ics', '--lang', 'en']));
    expect(utc(event.startDate)).toBe('2026-12-24T08:00:00.000Z');
    expect(event.description).toContain('29 December 2026');
    expect(event.summary).toBe('Emergency group meeting – yellow level');
  });

  it('sent again with a new time: the same UID, a higher SEQUENCE; another activation, another UID', async () => {
    const first = readIcs(await ok(['--level', 'red', '--at', '2026-12-01T16:00+01:00', '--meeting', '2026-12-02T09:00', '--format', 'ics'])).event;
    const again = readIcs(await ok(['--level', 'red', '--at', '2026-12-01T15:00Z', '--meeting', '2026-12-02T11:00', '--sequence', '1', '--format', 'ics'])).event;
    const other = readIcs(await ok(['--level', 'red', '--at', '2026-12-01T17:00', '--format', 'ics'])).event;
    const byId = readIcs(await ok(['--level', 'red', '--at', '2026-12-01T17:00', '--id', 'AKT-17', '--format', 'ics'])).event;
    expect(again.uid).toBe(first.uid);
    expect([first.sequence, again.sequence]).toEqual([0, 1]);
    expect(utc(again.startDate)).toBe('2026-12-02T10:00:00.000Z');
    expect(other.uid).not.toBe(first.uid);
    expect(byId.uid).toBe('beredskab-randers-kommune-akt-17@beredskab');
  });

  it('online: URL, and a dial-in that phones dial with the PIN, in the location and the description', async () => {
    const { event, vevent } = readIcs(await ok(['--level', 'red', '--at', '2026-12-01T16:00', '--online', 'https://teams.example/l/meetup?id=1&x=2', '--dial-in', '+45 70 10 10 10', '--pin', '123456', '--format', 'ics']));
    expect(vevent.getFirstPropertyValue('url')).toBe('https://teams.example/l/meetup?id=1&x=2');
    expect(event.location).toBe('https://teams.example/l/meetup?id=1&x=2 · +4570101010,,,123456#');
    expect(event.description).toContain('Ring ind: +4570101010,,,123456#');
  });

  it('PUBLISH without an organiser when the coordinator has no e-mail (the shipped roster)', async () => {
    const { calendar, vevent } = readIcs(await ok(['--level', 'red', '--at', '2026-12-01T16:00', '--format', 'ics'], `${ROOT}roster.yaml`));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(vevent.getAllProperties('attendee')).toHaveLength(0);
    expect(vevent.getFirstProperty('organizer')).toBeNull();
  });

  it('a hostile roster and reason: escaped, folded, and read back to the same text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-invite-'));
    const roster = join(dir, 'hostile.yaml');
    writeFileSync(
      roster,
      readFileSync(HOSTILE, 'utf8')
        .replace('    phone: "40867408"\n', '    phone: "40867408"\n    email: chef@example.dk\n')
        .replace('    phone: "25583249"\n', '    phone: "25583249"\n    email: formel@example.dk\n'),
    );
    const reason = 'Brand; røg, "gas" \\ og\nflere linjer 😀 — '.repeat(4);
    const text = await ok(['--level', 'red', '--at', '2026-12-01T16:00', '--reason', reason, '--place', 'Sal "A"; 1, 2 <b>', '--format', 'ics'], roster);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
    const { event } = readIcs(text);
    expect(event.location).toBe('Sal "A"; 1, 2 <b>');
    expect(event.description).toContain(`Årsag: ${reason.trim()}`);
    expect(event.description).toContain('2. Ikke\u00a0brud 😀 22 70 12 26 (hvis ingen svarer)');
    expect(event.description).toContain('- =HYPERLINK("http://evil.example","Ring") 25 58 32 49');
    expect(event.description).toContain('Ring <u>nu</u>:');
    // A parameter value cannot hold a double quote: the organiser's name keeps everything else.
    expect(event.organizer).toBe('mailto:chef@example.dk');
    const attendee = event.attendees[0]!;
    expect(attendee.getParameter('cn')).toBe("=HYPERLINK('http://evil.example','Ring')");
    expect(String(attendee.getFirstValue()).toLowerCase()).toBe('mailto:formel@example.dk');
  });
});

describe('the deadline is enforced', () => {
  it.each([
    ['red', '2026-12-01T16:00', '2026-12-02T16:30', 'onsdag den 2. december 2026 kl. 16.30 (UTC+1)', 'onsdag den 2. december 2026 kl. 16.00 (UTC+1)'],
    ['yellow', '2026-12-23T10:00', '2026-12-30T09:00', 'onsdag den 30. december 2026 kl. 09.00 (UTC+1)', 'tirsdag den 29. december 2026 kl. 16.00 (UTC+1)'],
  ])('%s: a meeting that starts after the deadline is refused', async (level, at, meeting, when, deadline) => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-invite-'));
    const target = join(dir, 'møde.ics');
    const run = await invite(['--level', level, '--at', at, '--meeting', meeting, '--format', 'ics', '--output', target]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`beredskab: mødet (${when}) ligger efter fristen. Gruppen skal mødes senest ${deadline}, og mødet skal derfor begynde senest da\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a meeting that starts before the deadline and ends after it is accepted, and the text says why', async () => {
    const run = await invite(['--level', 'red', '--at', '2026-12-01T16:00', '--meeting', '2026-12-02T15:30']);
    expect(run.code).toBe(0);
    const out = run.stdout.replace(/\n +/g, ' ');
    expect(out).toContain('Møde: onsdag den 2. december 2026 kl. 15.30–16.30 (UTC+1)');
    expect(out).toContain('Mødet slutter efter fristen. Fristen er overholdt, når mødet begynder senest ved fristen; planen siger »samles inden for« uden at sige, om mødet skal begynde eller være slut inden fristen (standard).');
  });

  it('is refused when the roster says the meeting must have ended by the deadline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-invite-'));
    const file = join(dir, 'roster.yaml');
    writeFileSync(file, readFileSync(FIXTURE, 'utf8') + '\ninterpretations:\n  meetingDeadline: end\n');
    const run = await invite(['--level', 'red', '--at', '2026-12-01T16:00', '--meeting', '2026-12-02T15:30'], file);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('beredskab: mødet (onsdag den 2. december 2026 kl. 15.30 (UTC+1)) ligger efter fristen. Gruppen skal mødes senest onsdag den 2. december 2026 kl. 16.00 (UTC+1); et møde på 1 time skal derfor begynde senest onsdag den 2. december 2026 kl. 15.00 (UTC+1)\n');
  });

  it('in English, and before the activation', async () => {
    const late = await invite(['--level', 'red', '--at', '2026-12-01T16:00', '--meeting', '2026-12-02T16:01', '--duration', '30m', '--lang', 'en']);
    expect(late.code).toBe(1);
    expect(late.stderr).toContain('The group must meet by Wednesday 2 December 2026 at 16:00 (UTC+1), so the meeting must start by then');
    const early = await invite(['--level', 'red', '--at', '2026-12-01T16:00', '--meeting', '2026-12-01T15:00']);
    expect(early.code).toBe(1);
    expect(early.stderr).toBe('beredskab: mødet (tirsdag den 1. december 2026 kl. 15.00 (UTC+1)) ligger før aktiveringen (tirsdag den 1. december 2026 kl. 16.00 (UTC+1)). Gruppen skal mødes senest onsdag den 2. december 2026 kl. 16.00 (UTC+1); vælg en start mellem aktiveringen og onsdag den 2. december 2026 kl. 16.00 (UTC+1)\n');
  });

  it.each([
    ['2026-10-25T02:30', 'findes to gange i Europe/Copenhagen', '2026-10-25T02:30:00+02:00', '2026-10-25T02:30:00+01:00'],
    ['2026-03-29T02:30', 'findes ikke i Europe/Copenhagen', '2026-03-29T02:30+01:00', ''],
  ])('a --meeting of %s is refused as --at is', async (meeting, words, first, second) => {
    const run = await invite(['--level', 'red', '--at', '2026-10-24T20:00', '--meeting', meeting]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--meeting: ${meeting} ${words}`);
    expect(run.stderr).toContain(first);
    expect(run.stderr).toContain(second);
  });

  it('with an offset, the repeated hour is accepted', async () => {
    const { event } = readIcs(await ok(['--level', 'red', '--at', '2026-10-24T20:00', '--meeting', '2026-10-25T02:30+01:00', '--format', 'ics']));
    expect(utc(event.startDate)).toBe('2026-10-25T01:30:00.000Z');
  });
});

describe('invite --format sms', () => {
  it('Danish letters fit GSM-7: one SMS; recipients in international form', async () => {
    const out = await ok(['--level', 'red', '--at', '2026-12-01T16:00', '--place', 'Rådhuset, Laksetorvet', '--format', 'sms']);
    const [message, facts] = out.split('\n---\n');
    expect(message).toBe('Beredskabsgruppen indkaldes (rødt niveau): møde onsdag 2/12 kl. 08.00, Rådhuset, Laksetorvet.\nSvar til Louise Hou Kragh, 42 14 86 00.\n');
    expect(facts).toContain('Længde: 133 tegn = 1 sms (GSM-7, 160 tegn pr. sms)');
    expect(facts).not.toContain('uden for GSM-7');
    expect(facts).toContain('Modtagere (6), klar til en gruppebesked:\n+4540867408,+4525583249,+4530359684,+4540356073,+4570260079,+4530840522\n');
  });

  it('an emoji makes it UCS-2 and is pointed out', async () => {
    const out = await ok(['--level', 'red', '--at', '2026-12-01T16:00', '--reason', 'Brand 🔥 i blok 4', '--format', 'sms']);
    expect(out).toContain('Årsag: Brand 🔥 i blok 4\n');
    expect(out).toMatch(/Længde: \d+ tegn = 3 sms \(UCS-2, 67 tegn pr\. sms i en delt besked\)/);
    expect(out).toContain('Tegn uden for GSM-7: 🔥.');
  });

  it('a hotline invited ad hoc cannot take an SMS, and is named', async () => {
    const out = await ok(['--level', 'red', '--at', '2026-12-01T16:00', '--also', 'politi-vagtchef', '--format', 'sms']);
    expect(out).toContain('Kan ikke få sms (intet mobilnummer): Østjyllands Politis vagtchef (114)');
  });
});

describe('invite --format email', () => {
  it('subject, body and a mailto: link with every address, percent-encoded', async () => {
    const out = await ok(['--level', 'red', '--at', '2026-12-01T16:00', '--without', 'lasse-bonde', '--reason', 'Uro & "skud"?', '--format', 'email']);
    expect(out).toContain('Til: clha@randers.dk, aaa001@politi.dk, mstr@randers.dk\nEmne: Indkaldelse: beredskabsgruppen mødes onsdag den 2. december 2026 kl. 08.00 (rødt niveau)\n');
    const link = out.split('\n').find((l) => l.startsWith('mailto:'))!;
    expect(link).not.toMatch(/[\s"<>]/);
    const url = new URL(link);
    expect(decodeURIComponent(url.pathname).split(',')).toEqual(['clha@randers.dk', 'aaa001@politi.dk', 'mstr@randers.dk']);
    expect(url.searchParams.get('subject')).toBe('Indkaldelse: beredskabsgruppen mødes onsdag den 2. december 2026 kl. 08.00 (rødt niveau)');
    const body = url.searchParams.get('body')!;
    expect(body).toContain('Årsag: Uro & "skud"?\r\n');
    expect(body).toContain('Tid: onsdag den 2. december 2026 kl. 08.00–09.00\r\n');
    expect(body).not.toContain('UTC');
    expect(out).toContain('Uden e-mail i planfilen (ring eller send sms): Gine Nørager (40 35 60 73), Peter Pedersen (70 26 00 79) og Jørgen Lajer (30 84 05 22)');
  });
});

describe('invite --format json and text', () => {
  it('json: all of it as data', async () => {
    const data = JSON.parse(await ok(['--level', 'yellow', '--at', '2026-12-23T10:00', '--also', 'brand-vagt', '--format', 'json']));
    expect(data).toMatchObject({
      level: 'yellow',
      activatedAt: '2026-12-23T10:00:00+01:00',
      latestStart: '2026-12-29T16:00:00+01:00',
      meeting: { start: '2026-12-24T09:00:00+01:00', end: '2026-12-24T10:00:00+01:00', durationMinutes: 60, proposed: true },
      organiser: { id: 'louise-hou-kragh', email: 'louise.hou.kragh@randers.dk' },
      calendar: { uid: 'beredskab-randers-kommune-yellow-20261223T090000Z@beredskab', sequence: 0 },
      sms: { segments: 1, encoding: 'GSM-7', outsideGsm7: [] },
    });
    expect(data.deadline.deadline).toBe('2026-12-29T16:00:00+01:00');
    expect(data.guests.at(-1)).toMatchObject({ id: 'brand-vagt', kind: 'hotline', phone: '87 12 40 00', adHoc: true, email: null });
    expect(data.email.to).toEqual(['clha@randers.dk', 'lbo003@politi.dk', 'mstr@randers.dk']);
  });

  it('text: the meeting, who is invited, who stands in, and how to send it again', async () => {
    const out = await ok(['--level', 'red', '--at', '2026-12-01T16:00', '--without', 'lasse-bonde']);
    expect(out).toContain('Møde: onsdag den 2. december 2026 kl. 08.00–09.00 (UTC+1)');
    expect(out.replace(/\n +/g, ' ')).toContain('(et forslag: næste arbejdsdag kl. 09.00 ved gult niveau');
    expect(out.replace(/\n +/g, ' ')).toContain('Seneste start for et møde på 1 time: onsdag den 2. december 2026 kl. 16.00 (UTC+1)');
    expect(out).toMatch(/• Allan Aarslev +22 70 12 26 +aaa001@politi\.dk +\(for Lasse Bonde\)/);
    expect(out).toContain('Forhindret: Lasse Bonde (suppleant Allan Aarslev inviteres)');
    expect(out).toContain('--at 2026-12-01T16:00:00+01:00');
    expect(out).toContain('--sequence 1');
    for (const line of out.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });
});

describe('invite: usage errors (exit 2) and output', () => {
  it.each([
    [['--level', 'green'], 'grønt niveau indkalder ikke til møde'],
    [['--level', 'red', '--without', 'camilla-nielsen'], '--without: "camilla-nielsen" er hverken medlem af gruppen eller suppleant'],
    [['--level', 'red', '--without', 'louise-hou-kragh'], 'koordinatoren Louise Hou Kragh indkalder til mødet og har ingen suppleant'],
    [['--level', 'red', '--also', 'beredskab-ostjylland'], 'er organisationen Beredskab Østjylland'],
    [['--level', 'red', '--also', 'ingen'], '--also: "ingen" findes ikke'],
    [['--level', 'red', '--pin', '1234'], '--pin kræver --dial-in'],
    [['--level', 'red', '--dial-in', '1234'], '--dial-in: "1234" er ikke et telefonnummer'],
    [['--level', 'red', '--online', 'javascript:alert(1)'], '--online: "javascript:alert(1)" er ikke et link'],
    [['--level', 'red', '--duration', '3 dage'], '--duration: "3 dage"'],
    [['--level', 'red', '--sequence', '-1'], '--sequence: "-1"'],
    [['--level', 'red', '--format', 'pdf'], '--format: "pdf" er ikke gyldig'],
    [['--level', 'red', '--meeting', 'i morgen'], '--meeting: "i morgen" er ikke et tidspunkt'],
    // An empty value is a mistake to point out, not an option to drop silently.
    ...['--meeting', '--duration', '--place', '--reason', '--online', '--dial-in', '--id', '--sequence', '--format', '--without', '--also', '--output'].map(
      (option) => [['--level', 'red', option, ''], `${option}: tom værdi`] as [string[], string],
    ),
    [['--level', 'red', '--place', '   '], '--place: tom værdi'],
  ])('%j', async (args, message) => {
    const run = await invite([...args, '--at', '2026-12-01T16:00']);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.code).toBe(2);
  });

  it('--output writes the whole file, and never over the roster', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-invite-'));
    const target = join(dir, 'møde.ics');
    const run = await invite(['--level', 'red', '--at', '2026-12-01T16:00', '--format', 'ics', '--output', target]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readIcs(readFileSync(target, 'utf8')).event.summary).toContain('rødt niveau');
    const roster = join(dir, 'roster.yaml');
    writeFileSync(roster, readFileSync(FIXTURE));
    const refused = await beredskab(['--roster', roster, 'invite', '--level', 'red', '--output', roster]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('er en af de filer, kommandoen læser');
    expect(readFileSync(roster, 'utf8')).toBe(readFileSync(FIXTURE, 'utf8'));
    expect(readdirSync(dir).sort()).toEqual(['møde.ics', 'roster.yaml']);
  });
});

describe('invite on a terminal', () => {
  it.each(['text', 'sms', 'email'])('--format %s: control characters from the command line never reach the terminal', async (format) => {
    const out = await ok(['--level', 'red', '--at', '2026-12-01T16:00', '--format', format, '--place', 'Sal\x1b[2J A', '--reason', 'Brand\u202e\x07 i blok 3']);
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
    expect(out).toContain('Sal\ufffd[2J A');
  });
});

describe('ad hoc entries that refer to the roster', () => {
  it('activate shows the name and number, as text and as data', async () => {
    const text = (await beredskab(['--roster', FIXTURE, 'activate', '--level', 'red', '--at', '2026-12-01T16:00'])).stdout;
    expect(text).toContain('Overvej også at indkalde (ad hoc): Beredskab Østjyllands vagthavende,');
    expect(text).toMatch(/• Beredskab Østjyllands vagthavende +87 12 40 00\n +Beredskab Østjylland\n/);
    const data = JSON.parse((await beredskab(['--roster', FIXTURE, 'activate', '--level', 'red', '--json', '--lang', 'en'])).stdout);
    expect(data.adHoc[0]).toBe('East Jutland fire service duty officer');
    expect(data.adHocContacts).toEqual([{ id: 'brand-vagt', kind: 'hotline', name: 'East Jutland fire service duty officer', title: '', organisation: 'Beredskab Østjylland', phone: '87 12 40 00', dial: '+4587124000' }]);
  });

  it('contacts lists it with its number and the role ad hoc; plain texts stay as they were', async () => {
    const data = JSON.parse((await beredskab(['--roster', FIXTURE, 'contacts', '--format', 'json'])).stdout);
    expect(data.contacts.find((c: { id: string }) => c.id === 'brand-vagt')).toMatchObject({ phone: '87 12 40 00', roles: ['hotline', 'adhoc'] });
    expect(data.adHoc).toEqual(['Beredskab Østjyllands vagthavende', 'daginstitutioner', 'skolen', 'opsøgende medarbejdere', 'klubmedarbejdere', 'viceværter']);
    const shipped = JSON.parse((await beredskab(['contacts', '--format', 'json'])).stdout);
    expect(shipped.adHoc[0]).toBe('brandvæsenet');
    expect(shipped.contacts).toHaveLength(13);
  });

  it('a reference to nothing is ref-unknown at its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-invite-'));
    const roster = join(dir, 'roster.yaml');
    const source = readFileSync(FIXTURE, 'utf8').replace('  - ref: brand-vagt\n', '  - ref: brandvaesnet\n');
    writeFileSync(roster, source);
    const run = await beredskab(['lint', roster, '--format', 'json']);
    expect(run.code).toBe(1);
    const line = source.split('\n').findIndex((l) => l.includes('ref: brandvaesnet')) + 1;
    expect(JSON.parse(run.stdout).filter((d: { severity: string }) => d.severity === 'error')).toMatchObject([{ code: 'ref-unknown', line, path: 'adHoc[0].ref' }]);
  });
});
