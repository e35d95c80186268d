import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Lexer } from 'marked';
import { describe, expect, it } from 'vitest';
import { run as beredskab } from './run.js';
import { git, SHIPPED, year2025 } from './status-year.js';

describe('status-report', async () => {
  const { home, roster } = await year2025();

  it('counts the year by level and month, drills apart, deadlines and evaluations (JSON)', async () => {
    const run = await beredskab(['--roster', roster, 'status-report', '--year', '2025', '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const r = JSON.parse(run.stdout);
    expect(r.activations.total).toBe(3);
    expect(r.activations.byLevel).toEqual({ green: 1, yellow: 1, red: 1 });
    expect(r.activations.byMonth.red[2]).toBe(1);
    expect(r.activations.byMonth.yellow[11]).toBe(1);
    expect(r.drills).toMatchObject({ total: 1, byLevel: { green: 0, yellow: 0, red: 1 } });
    expect(r.drills.byMonth.red[4]).toBe(1);
    expect(r.deadlines).toEqual({ met: 1, missed: 1, noMeeting: 0, notRequired: 1, pending: 0 });
    expect(r.list.find((a: { level: string; drill: boolean }) => a.level === 'yellow')).toMatchObject({ meeting: 'missed', lateMinutes: 17 * 60, evaluation: 'missing' });
    expect(r.evaluations).toEqual({ decided: 2, held: 1, missing: 1, due: 0, notDecided: 1, declined: 0 });
  });

  it('reads the roster\'s revisions of the year from git, in the words of diff', async () => {
    const r = JSON.parse((await beredskab(['--roster', roster, 'status-report', '--year', '2025', '--format', 'json'])).stdout);
    expect(r.roster.map((v: { revision: number; date: string }) => [v.revision, v.date])).toEqual([
      [41, '2025-04-02'],
      [42, '2025-09-02'],
    ]);
    expect(r.roster[0].changes).toEqual([expect.objectContaining({ kind: 'phone-changed', id: 'claus-hansen', from: '40 86 74 08', to: '40 86 74 09' })]);
    const md = (await beredskab(['--roster', roster, 'status-report', '--year', '2025'])).stdout;
    expect(md).toContain('### Revision 41');
    expect(md).toMatch(/40 86 74 08 → 40 86 74 09/);
  });

  it('a roster file whose name reads like a git option is still read as a path', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'beredskab-status-'));
    git(repo, ['init', '-q']);
    const file = join(repo, '--all.yaml');
    writeFileSync(file, SHIPPED);
    git(repo, ['add', '--', '--all.yaml']);
    git(repo, ['commit', '-qm', 'first'], '2024-11-01T10:00:00+01:00');
    writeFileSync(file, SHIPPED.replace(/^revision: \d+/m, 'revision: 41').replace('phone: "40867408"', 'phone: "40867409"'));
    git(repo, ['commit', '-qam', 'phone'], '2025-04-02T10:00:00+02:00');
    mkdirSync(join(repo, 'journal'), { mode: 0o700 });
    const run = await beredskab(['--roster', file, 'status-report', '--year', '2025', '--format', 'json'], { env: { BEREDSKAB_JOURNAL: join(repo, 'journal') } });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).roster.map((v: { revision: number }) => v.revision)).toEqual([41]);
  });

  it('shows readiness today: stale and never-confirmed contacts, members without substitute, chains ending at a person', async () => {
    const r = JSON.parse((await beredskab(['--roster', roster, 'status-report', '--year', '2025', '--format', 'json'])).stdout);
    expect(r.readiness.stale).toEqual([{ name: 'Lasse Bonde', confirmed: '2024-01-15' }]);
    expect(r.readiness.neverConfirmed).toContain('Claus Hansen');
    expect(r.readiness.neverConfirmed).not.toContain('Lasse Bonde');
    expect(r.readiness.withoutSubstitute).toContain('Morten Strange');
    expect(r.readiness.withoutSubstitute).not.toContain('Lasse Bonde');
    expect(r.readiness.chainsEndingAtPerson).toEqual([{ chain: 'koordinator', name: 'Louise Hou Kragh' }]);
  });

  it('markdown parses back into its tables; outside git it says so', async () => {
    const md = (await beredskab(['--roster', roster, 'status-report', '--year', '2025'])).stdout;
    const tables = Lexer.lex(md).filter((t) => t.type === 'table') as unknown as { rows: { text: string }[][] }[];
    expect(tables[0]!.rows).toHaveLength(13);
    expect(tables[0]!.rows[12]!.map((c) => c.text)).toEqual(['I alt', '1', '1', '1', '3']);
    const bare = mkdtempSync(join(tmpdir(), 'beredskab-nogit-'));
    writeFileSync(join(bare, 'roster.yaml'), SHIPPED);
    const run = await beredskab(['status-report', '--year', '2025', '--format', 'json'], { cwd: bare });
    expect(JSON.parse(run.stdout).roster).toBeNull();
    expect((await beredskab(['status-report', '--year', '2025'], { cwd: bare })).stdout).toContain('ligger ikke i et git-arkiv');
  });

  it('HTML: self-contained, the chart inline, the reason escaped', async () => {
    const out = join(home, 'status.html');
    expect((await beredskab(['--roster', roster, 'status-report', '--year', '2025', '--format', 'html', '--output', out])).code).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page).toMatch(/<svg [^>]*role="img"/);
    expect(page).not.toMatch(/<(script|link|img)\b|src=|href=/);
    expect(existsSync(out)).toBe(true);
  });
});

