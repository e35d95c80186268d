import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SHIPPED } from './helpers.js';
import { run as beredskab } from './run.js';

function copy(extra = ''): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'beredskab-text-'));
  const file = join(dir, 'roster.yaml');
  writeFileSync(file, readFileSync(SHIPPED, 'utf8').replace('$schema=./', `$schema=${ROOT}`) + extra);
  return { dir, file };
}

describe('beredskab text', () => {
  it('show prints a section as kept; set --dry-run shows the word diff and writes nothing; set writes it', async () => {
    const { dir, file } = copy();
    const show = await beredskab(['--roster', file, 'text', 'show', 'kommissorium']);
    expect(show).toMatchObject({ code: 0, stdout: 'Der er ikke udarbejdet et kommissorium.\n' });
    const input = join(dir, 'afsnit.md');
    writeFileSync(input, 'Der er nu udarbejdet et kommissorium.\r\n');
    const before = readFileSync(file, 'utf8');
    const dry = await beredskab(['--roster', file, 'text', 'set', 'kommissorium', '--file', input, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Planens tekst, kommissorium: Der er [-ikke-]{+nu+} udarbejdet et kommissorium.');
    expect(dry.stdout).toContain('re-sign');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect((await beredskab(['--roster', file, 'text', 'set', 'kommissorium', '--file', input])).code).toBe(0);
    expect((await beredskab(['--roster', file, 'text', 'show', 'kommissorium'])).stdout).toBe('Der er nu udarbejdet et kommissorium.\n');
    expect((await beredskab(['--roster', file, 'text', 'show'])).stdout).toContain('## Kommissorium (kommissorium)\n\nDer er nu udarbejdet et kommissorium.\n');
  });

  it('an unknown section or a missing file is a usage error (exit 2) and nothing is written', async () => {
    const { dir, file } = copy();
    const before = readFileSync(file, 'utf8');
    const unknown = await beredskab(['--roster', file, 'text', 'set', 'bilag', '--file', SHIPPED]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"bilag" er ikke et afsnit af planens tekst');
    const missing = await beredskab(['--roster', file, 'text', 'set', 'formaal', '--file', join(dir, 'findes-ikke.md')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('findes-ikke.md');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('member replace --rewrite-text', () => {
  it('--dry-run shows the name changed in the text and says where', async () => {
    const { file } = copy();
    const run = await beredskab(['--roster', file, 'member', 'replace', 'lasse-bonde', '--name', 'Mette Dahl', '--phone', '25583250', '--rewrite-text', '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Planens tekst, kompetencer: Hvis ikke at der opnås kontakt til [-Lasse Bonde-]{+Mette Dahl+} eller Allan Aarslev');
    expect(run.stdout).toContain('Planens tekst: Lasse Bonde er skiftet ud med Mette Dahl i kompetencer (da, 1)');
  });
});

describe('interpretations on the command line', () => {
  it('deadline follows the roster\'s interpretations and says they are the plan\'s own', async () => {
    const { file } = copy('\ninterpretations:\n  activationDayCounts: true\n  christmasEveWorkingDay: false\n');
    const run = await beredskab(['--roster', file, 'deadline', '--level', 'yellow', '--at', '2026-12-22T10:00']);
    expect(run.code).toBe(0);
    // 22/12 (1), 23/12 (2), 24/12 off, 25–27/12 off, 28/12 (3).
    expect(run.stdout).toContain('Gruppen skal mødes senest mandag den 28. december 2026 kl. 16.00');
    expect(run.stdout).toContain('24/12 regnes ikke som arbejdsdag; aftalt i planen.');
    expect(run.stdout).toContain('Aktiveringsdagen tæller med som første arbejdsdag');
  });

  it('init writes the interpretations asked for; a bad value is a usage error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-init-'));
    const file = join(dir, 'ny.yaml');
    expect((await beredskab(['init', file, '--municipality', 'Nordby Kommune', '--title', 'Plan', '--meeting-deadline', 'end', '--new-years-eve', 'day-off'])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('interpretations:\n  newYearsEveWorkingDay: false\n  meetingDeadline: "end"\n');
    expect((await beredskab(['init', join(dir, 'b.yaml'), '--municipality', 'X', '--title', 'Y', '--workday-ends', '09:00'])).code).toBe(2);
  });
});
