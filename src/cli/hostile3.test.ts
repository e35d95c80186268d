import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run as runIn, shippedCopy, type Run } from '../../tests/run.js';

/** The program run in this process, on a copy of the shipped roster. */
let dir: string;
let file: string;

async function run(...args: string[]): Promise<Run> {
  return runIn(['--roster', file, ...args]);
}

beforeEach(() => {
  ({ dir, file } = shippedCopy('beredskab-hostile3-'));
  process.env.NO_COLOR = '1';
  process.env.BEREDSKAB_CACHE = 'off';
});
afterEach(() => vi.restoreAllMocks());

describe('an option without its value is named without an English placeholder', () => {
  it.each([
    [['status-report'], 'da', 'tilvalget --year skal angives'],
    [['status-report', '--lang', 'en'], 'en', 'option --year is required'],
    [['deadline', '--at'], 'da', 'tilvalget --at mangler en værdi'],
  ])('%j', async (args, _lang, said) => {
    const { code, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stderr).toContain(said);
    if (_lang === 'da') expect(stderr).not.toMatch(/<(year|time|number|file)>/);
  });
});

describe('an activation file that is no regular file is named for what it is', () => {
  it.each([['fifo'], ['link']])('%s: log show says it is not a regular file, without an error code or a line 0', async (kind) => {
    const journal = join(dir, 'journal');
    mkdirSync(journal);
    const id = '2026-11-29T1000-red-aaaa';
    const path = join(journal, `${id}.jsonl`);
    if (kind === 'fifo') execFileSync('mkfifo', [path]);
    else symlinkSync(file, path);
    const { code, stderr } = await run('log', 'show', id, '--journal', journal);
    expect(code).toBe(1);
    expect(stderr).toContain(`${id}.jsonl: Filen kan ikke læses: det er ikke en almindelig fil (en FIFO, en enhed, en mappe eller et link)`);
    expect(stderr).not.toMatch(/EISDIR|ELOOP|ENOTREG|:0:/);
  });
});

describe('an empty argument is named as the help names it, not as an option the command lacks', () => {
  it.each([
    [['person', 'set', '', '--phone', '40404040'], '<id> må ikke være tom'],
    [['chain', 'insert', 'koordinator', ''], '<kontakt> må ikke være tom'],
    [['adhoc', 'add', ' '], '<tekst> må ikke være tom'],
    [['confirm', ''], '<id> må ikke være tom'],
    [['--lang', 'en', 'press', 'add', ''], '<person> must not be empty'],
  ])('%j', async (args, said) => {
    const { code, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stderr).toContain(said);
    expect(stderr).not.toMatch(/--(id|contact|text|ids|person)\b/);
  });
});

describe('--output into a folder inside the journal', () => {
  it('is refused like the journal folder itself, and nothing is written', async () => {
    const journal = join(dir, 'journal');
    mkdirSync(join(journal, 'sub'), { recursive: true });
    const target = join(journal, 'sub', 'kontakter.csv');
    const { code, stderr } = await run('contacts', '--format', 'csv', '--output', target);
    expect(code).toBe(2);
    expect(stderr).toContain('ligger i journalmappen');
    expect(existsSync(target)).toBe(false);
  });
});
