import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ROOT, run } from '../tests/run.js';

/** main() runs a command with the process it is given: nothing reaches the real one. */
describe('main(argv, io)', () => {
  afterEach(() => vi.restoreAllMocks());

  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-main-'));
    copyFileSync(join(ROOT, 'roster.yaml'), join(dir, 'roster.yaml'));
    return dir;
  };

  it('writes only to the io it is given, and sets no exit code on the process', async () => {
    const out = vi.spyOn(process.stdout, 'write');
    const err = vi.spyOn(process.stderr, 'write');
    const before = process.exitCode;
    const dir = folder();
    const runs = await Promise.all([
      run(['activate', '--level', 'red', '--at', '2026-12-01T16:00'], { cwd: dir }),
      run(['lint', '--today', '2026-11-27'], { cwd: dir }),
      run(['deadline', '--level', 'purple'], { cwd: dir }),
      run(['--help']),
      run(['activate', '--lang', 'en', '--help']),
      run(['no-such-command']),
    ]);
    expect(runs.map((r) => r.code)).toEqual([0, 0, 2, 0, 0, 2]);
    expect(runs[0]!.stdout).toContain('RØDT NIVEAU');
    expect(runs[3]!.stdout).toContain('Brug: beredskab');
    expect(runs[4]!.stdout).toContain('Usage: beredskab activate');
    expect(runs[5]!.stderr).toBe('beredskab: ukendt kommando no-such-command; se beredskab --help\n');
    expect(out).not.toHaveBeenCalled();
    expect(err).not.toHaveBeenCalled();
    expect(process.exitCode).toBe(before);
  });

  it('finds ./roster.yaml, relative paths and the journal from the working directory it is given', async () => {
    const dir = folder();
    const sheet = await run(['contacts', '--format', 'csv', '--output', 'kontakter.csv'], { cwd: dir });
    expect(sheet).toMatchObject({ code: 0, stdout: '', stderr: 'Skrev kontakter.csv\n' });
    expect(readFileSync(join(dir, 'kontakter.csv'), 'utf8')).toContain('Allan Aarslev');
    const started = await run(['log', 'start', '--level', 'yellow', '--at', '2026-11-30T09:00'], { cwd: dir, now: new Date('2026-11-30T09:05:00Z') });
    expect(started.code).toBe(0);
    expect(existsSync(join(dir, 'journal', `${started.stdout.trim()}.jsonl`))).toBe(true);
  });

  it('takes the environment from io: BEREDSKAB_ROSTER and BEREDSKAB_LANG', async () => {
    const dir = folder();
    const r = await run(['deadline', '--level', 'red', '--at', '2026-12-01T16:00'], { env: { BEREDSKAB_ROSTER: join(dir, 'roster.yaml'), BEREDSKAB_LANG: 'en' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wednesday 2 December 2026');
  });

  it('reads the clock from io: a journal entry without --at is timed by it', async () => {
    const dir = folder();
    const now = new Date('2026-11-30T13:45:00Z');
    const id = (await run(['log', 'start', '--level', 'red', '--at', '2026-11-30T14:30'], { cwd: dir, now })).stdout.trim();
    expect(await run(['log', 'note', 'Politiet er på stedet'], { cwd: dir, now })).toMatchObject({ code: 0 });
    const lines = readFileSync(join(dir, 'journal', `${id}.jsonl`), 'utf8').trim().split('\n');
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ type: 'note', at: '2026-11-30T14:45:00+01:00' });
  });

  it('reads standard input from io: text set --file -', async () => {
    const dir = folder();
    const r = await run(['text', 'set', 'formaal', '--file', '-', '--dry-run'], { cwd: dir, input: 'Et nyt formål.\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('{+Et nyt formål+}');
  });
});
