import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run as runIn, type Run } from '../../tests/run.js';

/** Dates written as Danes write them (31.12.2025) in sign, approve, confirm, plan set and status: run in this process. */
let file: string;
const SHIPPED = new URL('../../roster.yaml', import.meta.url);

async function run(...args: string[]): Promise<Run> {
  return runIn(['--roster', file, '--no-cache', ...args]);
}

beforeEach(() => {
  file = join(mkdtempSync(join(tmpdir(), 'beredskab-signing-dates-')), 'roster.yaml');
  copyFileSync(SHIPPED, file);
  process.env.NO_COLOR = '1';
});
afterEach(() => vi.restoreAllMocks());

describe('a date in the Danish form', () => {
  it('sign --date 3.2.2025 records 2025-02-03 (not refused as in the future, not written as typed)', async () => {
    const signed = await run('sign', 'claus-hansen', '--date', '3.2.2025');
    expect([signed.code, signed.stderr]).toEqual([0, '']);
    expect(readFileSync(file, 'utf8')).toMatch(/person: claus-hansen\n(?:.*\n){2}\s+signed:\n\s+- version: 1\n\s+date: 2025-02-03\n/);
  });

  it('approve and confirm take 31.12.2025 as the last day of 2025', async () => {
    const approved = await run('approve', '--by', 'Landsbyggefonden', '--date', '31.12.2025');
    expect([approved.code, approved.stderr]).toEqual([0, '']);
    expect(readFileSync(file, 'utf8')).toMatch(/- by: Landsbyggefonden\n\s+date: 2025-12-31\n/);
    const confirmed = await run('confirm', 'lasse-bonde', '--date', '31.12.2025');
    expect([confirmed.code, confirmed.stderr]).toEqual([0, '']);
    expect(readFileSync(file, 'utf8')).toMatch(/id: lasse-bonde\n(?:.*\n)*?\s+confirmed: 2025-12-31\n/);
  });

  it('a Danish date after today is still refused as in the future', async () => {
    const future = await run('sign', 'claus-hansen', '--date', '1.1.2199');
    expect(future.code).toBe(2);
    expect(future.stderr).toContain('--date: 1.1.2199 ligger efter i dag');
  });

  it('plan set --end 31.12.2030 writes 2030-12-31', async () => {
    const set = await run('plan', 'set', '--end', '31.12.2030');
    expect([set.code, set.stderr]).toEqual([0, '']);
    expect(readFileSync(file, 'utf8')).toMatch(/end: 2030-12-31\n/);
  });

  it('status --today 31.12.2029 counts from that day', async () => {
    const status = await run('status', '--today', '31.12.2029');
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('  Perioden slutter i dag.\n');
  });
});
