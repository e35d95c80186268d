import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Lexer, marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { ROOT, SHIPPED } from './helpers.js';
import { run as beredskab } from './run.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'beredskab-journal-'));
const inJournal = (dir: string) => ({ env: { BEREDSKAB_JOURNAL: dir } });

/** Runs a log command and expects it to succeed, returning stdout. */
async function ok(dir: string, args: string[]): Promise<string> {
  const run = await beredskab(args, inJournal(dir));
  expect(run.stderr, args.join(' ')).not.toMatch(/fejl:|error:/i);
  expect(run.code, `${args.join(' ')}\n${run.stderr}`).toBe(0);
  return run.stdout;
}

const HOSTILE = '<script>alert(1)</script> | **fed** [link](javascript:x) &amp; `kode`\nny linje # overskrift';

/** A whole red activation written through the commands: a no-answer and a fallback, a level change, a meeting. */
async function wholeActivation(dir: string): Promise<string> {
  const id = (await ok(dir, ['log', 'start', '--level', 'gul', '--at', '2026-03-10T21:40', '--by', 'Lasse', '--reason', HOSTILE])).trim();
  await ok(dir, ['log', 'call', 'lasse-bonde', '--no-answer', '--at', '2026-03-10T21:42']);
  await ok(dir, ['log', 'call', 'allan-aarslev', '--answered', '--at', '2026-03-10T21:47']);
  await ok(dir, ['log', 'call', 'louise-hou-kragh', '--answered', '--at', '2026-03-10T21:55']);
  await ok(dir, ['log', 'level', 'rød', '--at', '2026-03-10T22:10']);
  await ok(dir, ['log', 'meeting', '--at', '2026-03-11T09:00', '--present', 'louise-hou-kragh,claus-hansen,allan-aarslev,morten-strange']);
  await ok(dir, ['log', 'informed', 'boligsociale-medarbejdere', '--channel', 'sms', '--at', '2026-03-11T10:00']);
  await ok(dir, ['log', 'informed', 'Skolens', 'ledelse', 'orienteret', '--channel', 'phone', '--at', '2026-03-11T10:30']);
  await ok(dir, ['log', 'note', HOSTILE, '--at', '2026-03-11T11:00']);
  await ok(dir, ['log', 'action', 'Opdatér', 'telefonlisten', '--owner', 'lasse-bonde', '--due', '2026-04-01', '--at', '2026-03-11T11:05']);
  await ok(dir, ['log', 'evaluation', '--decided', 'yes', '--due', '2026-03-25', '--at', '2026-03-11T11:10']);
  await ok(dir, ['log', 'close', '--at', '2026-03-11T12:00']);
  return id;
}

