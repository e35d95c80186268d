import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.js';
import { run as beredskab } from './run.js';

export const SHIPPED = readFileSync(join(ROOT, 'roster.yaml'), 'utf8');

export function git(cwd: string, args: string[], date?: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: date ?? '', GIT_COMMITTER_DATE: date ?? '', GIT_CONFIG_NOSYSTEM: '1', HOME: cwd };
  const r = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}

/** A roster in a git repository with one revision before 2025 and two during it, and a journal for 2025. */
export async function year2025(): Promise<{ home: string; roster: string }> {
  const home = mkdtempSync(join(tmpdir(), 'beredskab-status-'));
  const roster = join(home, 'plan', 'roster.yaml');
  mkdirSync(join(home, 'plan'));
  git(home, ['init', '-q']);
  writeFileSync(roster, SHIPPED);
  git(home, ['add', '.']);
  git(home, ['commit', '-qm', 'first'], '2024-11-01T10:00:00+01:00');
  writeFileSync(roster, SHIPPED.replace(/^revision: \d+/m, 'revision: 41').replace('phone: "40867408"', 'phone: "40867409"'));
  git(home, ['commit', '-qam', 'phone'], '2025-04-02T10:00:00+02:00');
  writeFileSync(roster, SHIPPED.replace(/^revision: \d+/m, 'revision: 42').replace('phone: "40867408"', 'phone: "40867409"').replace(/(id: lasse-bonde\n(?:.*\n){3}.*phone: .*\n)/, '$1    confirmed: 2024-01-15\n'));
  git(home, ['commit', '-qam', 'confirmed'], '2025-09-02T10:00:00+02:00');
  const log = async (args: string[]) => {
    const r = await beredskab(['--roster', roster, ...args]);
    if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
    return r.stdout.trim();
  };
  // Red in March: met, evaluated.
  const red = await log(['log', 'start', '--level', 'red', '--at', '2025-03-10T21:00']);
  await log(['log', 'meeting', '--at', '2025-03-11T10:00', '--activation', red]);
  await log(['log', 'evaluation', '--decided', 'yes', '--due', '2025-03-31', '--at', '2025-03-12T10:00', '--activation', red]);
  await log(['log', 'evaluation', '--held', '2025-03-20', '--at', '2025-03-20T10:00', '--activation', red]);
  await log(['log', 'close', '--at', '2025-03-12T12:00', '--activation', red]);
  // A red drill in May: shown apart.
  const drill = await log(['log', 'start', '--level', 'red', '--at', '2025-05-05T09:00', '--drill']);
  await log(['log', 'close', '--at', '2025-05-05T11:00', '--activation', drill]);
  // Green in June: no meeting required.
  const green = await log(['log', 'start', '--level', 'green', '--at', '2025-06-01T12:00']);
  await log(['log', 'close', '--at', '2025-06-02T12:00', '--activation', green]);
  // Yellow before Christmas: deadline Tuesday 30 December 16.00, met only on the 31st; evaluation decided, never held.
  const yellow = await log(['log', 'start', '--level', 'yellow', '--at', '2025-12-23T10:00', '--reason', '<img src=x onerror=alert(1)> | x']);
  await log(['log', 'meeting', '--at', '2025-12-31T09:00', '--activation', yellow]);
  await log(['log', 'evaluation', '--decided', 'yes', '--due', '2026-01-15', '--at', '2025-12-31T10:00', '--activation', yellow]);
  await log(['log', 'close', '--at', '2025-12-31T12:00', '--activation', yellow]);
  // The next year does not count.
  const next = await log(['log', 'start', '--level', 'red', '--at', '2026-01-05T09:00']);
  await log(['log', 'close', '--at', '2026-01-05T11:00', '--activation', next]);
  return { home, roster };
}
