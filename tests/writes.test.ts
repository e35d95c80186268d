// What writing commands do with the files around them: the journal, concurrent edits, owners, no-op edits.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, SHIPPED } from './helpers.js';
import { run as beredskab } from './run.js';

const isRoot = process.getuid?.() === 0;

function copyOfRoster(): { dir: string; roster: string } {
  const dir = mkdtempSync(join(tmpdir(), 'beredskab-writes-'));
  const roster = join(dir, 'roster.yaml');
  copyFileSync(SHIPPED, roster);
  return { dir, roster };
}

const revisionOf = (file: string) => Number(/^revision: (\d+)$/m.exec(readFileSync(file, 'utf8'))![1]);

describe('the activation journal is never written over', () => {
  it('--output into the journal directory is refused by every writing command, and the journal reads as before', async () => {
    const { dir, roster } = copyOfRoster();
    const started = await beredskab(['--roster', roster, 'log', 'start', '--level', 'red', '--at', '2025-12-01T10:00'], { cwd: dir });
    expect(started.code).toBe(0);
    const [file] = readdirSync(join(dir, 'journal'));
    const journal = join(dir, 'journal', file!);
    const before = readFileSync(journal, 'utf8');
    for (const args of [
      ['contacts', '--output', journal],
      ['activate', '--level', 'red', '--format', 'html', '--output', journal],
      ['invite', '--level', 'red', '--at', '2026-12-01T10:00', '--format', 'ics', '--output', journal],
      ['plan', '--format', 'markdown', '--output', join(dir, 'journal', 'plan.md')],
    ]) {
      const run = await beredskab(['--roster', roster, ...args], { cwd: dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('--output');
    }
    expect(readFileSync(journal, 'utf8')).toBe(before);
    expect(readdirSync(join(dir, 'journal'))).toEqual([file]);
  });

  it('activate --log prints the plan even when the journal cannot be written, then says why and exits 2', async () => {
    const { dir, roster } = copyOfRoster();
    const run = await beredskab(['--roster', roster, 'activate', '--level', 'red', '--at', '2025-12-01T10:00', '--log', '--journal', roster], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Lasse Bonde');
    expect(run.stdout).toContain('114');
    expect(run.stderr).toContain('ENOTDIR');
    expect(run.stderr).not.toMatch(/intern fejl|at .*\.js:\d+/);
  });

  it('a journal in a folder that does not exist is a usage error, not an internal one', async () => {
    const { dir, roster } = copyOfRoster();
    const run = await beredskab(['--roster', roster, 'log', 'start', '--level', 'red', '--journal', join(dir, 'no', 'such', 'journal')], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('intern fejl');
  });
});

describe('roster edits', () => {
  // Spawned: six processes at once; the edit lock is between processes.
  it('concurrent edits: every edit that says it was written is in the file, one revision each; the others are refused', async () => {
    const { dir, roster } = copyOfRoster();
    const runs = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        new Promise<{ code: number | null; stderr: string; phone: string }>((done) => {
          const phone = `3131313${i}`;
          const child = spawn(process.execPath, [BIN, '--roster', roster, 'person', 'set', 'allan-aarslev', '--phone', phone], {
            cwd: dir,
            env: { ...process.env, NO_COLOR: '1', BEREDSKAB_ROSTER: undefined },
          });
          let stderr = '';
          child.stderr.on('data', (d) => (stderr += d));
          child.on('close', (code) => done({ code, stderr, phone }));
        }),
      ),
    );
    const written = runs.filter((r) => r.code === 0);
    expect(written.length).toBeGreaterThanOrEqual(1);
    for (const r of runs.filter((r) => r.code !== 0)) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/ændres lige nu|ændret af en anden/);
    }
    // Each edit that succeeded raised the revision once; the last one's number is the one in the file.
    expect(revisionOf(roster)).toBe(1 + written.length);
    const text = readFileSync(roster, 'utf8');
    // Written the Danish way: "31 31 31 30".
    const last = written.filter((r) => text.includes(r.phone.replace(/(\d{2})(?=\d)/g, '$1 ')));
    expect(last).toHaveLength(1);
    expect(readdirSync(dir).filter((f) => f.endsWith('.lock') || f.endsWith('.tmp'))).toEqual([]);
  });

  it('an edit that changes nothing writes nothing and keeps the revision', async () => {
    const { dir, roster } = copyOfRoster();
    const before = readFileSync(roster, 'utf8');
    const run = await beredskab(['--roster', roster, 'person', 'set', 'claus-hansen', '--phone', '40 86 74 08'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Intet at ændre');
    expect(readFileSync(roster, 'utf8')).toBe(before);
  });

  it('a confirmation dated in the future, or outside 1900–2200, is refused', async () => {
    const { dir, roster } = copyOfRoster();
    const before = readFileSync(roster, 'utf8');
    for (const date of ['2099-01-01', '0000-01-01']) {
      const run = await beredskab(['--roster', roster, 'confirm', 'claus-hansen', '--date', date], { cwd: dir });
      expect(run.code, date).toBe(2);
    }
    expect(readFileSync(roster, 'utf8')).toBe(before);
  });

  it.runIf(isRoot)('as root, an edit keeps the roster its owner’s and group’s', async () => {
    const { dir, roster } = copyOfRoster();
    chownSync(roster, 65534, 65534);
    const run = await beredskab(['--roster', roster, 'confirm', 'claus-hansen', '--date', '2026-11-01'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(statSync(roster)).toMatchObject({ uid: 65534, gid: 65534 });
  });
});

describe('lint --cache', () => {
  it('leaves the mode of an existing folder as it is', async () => {
    const { dir, roster } = copyOfRoster();
    const cache = join(dir, 'shared');
    mkdirSync(cache);
    chmodSync(cache, 0o755);
    const run = await beredskab(['--roster', roster, 'lint', '--cache', '--cache-location', cache, '--today', '2026-11-27'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(statSync(cache).mode & 0o777).toBe(0o755);
  });
});

describe('standard output on a full disk', () => {
  // Spawned: ENOSPC on the process's real standard output (/dev/full), and its exit code.
  it.runIf(isRoot || existsSync('/dev/full'))('also for a command that writes without an output file: one line, exit 70', async () => {
    const { dir, roster } = copyOfRoster();
    expect((await beredskab(['--roster', roster, 'log', 'start', '--level', 'red', '--at', '2025-12-01T10:00'], { cwd: dir })).code).toBe(0);
    for (const args of [['log', 'show'], ['log', 'list']]) {
      const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" --roster "${roster}" ${args.join(' ')} > /dev/full`], { cwd: dir, encoding: 'utf8' });
      expect(run.status, args.join(' ')).toBe(70);
      expect(run.stderr).toBe('beredskab: kunne ikke skrive standardoutput: ENOSPC\n');
    }
  });
});