describe('a whole activation through the commands', async () => {
  const dir = fresh();
  const id = await wholeActivation(dir);

  it('keeps one owner-only JSON Lines file whose every line validates', () => {
    expect(id).toMatch(/^2026-03-10T2140-yellow-[0-9a-f]{4}$/);
    expect(readdirSync(dir)).toEqual([`${id}.jsonl`]);
    expect(statSync(join(dir, `${id}.jsonl`)).mode & 0o777).toBe(0o600);
    const lines = readFileSync(join(dir, `${id}.jsonl`), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type)).toEqual(['start', 'call', 'call', 'call', 'level', 'meeting', 'informed', 'informed', 'note', 'action', 'evaluation', 'close']);
    expect(lines.every((l) => l.schemaVersion === 1 && l.activation === id && l.drill === undefined)).toBe(true);
    expect(lines[0]).toMatchObject({ at: '2026-03-10T21:40:00+01:00', by: 'Lasse', reason: HOSTILE, level: 'yellow' });
  });

  it('lists it as closed and shows its timeline', async () => {
    expect(await ok(dir, ['log', 'list'])).toMatch(new RegExp(`^${id}\\s+Rødt\\s+tirsdag 10/3 21\\.40\\s+afsluttet\\s+12$`, 'm'));
    const show = await ok(dir, ['log', 'show', id]);
    expect(show.split('\n')[2]).toBe('  tirsdag 10/3 21.42  Ringede til Lasse Bonde: intet svar');
    expect(show).toContain('onsdag 11/3 12.00  Aktiveringen afsluttet');
  });

  it('refuses a call on the closed activation, but takes a note', async () => {
    const refused = await beredskab(['log', 'call', 'lasse-bonde', '--answered', '--activation', id], inJournal(dir));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('er afsluttet');
    expect((await beredskab(['log', 'note', 'Opfølgning', 'aftalt'], inJournal(dir))).code).toBe(2); // none open: says so
    await ok(dir, ['log', 'note', 'Opfølgning aftalt', '--activation', id, '--at', '2026-03-12T09:00']);
  });

  it('evaluation as JSON: the chain as it went, the red deadline met, attendance, duties, actions', async () => {
    const data = JSON.parse(await ok(dir, ['evaluation', id, '--format', 'json']));
    const police = data.chains.find((c: { id: string }) => c.id === 'politi');
    expect(police.calls.map((c: { contact: string; step: number; answered: boolean; minutes: number }) => [c.contact, c.step, c.answered, c.minutes])).toEqual([
      ['lasse-bonde', 1, false, 2],
      ['allan-aarslev', 2, true, 7],
    ]);
    expect(police.reached).toEqual({ name: 'Allan Aarslev', step: 2, minutes: 7 });
    expect(data.chains.find((c: { id: string }) => c.id === 'koordinator').reached).toEqual({ name: 'Louise Hou Kragh', step: 1, minutes: 15 });
    // Red from 22.10: 24 hours → 11 March 22.10; the meeting at 09.00 is 13 h 10 min inside it.
    expect(data.meeting).toMatchObject({ kind: 'met', level: 'red', marginMinutes: 13 * 60 + 10 });
    expect(data.meeting.deadline).toBe('2026-03-11T22:10:00.000+01:00');
    const present = data.attendance.invited.filter((i: { present: boolean }) => i.present).map((i: { id: string }) => i.id);
    expect(present).toEqual(['claus-hansen', 'lasse-bonde', 'morten-strange', 'louise-hou-kragh']);
    expect(data.duties.find((d: { id: string }) => d.id === 'boligsociale-medarbejdere').logged).toHaveLength(1);
    expect(data.duties.filter((d: { logged: unknown[] }) => d.logged.length === 0).map((d: { id: string }) => d.id)).toContain('beboere');
    expect(data.otherInformed[0]).toMatchObject({ text: 'Skolens ledelse orienteret', channel: 'phone' });
    expect(data.actions).toEqual([expect.objectContaining({ text: 'Opdatér telefonlisten', owner: 'Lasse Bonde', due: '2026-04-01' })]);
    expect(data.decision).toEqual({ decided: true, due: '2026-03-25' });
    expect(data.questions).toHaveLength(3);
  });

  it('evaluation as markdown: parsed back, hostile text stays text and tables keep their columns', async () => {
    const markdown = await ok(dir, ['evaluation', id, '--format', 'markdown']);
    const tokens = Lexer.lex(markdown);
    const tables = tokens.filter((t) => t.type === 'table') as unknown as { header: { text: string }[]; rows: { text: string }[][] }[];
    const timeline = tables[0]!;
    expect(timeline.rows.every((r) => r.length === 2)).toBe(true);
    const rendered = marked.parse(markdown, { async: false });
    expect(rendered).not.toMatch(/<script|<strong>fed|href="javascript/);
    expect(rendered).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const headings = tokens.filter((t) => t.type === 'heading').map((t) => (t as { text: string }).text);
    expect(headings).toEqual(expect.arrayContaining(['Tidslinje', 'Opkaldskæden', 'Mødet og fristen', 'Fremmøde', 'Hvem informerer hvem', 'Opfølgning', 'Evalueringens spørgsmål', 'Hvad skal ændres i planen?']));
    expect(headings.some((h) => h.includes('overskrift'))).toBe(false);
  });

  it('evaluation as HTML in English, written to a file; the roster and the journal are refused as targets', async () => {
    const out = join(fresh(), 'evaluering.html');
    const run = await beredskab(['--lang', 'en', 'evaluation', id, '--format', 'html', '--output', out], inJournal(dir));
    expect(run.code, run.stderr).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('The deadline');
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const onto = await beredskab(['evaluation', id, '--output', join(dir, 'x.md')], inJournal(dir));
    expect(onto.code).toBe(2);
    expect(existsSync(join(dir, 'x.md'))).toBe(false);
  });
});

