// Hardening, second round: what the writing commands and the journal must survive (a full disk, a FIFO, a forged
// journal folder, a killed edit, a mistyped time), end to end through the bin.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, SHIPPED } from './helpers.js';
import { run as beredskab } from './run.js';

const isRoot = process.getuid?.() === 0;

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'beredskab-hw-'));
  const roster = join(dir, 'roster.yaml');
  copyFileSync(SHIPPED, roster);
  return { dir, roster, journal: join(dir, 'journal') };
}

/** A journal with one open red activation started on 1 December 2025 at 10.00; its id and file. */
async function withActivation(w: ReturnType<typeof workspace>) {
  const run = await beredskab(['--roster', w.roster, 'log', 'start', '--level', 'red', '--at', '2025-12-01T10:00'], { cwd: w.dir });
  expect(run.code, run.stderr).toBe(0);
  const id = run.stdout.trim();
  return { id, file: join(w.journal, `${id}.jsonl`) };
}

const tempsIn = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

// ---------------------------------------------------------------------------------------------------------------
// 1. A full disk: every writer goes through one checked write.

/** A 64 KiB tmpfs, mounted for these tests; why not, where the machine will not. */
const disk: { dir?: string; reason?: string } = {};

beforeAll(() => {
  if (!isRoot) {
    disk.reason = 'needs root to mount a small tmpfs';
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'beredskab-full-'));
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0755', 'tmpfs', dir], { encoding: 'utf8' });
  if (mount.status !== 0) disk.reason = `cannot mount a tmpfs here: ${(mount.stderr || mount.error?.message || '').trim()}`;
  else disk.dir = dir;
});

afterAll(() => {
  if (disk.dir) spawnSync('umount', [disk.dir]);
});

/** Fills the tmpfs, then frees `free` bytes: the next large write is cut short, the one after it fails. */
function fillLeaving(free: number): void {
  const filler = join(disk.dir!, 'filler');
  rmSync(filler, { force: true });
  spawnSync('sh', ['-c', `cat /dev/zero > "${filler}"`]);
  truncateSync(filler, statSync(filler).size - free);
}

function onFullDisk(name: string, test: () => Promise<void>) {
  it(name, async (ctx) => {
    if (!disk.dir) {
      console.warn(`skipped "${name}": ${disk.reason}`);
      ctx.skip(disk.reason);
      return;
    }
    for (const entry of readdirSync(disk.dir)) rmSync(join(disk.dir, entry), { recursive: true, force: true });
    await test();
  });
}

