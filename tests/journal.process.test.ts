// Journal writers as separate processes: 20 bins appending to one activation at once (the append is safe between
// processes, not only within one), and a writer killed with SIGKILL in the middle of a line. Both need real processes;
// they run once, not again in the far time zone (see vitest.config.ts).
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from './helpers.js';
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

/** The environment of a child started directly: no roster or language from the caller's shell (as cli() does). */
function env(journal: string): NodeJS.ProcessEnv {
  const { BEREDSKAB_ROSTER: _roster, BEREDSKAB_LANG: _lang, ...rest } = process.env;
  return { ...rest, NO_COLOR: '1', BEREDSKAB_JOURNAL: journal };
}

describe('concurrent writers and crashes', () => {
  it('20 processes appending at once leave 20 intact entries', async () => {
    const dir = fresh();
    const id = (await ok(dir, ['log', 'start', '--level', 'red', '--at', '2026-06-01T12:00'])).trim();
    const runs = Array.from({ length: 20 }, (_, i) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'log', 'note', `skriver ${i} ${'x'.repeat(1500)}`, '--activation', id], {
          env: env(dir),
          stdio: 'ignore',
        });
        child.on('exit', resolve);
      }),
    );
    expect(await Promise.all(runs)).toEqual(Array(20).fill(0));
    const show = JSON.parse(await ok(dir, ['log', 'show', id, '--json']));
    expect(show.diagnostics).toEqual([]);
    const notes = show.events.filter((e: { type: string }) => e.type === 'note').map((e: { text: string }) => Number(e.text.split(' ')[1]));
    expect(notes.sort((a: number, b: number) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  }, 60_000);

  it('a torn last line is reported with its file and line; the entries before it are read', async () => {
    const dir = fresh();
    const id = (await ok(dir, ['log', 'start', '--level', 'red', '--at', '2026-06-01T12:00'])).trim();
    await ok(dir, ['log', 'note', 'før', '--at', '2026-06-01T12:05']);
    appendFileSync(join(dir, `${id}.jsonl`), `{"schemaVersion":1,"activation":"${id}","type":"note","at":"2026-06-01T12:0`);
    const run = await beredskab(['log', 'show', id], inJournal(dir));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Note: før');
    expect(run.stderr).toContain(`${dir}/${id}.jsonl:3: Sidste linje er ufuldstændig`);
    // The next writer starts on a fresh line; the damage stays reported, never silently dropped.
    await ok(dir, ['log', 'note', 'efter', '--at', '2026-06-01T12:10']);
    const after = await beredskab(['log', 'show', id, '--json'], inJournal(dir));
    const data = JSON.parse(after.stdout);
    expect(data.events.map((e: { text?: string }) => e.text).filter(Boolean)).toEqual(['før', 'efter']);
    expect(data.diagnostics).toEqual([expect.objectContaining({ line: 3, code: 'journal-json' })]);
    expect((await beredskab(['evaluation', id], inJournal(dir))).stdout).toContain(`${id}.jsonl:3`);
  });

  it('a writer killed with SIGKILL in the middle of appending leaves every earlier entry readable', async () => {
    const dir = fresh();
    const id = (await ok(dir, ['log', 'start', '--level', 'red', '--at', '2026-06-01T12:00'])).trim();
    // The real append code, bundled for a child that appends as fast as it can until it is killed.
    const work = fresh();
    await build({ entryPoints: [join(ROOT, 'src/journal/store.ts')], outfile: join(work, 'store.cjs'), bundle: true, format: 'cjs', platform: 'node', logLevel: 'silent' });
    writeFileSync(
      join(work, 'writer.cjs'),
      `const { appendEvent } = require('./store.cjs');
       let i = 0;
       for (;;) { appendEvent(process.argv[2], process.argv[3], { type: 'note', at: '2026-06-01T12:30:00+02:00', text: 'n' + (i++) + ' ' + 'y'.repeat(1800) }); if (i === 50) process.stdout.write('ready\\n'); }`,
    );
    const child = spawn(process.execPath, [join(work, 'writer.cjs'), dir, id], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
    await new Promise((r) => setTimeout(r, 150));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    const run = await beredskab(['log', 'show', id, '--json'], inJournal(dir));
    const data = JSON.parse(run.stdout);
    const notes = data.events.filter((e: { type: string }) => e.type === 'note').map((e: { text: string }) => Number(e.text.split(' ')[0]!.slice(1)));
    expect(notes.length).toBeGreaterThanOrEqual(50);
    // Every entry up to the last is there, in order, with none missing between.
    expect(notes).toEqual(Array.from({ length: notes.length }, (_, i) => i));
    // At most the one line being written when the kill came is damaged, and then it is reported as the last line.
    expect(data.diagnostics.length).toBeLessThanOrEqual(1);
    for (const d of data.diagnostics) expect(d).toMatchObject({ code: 'journal-torn', line: notes.length + 2 });
    expect(run.code).toBe(data.diagnostics.length ? 1 : 0);
  }, 60_000);
});