describe('the yellow deadline over Christmas', () => {
  it('a meeting on 31 December misses the deadline of 30 December 16.00 by 17 hours', async () => {
    const dir = fresh();
    const id = (await ok(dir, ['log', 'start', '--level', 'yellow', '--at', '2025-12-23T10:00'])).trim();
    await ok(dir, ['log', 'meeting', '--at', '2025-12-31T09:00', '--present', 'louise-hou-kragh']);
    const data = JSON.parse(await ok(dir, ['evaluation', '--format', 'json']));
    expect(data.id).toBe(id);
    expect(data.meeting).toMatchObject({ kind: 'missed', level: 'yellow', lateMinutes: 17 * 60 });
    expect(data.meeting.deadline).toBe('2025-12-30T16:00:00.000+01:00');
    const md = await ok(dir, ['evaluation']);
    expect(md).toContain('Fristen tirsdag den 30. december 2025 kl. 16.00 (UTC+1) (Gult) blev overskredet: gruppen mødtes først onsdag den 31. december 2025 kl. 09.00 (UTC+1), 17 t. for sent.');
    const en = (await beredskab(['--lang', 'en', 'evaluation'], inJournal(dir))).stdout;
    expect(en).toContain('was missed');
    expect(en).toContain('17 h late');
  });
});