describe('1: a short write on a nearly full disk', () => {
  onFullDisk('an edit: exit 70, one line, the roster byte for byte as it was, no temporary file left', async () => {
    const roster = join(disk.dir!, 'roster.yaml');
    copyFileSync(SHIPPED, roster);
    const before = readFileSync(roster);
    fillLeaving(8192);
    const run = await beredskab(['--roster', roster, 'person', 'set', 'lasse-bonde', '--phone', '25583250'], { cwd: disk.dir! });
    expect(run.code, run.stderr).toBe(70);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`beredskab: der er ikke plads på disken til ${roster} (ENOSPC); intet er skrevet, og filen er som før\n`);
    expect(readFileSync(roster).equals(before)).toBe(true);
    expect(tempsIn(disk.dir!)).toEqual([]);
    expect(readdirSync(disk.dir!).filter((n) => n.endsWith('.lock'))).toEqual([]);
  });

  onFullDisk('init: exit 70 and no roster at all rather than half a one', async () => {
    fillLeaving(4096);
    const run = await beredskab(['init', 'ny.yaml', '--municipality', 'Randers', '--title', 'Beredskabsplan'], { cwd: disk.dir! });
    expect(run.code, run.stderr).toBe(70);
    expect(run.stderr).toBe('beredskab: der er ikke plads på disken til ny.yaml (ENOSPC); filen er ikke oprettet\n');
    expect(existsSync(join(disk.dir!, 'ny.yaml'))).toBe(false);
    expect(tempsIn(disk.dir!)).toEqual([]);
  });

  onFullDisk('--output over an existing file: exit 70, the old file kept', async () => {
    const out = join(disk.dir!, 'plan.html');
    writeFileSync(out, 'gammel\n');
    fillLeaving(4096);
    const run = await beredskab(['--roster', SHIPPED, 'plan', '--format', 'html', '--output', out], { cwd: disk.dir! });
    expect(run.code, run.stderr).toBe(70);
    expect(run.stderr).toContain('(ENOSPC)');
    expect(readFileSync(out, 'utf8')).toBe('gammel\n');
    expect(tempsIn(disk.dir!)).toEqual([]);
  });

  onFullDisk('a journal entry: exit 70, the activation file as it was, no torn line', async () => {
    const roster = join(disk.dir!, 'roster.yaml');
    copyFileSync(SHIPPED, roster);
    const start = await beredskab(['--roster', roster, 'log', 'start', '--level', 'red', '--at', '2025-12-01T10:00'], { cwd: disk.dir! });
    expect(start.code, start.stderr).toBe(0);
    const file = join(disk.dir!, 'journal', `${start.stdout.trim()}.jsonl`);
    // Two long notes bring the file near the end of its first page; the third needs a page the disk does not have,
    // so its write is cut short where the page ends.
    for (const minute of ['01', '02']) expect((await beredskab(['--roster', roster, 'log', 'note', 'x'.repeat(1800), '--at', `2025-12-01T10:${minute}`], { cwd: disk.dir! })).code).toBe(0);
    const before = readFileSync(file);
    expect(before.length).toBeLessThan(4096);
    fillLeaving(0);
    const run = await beredskab(['--roster', roster, 'log', 'note', 'x'.repeat(1800), '--at', '2025-12-01T10:05'], { cwd: disk.dir! });
    expect(run.code, run.stderr).toBe(70);
    expect(run.stderr).toMatch(/^beredskab: der er ikke plads på disken til journalen .*\(ENOSPC\); indførslen er ikke skrevet\n$/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  onFullDisk('the lint cache: lint says the same, and no half entry or temporary file is left', async () => {
    const cache = join(disk.dir!, 'cache');
    fillLeaving(4096);
    const run = await beredskab(['lint', SHIPPED, '--cache', '--cache-location', cache], { cwd: disk.dir! });
    expect(run.code, run.stderr).toBe((await beredskab(['lint', SHIPPED])).code);
    const left = existsSync(cache) ? readdirSync(cache) : [];
    expect(left.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    for (const entry of left) expect(statSync(join(cache, entry)).size).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 2. No output into a journal folder.

describe('2: --output never lands in a journal folder', () => {
  it('not in the one named with --journal or BEREDSKAB_JOURNAL, nor ./journal, nor any folder of activation files', async () => {
    const w = workspace();
    const { id, file } = await withActivation(w);
    const before = readFileSync(file, 'utf8');
    // The journal moved elsewhere: the roster's own folder no longer tells where it is.
    const elsewhere = mkdtempSync(join(tmpdir(), 'beredskab-hw-journal-'));
    chmodSync(elsewhere, 0o700);
    copyFileSync(file, join(elsewhere, `${id}.jsonl`));
    const roster = join(mkdtempSync(join(tmpdir(), 'beredskab-hw-roster-')), 'roster.yaml');
    copyFileSync(SHIPPED, roster);
    const cases: [string[], Record<string, string>?, string?][] = [
      [['evaluation', '--journal', elsewhere, '--output', join(elsewhere, `${id}.jsonl`)]],
      [['contacts', '--output', join(elsewhere, `${id}.jsonl`)], { BEREDSKAB_JOURNAL: elsewhere }],
      [['plan', '--format', 'markdown', '--output', join(elsewhere, 'plan.md')]],
      [['contacts', '--output', join('journal', `${id}.jsonl`)], undefined, w.dir],
      [['invite', '--level', 'red', '--at', '2025-12-01T10:00', '--format', 'ics', '--output', join(w.journal, 'indkaldelse.ics')]],
    ];
    for (const [args, env, cwd] of cases) {
      const run = await beredskab(['--roster', roster, ...args], { env, cwd });
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(2);
      expect(run.stderr).toContain('journalmappen');
    }
    expect(readFileSync(join(elsewhere, `${id}.jsonl`), 'utf8')).toBe(before);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(elsewhere)).toEqual([`${id}.jsonl`]);
    expect(readdirSync(w.journal)).toEqual([`${id}.jsonl`]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 3. A FIFO in the journal folder.

describe('3: a FIFO in the journal folder', () => {
  // Spawned with a timeout: a reader that did open the FIFO would wait for ever, which only a child can be stopped from.
  it('is named and skipped by every reader; nothing waits for it', async () => {
    const w = workspace();
    const { id } = await withActivation(w);
    const fifo = '2025-11-30T0900-red-beef.jsonl';
    execFileSync('mkfifo', [join(w.journal, fifo)]);
    for (const args of [['log', 'list'], ['log', 'show'], ['log', 'note', 'Politiet er på stedet', '--at', '2025-12-01T10:05'], ['evaluation'], ['status-report', '--year', '2025']]) {
      const run = spawnSync(process.execPath, [BIN, '--roster', w.roster, ...args], { cwd: w.dir, encoding: 'utf8', timeout: 15_000, env: { ...process.env, NO_COLOR: '1', BEREDSKAB_LANG: '' } });
      expect(run.signal, `${args.join(' ')} hung`).toBeNull();
      expect(run.status, `${args.join(' ')}: ${run.stderr}`).toBe(0);
      expect(run.stderr).toContain(`springer journal/${fifo} over: ikke en almindelig fil`);
    }
    const show = await beredskab(['--roster', w.roster, 'log', 'show', id], { cwd: w.dir });
    expect(show.stdout).toContain('Politiet er på stedet');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 4. A journal folder others can write to.

describe('4: a journal folder others could have changed', () => {
  it('mode 0777: refused with exit 2 by readers and writers, named with how to fix it', async () => {
    const w = workspace();
    await withActivation(w);
    chmodSync(w.journal, 0o777);
    for (const args of [['log', 'show'], ['log', 'list'], ['log', 'note', 'x'], ['evaluation'], ['status-report', '--year', '2025']]) {
      const run = await beredskab(['--roster', w.roster, ...args], { cwd: w.dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toBe('beredskab: journalmappen journal kan skrives af andre (tilstand 0777), så en anden kan have ændret journalen; bruges ikke. Ret det med chmod go-w journal\n');
      expect(run.stdout).toBe('');
    }
  });

  it.runIf(isRoot)('as root: a journal folder owned by another user is refused', async () => {
    const w = workspace();
    await withActivation(w);
    chownSync(w.journal, 1000, 1000);
    const run = await beredskab(['--roster', w.roster, 'log', 'show'], { cwd: w.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('beredskab: journalmappen journal tilhører en anden bruger (uid 1000), så den kan være ændret af andre; bruges ikke\n');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 5. Times that cannot be.

describe('5: an entry before the start or in the future', () => {
  it('an entry before the activation started is refused, and the journal is unchanged', async () => {
    const w = workspace();
    const { file } = await withActivation(w);
    const before = readFileSync(file, 'utf8');
    const run = await beredskab(['--roster', w.roster, 'log', 'meeting', '--at', '2025-12-01T09:00'], { cwd: w.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'beredskab: tidspunktet mandag den 1. december 2025 kl. 09.00 (UTC+1) ligger før aktiveringen ' +
        `${file.slice(w.journal.length + 1, -'.jsonl'.length)} startede (mandag den 1. december 2025 kl. 10.00 (UTC+1)); ret --at\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('a start or an entry more than a few minutes ahead of the clock is refused; activate --log still prints the plan', async () => {
    const w = workspace();
    const next = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 16);
    const start = await beredskab(['--roster', w.roster, 'log', 'start', '--level', 'red', '--at', next], { cwd: w.dir });
    expect(start.code).toBe(2);
    expect(start.stderr).toMatch(/^beredskab: tidspunktet .* ligger i fremtiden \(klokken er .*\); ret --at\n$/);
    expect(existsSync(w.journal) ? readdirSync(w.journal) : []).toEqual([]);
    const activate = await beredskab(['--roster', w.roster, 'activate', '--level', 'red', '--at', next, '--log'], { cwd: w.dir });
    expect(activate.code).toBe(2);
    expect(activate.stdout).toContain('RØDT NIVEAU');
    expect(activate.stderr).toContain('ligger i fremtiden');
    const { file } = await withActivation(w);
    const before = readFileSync(file, 'utf8');
    const note = await beredskab(['--roster', w.roster, 'log', 'note', 'x', '--at', next], { cwd: w.dir });
    expect(note.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 8. One cleaning of control characters for every format.

describe('8: escape sequences and bidi overrides from the journal', () => {
  it('reach no evaluation format: markdown, HTML or JSON', async () => {
    const w = workspace();
    await withActivation(w);
    const hostile = 'Ryd \x1b[2J\x1b]0;falsk titel\x07 skærmen \u202eesrever\u202c og \x9b31m';
    expect((await beredskab(['--roster', w.roster, 'log', 'note', hostile, '--at', '2025-12-01T10:05'], { cwd: w.dir })).code).toBe(0);
    for (const format of ['markdown', 'html', 'json']) {
      const run = await beredskab(['--roster', w.roster, 'evaluation', '--format', format], { cwd: w.dir });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('skærmen');
      // eslint-disable-next-line no-control-regex
      expect(run.stdout, format).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
      expect(run.stdout, format).not.toContain('\\u001b');
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 9. A journal folder that is not there, a file too large to read.

describe('9: a missing journal folder, an over-size journal file', () => {
  it('a journal folder that does not exist is exit 2 for every reading command', async () => {
    const w = workspace();
    const missing = join(w.dir, 'jounral');
    for (const args of [['log', 'list'], ['log', 'show'], ['log', 'note', 'x'], ['evaluation'], ['status-report', '--year', '2025']]) {
      const run = await beredskab(['--roster', w.roster, ...args, '--journal', missing], { cwd: w.dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toBe(`beredskab: journalmappen ${missing} findes ikke; angiv den rigtige med --journal eller BEREDSKAB_JOURNAL\n`);
      expect(run.stdout).toBe('');
    }
    const list = await beredskab(['--roster', w.roster, 'log', 'list'], { cwd: w.dir });
    expect(list.code).toBe(2);
    expect(existsSync(missing)).toBe(false);
  });

  it('a file over the size limit is unreadable by its size, and log note does not claim that nothing is open', async () => {
    const w = workspace();
    const { file } = await withActivation(w);
    // The open activation, padded past 16 MiB (sparse: no disk is used).
    truncateSync(file, 17 * 1024 * 1024);
    const list = await beredskab(['--roster', w.roster, 'log', 'list'], { cwd: w.dir });
    expect(list.code).toBe(1);
    expect(list.stderr).toContain('Filen kan ikke læses: filen er for stor (17.825.792 byte; højst 16.777.216)');
    const note = await beredskab(['--roster', w.roster, 'log', 'note', 'x'], { cwd: w.dir });
    expect(note.code).toBe(2);
    expect(note.stderr).not.toContain('ingen åben aktivering');
    expect(note.stderr).toContain('det kan ikke afgøres, hvilken aktivering der er åben');
    expect(note.stderr).toContain('angiv --activation');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 14. What an edit killed with kill -9 leaves behind.

describe('14: a lock and temporary files left by a killed edit', () => {
  it('a lock whose process is gone is taken over, and the temporary files of dead edits are removed', async () => {
    const w = workspace();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const pid = Number(dead.stdout);
    writeFileSync(join(w.dir, '.roster.yaml.lock'), `${pid}\n${hostname()}\n`);
    writeFileSync(join(w.dir, `.roster.yaml.${pid}-0123456789abcdef.tmp`), 'half a roster');
    writeFileSync(join(w.dir, '.roster.yaml.0123456789ab.tmp'), 'half a roster from an older version');
    const run = await beredskab(['--roster', w.roster, 'person', 'set', 'lasse-bonde', '--phone', '25583250'], { cwd: w.dir });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(w.roster, 'utf8')).toMatch(/^revision: 2$/m);
    expect(readdirSync(w.dir).sort()).toEqual(['roster.yaml']);
  });

  it('a lock held by a running process is respected', async () => {
    const w = workspace();
    const before = readFileSync(w.roster);
    writeFileSync(join(w.dir, '.roster.yaml.lock'), `${process.pid}\n${hostname()}\n`);
    const run = await beredskab(['--roster', w.roster, 'person', 'set', 'lasse-bonde', '--phone', '25583250'], { cwd: w.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ændres lige nu af en anden kommando');
    expect(readFileSync(w.roster).equals(before)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 23. Files with personal data.

describe('23: files with names and phone numbers are made 0600', () => {
  // Spawned: the umask is the process's, set by the shell that starts it.
  it('a new contact sheet, evaluation and roster are 0600 whatever the umask; an existing file keeps its mode', async () => {
    const w = workspace();
    await withActivation(w);
    const sh = (args: string) => spawnSync('sh', ['-c', `umask 022 && "${process.execPath}" "${BIN}" ${args}`], { cwd: w.dir, encoding: 'utf8' });
    expect(sh(`--roster roster.yaml contacts --format csv --output kontakter.csv`).status).toBe(0);
    expect(sh(`--roster roster.yaml evaluation --output evaluering.md`).status).toBe(0);
    expect(sh(`init ny.yaml --municipality Randers --title Beredskabsplan`).status).toBe(0);
    for (const file of ['kontakter.csv', 'evaluering.md', 'ny.yaml']) expect(statSync(join(w.dir, file)).mode & 0o777, file).toBe(0o600);
    writeFileSync(join(w.dir, 'delt.csv'), '');
    chmodSync(join(w.dir, 'delt.csv'), 0o644);
    expect(sh(`--roster roster.yaml contacts --format csv --output delt.csv`).status).toBe(0);
    expect(statSync(join(w.dir, 'delt.csv')).mode & 0o777).toBe(0o644);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 24. The meeting link in iCalendar.

describe('24: the iCalendar URL is a URI', () => {
  it('commas and semicolons of a meeting link are not escaped as text', async () => {
    const link = 'https://meet.example.dk/j/123?pwd=a,b;c&x=1';
    const run = await beredskab(['--roster', SHIPPED, 'invite', '--level', 'red', '--at', '2025-12-01T10:00', '--online', link, '--format', 'ics']);
    expect(run.code, run.stderr).toBe(0);
    const unfolded = run.stdout.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain(`\r\nURL;VALUE=URI:${link}\r\n`);
    const event = new ICAL.Component(ICAL.parse(run.stdout)).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('url')).toBe(link);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 25. The hour that comes twice.

describe('25: an SMS for a meeting in the repeated October hour says which', () => {
  it('sommertid or vintertid in that hour, and nothing elsewhere', async () => {
    const sms = async (meeting: string, lang = 'da') =>
      (await beredskab(['--lang', lang, '--roster', SHIPPED, 'invite', '--level', 'red', '--at', '2026-10-25T01:00+02:00', '--meeting', meeting, '--format', 'sms'])).stdout.split('\n')[0];
    expect(await sms('2026-10-25T02:30+02:00')).toContain('møde søndag 25/10 kl. 02.30 (sommertid, UTC+2).');
    expect(await sms('2026-10-25T02:30+01:00')).toContain('møde søndag 25/10 kl. 02.30 (vintertid, UTC+1).');
    expect(await sms('2026-10-25T02:30+01:00', 'en')).toContain('02:30 (winter time, UTC+1)');
    expect(await sms('2026-10-25T01:45+02:00')).toContain('møde søndag 25/10 kl. 01.45.');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 26. drill --confirm with the answer's date.

describe('26: drill --confirm confirms with the date of the answer', () => {
  it('answers from 2024 confirm 2024; a later confirmation already there is kept', async () => {
    const w = workspace();
    const text = readFileSync(w.roster, 'utf8').replace('phone: "4214 8600"\n', 'phone: "4214 8600"\n    confirmed: 2025-03-01\n');
    writeFileSync(w.roster, text);
    writeFileSync(
      join(w.dir, 'svar.yaml'),
      '- { contact: lasse-bonde, answer: no-answer, at: 2024-06-03T10:01 }\n- { contact: allan-aarslev, answer: answered, at: 2024-06-03T10:03 }\n- { contact: louise-hou-kragh, answer: answered, at: 2024-06-03T10:05 }\n',
    );
    const run = await beredskab(['--roster', w.roster, 'drill', '--level', 'red', '--at', '2024-06-03T10:00', '--answers', join(w.dir, 'svar.yaml'), '--confirm', '--no-log'], { cwd: w.dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Oplysninger bekræftet: Allan Aarslev (2024-06-03)');
    const after = readFileSync(w.roster, 'utf8');
    expect(after).toContain('phone: "22701226"\n    confirmed: 2024-06-03\n');
    expect(after).toContain('phone: "4214 8600"\n    confirmed: 2025-03-01\n');
  });
});