describe('the journal directory and ids on the command line', () => {
  it.each([
    [['log', 'list', '--journal', ''], /--journal: tom værdi/],
    [['log', 'note', 'x', '--activation', '../../etc/passwd'], /er ikke et aktiverings-id/],
    [['evaluation', '2026-12-23T2200-red-zzzz'], /er ikke et aktiverings-id/],
    [['log', 'call', 'nobody', '--answered'], /hverken en person eller et døgnnummer/],
    [['log', 'call', 'lasse-bonde'], /--answered eller --no-answer/],
    [['status-report', '--year', '26'], /er ikke et år/],
  ])('%j → usage error', async (args, message) => {
    const run = await beredskab(args, inJournal(fresh()));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('an empty BEREDSKAB_JOURNAL is refused rather than read as "the default"', async () => {
    const run = await beredskab(['log', 'list'], { env: { BEREDSKAB_JOURNAL: '' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('BEREDSKAB_JOURNAL er tom');
  });

  it('without --journal the journal lies beside the roster, created 0700', async () => {
    const home = fresh();
    writeFileSync(join(home, 'roster.yaml'), readFileSync(join(ROOT, 'roster.yaml')));
    const run = await beredskab(['activate', '--level', 'red', '--at', '2026-06-01T12:00', '--log', '--json'], { cwd: home });
    expect(run.code, run.stderr).toBe(0);
    JSON.parse(run.stdout);
    const id = /startet: (\S+)/.exec(run.stderr)![1]!;
    expect(statSync(join(home, 'journal')).mode & 0o777).toBe(0o700);
    expect(readdirSync(join(home, 'journal'))).toEqual([`${id}.jsonl`]);
  });

  it('with several open, an entry without --activation names them', async () => {
    const dir = fresh();
    const a = (await ok(dir, ['log', 'start', '--level', 'red', '--at', '2026-06-01T12:00'])).trim();
    const b = (await ok(dir, ['log', 'start', '--level', 'yellow', '--at', '2026-06-01T13:00', '--drill'])).trim();
    expect(b).toMatch(/-yellow-drill-/);
    const run = await beredskab(['log', 'note', 'x'], inJournal(dir));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${a}, ${b}`);
  });

  it('--help says what the journal may and may not hold', async () => {
    const words = async (args: string[]) => (await beredskab(args)).stdout.replace(/\s+/g, ' ');
    expect(await words(['log', '--help'])).toMatch(/ikke oplysninger om beboere.*§ 115.*tavshedspligt/);
    expect(await words(['--lang', 'en', 'log', 'note', '--help'])).toMatch(/not facts about residents.*section 115/);
    expect(await words(['evaluation', '--help'])).toMatch(/ikke oplysninger om beboere/);
    expect(await words(['status-report', '--help'])).toMatch(/ikke oplysninger om beboere/);
    // Help text lines fit a terminal.
    expect(Math.max(...(await beredskab(['log', 'note', '--help'])).stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
  });
});

describe('a hostile roster through the evaluation and the status report', () => {
  const HOSTILE_ROSTER = `${ROOT}tests/fixtures/hostile.yaml`;
  it('names and titles from the roster stay text in markdown and HTML', async () => {
    const dir = fresh();
    const run = async (args: string[]) => await beredskab(['--roster', HOSTILE_ROSTER, ...args], inJournal(dir));
    const id = (await run(['log', 'start', '--level', 'red', '--at', '2025-06-01T10:00'])).stdout.trim();
    expect((await run(['log', 'call', 'p-script', '--answered', '--at', '2025-06-01T10:05'])).code).toBe(0);
    expect((await run(['log', 'meeting', '--present', 'p-script,p-newline', '--at', '2025-06-01T12:00'])).code).toBe(0);
    for (const args of [['evaluation', id], ['status-report', '--year', '2025']]) {
      const markdown = (await run([...args, '--format', 'markdown'])).stdout;
      const rendered = marked.parse(markdown, { async: false });
      expect(rendered, args[0]).not.toMatch(/<script|<b>|<i>/);
      const page = (await run([...args, '--format', 'html'])).stdout;
      expect(page, args[0]).not.toMatch(/<script|<b>Område|<i>x/);
    }
    expect((await run(['evaluation', id, '--format', 'html'])).stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Hansen');
  });
});

describe('journal options and output files', () => {
  it('an empty --journal is refused by name, and nothing is written; activate --log prints the plan first', async () => {
    const home = fresh();
    const roster = join(home, 'roster.yaml');
    copyFileSync(SHIPPED, roster);
    const logged = await beredskab(['--roster', roster, 'activate', '--level', 'red', '--log', '--journal', '']);
    expect(logged.code).toBe(2);
    expect(logged.stdout).toContain('RØDT NIVEAU');
    expect(logged.stderr).toBe('beredskab: --journal: tom værdi; udelad tilvalget eller giv det en værdi\n');
    for (const args of [
      ['activate', '--level', 'red', '--journal', ''],
      ['evaluation', '--journal', ''],
      ['status-report', '--year', '2026', '--journal', ''],
      ['drill', '--level', 'red', '--answers', '/dev/null', '--journal', ''],
    ]) {
      const run = await beredskab(['--roster', roster, ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe('beredskab: --journal: tom værdi; udelad tilvalget eller giv det en værdi\n');
    }
    // In a crisis the call list matters more than the record: the plan comes first, then why nothing was logged.
    const env = await beredskab(['--roster', roster, 'activate', '--level', 'red', '--log'], { env: { BEREDSKAB_JOURNAL: '' } });
    expect(env.code).toBe(2);
    expect(env.stdout).toContain('RØDT NIVEAU');
    expect(env.stdout).toContain('Lasse Bonde');
    expect(env.stderr).toContain('BEREDSKAB_JOURNAL');
    expect(readdirSync(home)).toEqual(['roster.yaml']);
  });

  it('activate --log opens the activation before the plan is printed, and log sees it', async () => {
    const dir = fresh();
    const run = await beredskab(['--roster', SHIPPED, 'activate', '--level', 'yellow', '--at', '2026-11-27T09:00', '--log'], inJournal(dir));
    expect(run.code, run.stderr).toBe(0);
    const [id] = readdirSync(dir).map((f) => f.replace(/\.jsonl$/, ''));
    expect(id).toMatch(/^2026-11-27T0900-yellow-/);
    expect(run.stderr).toContain(id!);
    expect(run.stdout).toContain('GUL');
    expect(await ok(dir, ['log', 'list', '--json'])).toContain(id!);
  });

  it('--output: empty is refused; onto the roster, a link to it or a journal file is refused and nothing changes', async () => {
    const dir = fresh();
    const id = await wholeActivation(dir);
    const home = fresh();
    const roster = join(home, 'roster.yaml');
    copyFileSync(SHIPPED, roster);
    symlinkSync(roster, join(home, 'link.yaml'));
    const before = readFileSync(roster);
    const journalBefore = readFileSync(join(dir, `${id}.jsonl`));
    const empty = await beredskab(['--roster', roster, 'evaluation', id, '--output', ''], inJournal(dir));
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('beredskab: --output: tom værdi; udelad tilvalget eller giv det en værdi\n');
    for (const target of [roster, join(home, 'link.yaml'), join(dir, `${id}.jsonl`)]) {
      for (const command of [['evaluation', id], ['status-report', '--year', '2026']]) {
        const run = await beredskab(['--roster', roster, ...command, '--output', target], inJournal(dir));
        expect(run.code, `${command[0]} → ${target}: ${run.stderr}`).toBe(2);
        expect(run.stdout).toBe('');
      }
    }
    expect(readFileSync(roster)).toEqual(before);
    expect(readFileSync(join(dir, `${id}.jsonl`))).toEqual(journalBefore);
  });
});
