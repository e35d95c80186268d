// Spawned in a pseudo-terminal (node-pty): the drill's interactive questions, keys and Ctrl-C need a real terminal and a
// real process to signal.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { spawn } from '@lydell/node-pty';
import { describe, expect, it } from 'vitest';
import { listActivations, readActivation } from '../src/journal/index.js';
import { BIN, SHIPPED } from './helpers.js';
import { run as beredskab } from './run.js';

const DOWN = '\x1b[B';
const ENTER = '\r';
const CTRL_C = '\x03';

/** The real bin in a pseudo-terminal: what it has shown so far (escape codes removed), keys to send, its exit. */
function inTerminal(args: string[], cwd: string) {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), TERM: 'xterm-256color' };
  // No roster, language or colour choice from the caller's shell (as cli() does).
  for (const name of ['BEREDSKAB_LANG', 'BEREDSKAB_ROSTER', 'NO_COLOR']) delete env[name];
  const term = spawn(process.execPath, [BIN, ...args], { name: 'xterm-256color', cols: 120, rows: 40, cwd, env });
  let raw = '';
  const waiters: { text: string; from: number; resolve: () => void }[] = [];
  const screen = () => stripVTControlCharacters(raw);
  term.onData((data) => {
    raw += data;
    for (const w of [...waiters]) {
      if (screen().indexOf(w.text, w.from) >= 0) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  const exit = new Promise<number>((resolve) => term.onExit((e) => resolve(e.exitCode)));
  let mark = 0;
  return {
    pid: term.pid,
    screen,
    exit,
    /** Resolves when `text` appears after what the previous wait found; fails with the screen after 10 s. */
    async waitFor(text: string): Promise<void> {
      const from = mark;
      await new Promise<void>((resolve, reject) => {
        if (screen().indexOf(text, from) >= 0) return resolve();
        const timer = setTimeout(() => reject(new Error(`"${text}" did not appear; the screen:\n${screen().slice(from)}`)), 10_000);
        waiters.push({ text, from, resolve: () => (clearTimeout(timer), resolve()) });
      });
      mark = screen().indexOf(text, from) + text.length;
    },
    write: (keys: string) => term.write(keys),
  };
}

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'beredskab-drill-pty-'));
  writeFileSync(join(dir, 'roster.yaml'), readFileSync(SHIPPED));
  return { dir, roster: join(dir, 'roster.yaml'), journal: join(dir, 'journal') };
}

/** Answers the prompt now showing: 0 answered, 1 no answer, 2 skip. */
async function answer(t: ReturnType<typeof inTerminal>, who: string, choice: 0 | 1 | 2) {
  await t.waitFor(who);
  await t.waitFor('Spring over');
  for (let i = 0; i < choice; i++) t.write(DOWN);
  if (choice > 0) await t.waitFor(`❯ ${choice + 1}. ${['Svarede', 'Intet svar', 'Spring over'][choice]}`);
  t.write(ENTER);
}

describe('beredskab drill in a terminal', () => {
  it('asks contact by contact with names and numbers, sums up, and writes the journal', async () => {
    const w = workspace();
    const t = inTerminal(['drill', '--level', 'red'], w.dir);
    await t.waitFor('ØVELSE');
    await t.waitFor('1. Ring til politiet');
    await answer(t, 'Lasse Bonde, Politikommissær, Østjyllands Politi – 25 58 32 49', 1);
    await answer(t, 'Allan Aarslev, Politikommissær, Østjyllands Politi – 22 70 12 26 (næste i kæden)', 0);
    await t.waitFor('2. Kontakt koordinatoren');
    await answer(t, 'Louise Hou Kragh, Chef for bystrategisk udvikling, Bysekretariatet – 42 14 86 00', 0);
    await t.waitFor('3. Beredskabsgruppens medlemmer og suppleanter');
    await answer(t, 'Claus Hansen, SSP-konsulent, Randers Ungdomsskole – 40 86 74 08', 0);
    await answer(t, 'Morten Strange, Centerleder, Børne- og ungecenter – 30 35 96 84', 2);
    await answer(t, 'Gine Nørager', 1);
    await answer(t, 'Peter Pedersen', 0);
    await answer(t, 'Jørgen Lajer', 0);
    await t.waitFor('Resultat af øvelsen');
    expect(await t.exit).toBe(0);
    const summary = t.screen().slice(t.screen().indexOf('Resultat af øvelsen')).replace(/\r/g, '');
    expect(summary).toMatch(/Ring til politiet: nået på (under 1|\d+) min\. \(Allan Aarslev\)/);
    expect(summary).toContain('Nået (5): Allan Aarslev, Louise Hou Kragh, Claus Hansen, Peter Pedersen,\n  Jørgen Lajer\n');
    expect(summary).toContain('Ikke nået (2): Lasse Bonde, Gine Nørager');
    expect(summary).toContain('Sprunget over (1): Morten Strange');
    expect(summary).toContain(
      'Numre, der skal tjekkes:\n  25 58 32 49 Lasse Bonde, Politikommissær, Østjyllands Politi\n  40 35 60 73 Gine Nørager, Afdelingsleder, Center for psykiatri og socialt\n              udsatte\n',
    );
    expect(t.screen()).toContain('↑↓ eller 1–3 vælger, ⏎ bekræfter');
    // The chain stopped at Allan Aarslev: the duty officer was never asked.
    expect(t.screen()).not.toContain('Østjyllands Politis vagtchef, Østjyllands Politi – 114');

    const ids = listActivations(w.journal);
    expect(ids).toHaveLength(1);
    expect(summary).toContain(`Skrevet i journalen som øvelse: ${ids[0]}`);
    const read = readActivation(w.journal, ids[0]!);
    expect(read.diagnostics).toEqual([]);
    expect(read.events.every((e) => e.drill === true)).toBe(true);
    expect(read.events.map((e) => (e.type === 'call' ? `${e.contact}:${e.answered}` : e.type))).toEqual([
      'start',
      'lasse-bonde:false',
      'allan-aarslev:true',
      'louise-hou-kragh:true',
      'claus-hansen:true',
      'gine-norager:false',
      'peter-pedersen:true',
      'jorgen-lajer:true',
      'close',
    ]);
    // Times are taken as the answers come: never before the start, never going backwards.
    const times = read.events.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  }, 30_000);

  it('before a hotline it says it is a drill and asks whether to call; skipping is the default', async () => {
    const w = workspace();
    const t = inTerminal(['drill', '--level', 'red'], w.dir);
    await answer(t, 'Lasse Bonde', 1);
    await answer(t, 'Allan Aarslev', 1);
    await t.waitFor('Østjyllands Politis vagtchef (114) er til virkelige hændelser. Det er en øvelse: vil du ringe?');
    await t.waitFor('❯ 1. Nej, spring over');
    await t.waitFor('↑↓ eller 1–2 vælger');
    t.write(ENTER);
    // Skipped: the next question is the coordinator, never "did 114 answer".
    await t.waitFor('Louise Hou Kragh');
    expect(t.screen()).not.toContain('Østjyllands Politis vagtchef, Østjyllands Politi – 114');
    t.write(CTRL_C);
    expect(await t.exit).toBe(130);
    const [id] = listActivations(w.journal);
    const calls = readActivation(w.journal, id!).events.filter((e) => e.type === 'call');
    expect(calls.map((e) => (e.type === 'call' ? e.contact : ''))).toEqual(['lasse-bonde', 'allan-aarslev']);
  }, 30_000);

  it('a hotline is asked about as any contact once the coordinator chooses to call it', async () => {
    const w = workspace();
    const t = inTerminal(['drill', '--level', 'red'], w.dir);
    await answer(t, 'Lasse Bonde', 1);
    await answer(t, 'Allan Aarslev', 1);
    await t.waitFor('Det er en øvelse: vil du ringe?');
    await t.waitFor('Nej, spring over');
    t.write(DOWN);
    await t.waitFor('❯ 2. Ja, jeg ringer');
    t.write(ENTER);
    await t.waitFor('Østjyllands Politis vagtchef, Østjyllands Politi – 114');
    t.write(CTRL_C);
    expect(await t.exit).toBe(130);
  }, 30_000);

  it('Ctrl-C at a question: exit 130, the answers so far kept and marked interrupted, the roster untouched', async () => {
    const w = workspace();
    const before = readFileSync(w.roster);
    const t = inTerminal(['--lang', 'en', 'drill', '--level', 'yellow', '--confirm'], w.dir);
    await t.waitFor('Drill at yellow level.');
    await t.waitFor('Lasse Bonde');
    await t.waitFor('Skip');
    // A number picks the choice, as the arrow keys do.
    t.write('2');
    await t.waitFor('❯ 2. No answer');
    t.write(ENTER);
    await t.waitFor('Allan Aarslev');
    await t.waitFor('Skip');
    t.write(CTRL_C);
    expect(await t.exit).toBe(130);
    const [id] = listActivations(w.journal);
    expect(t.screen()).toContain(`The drill was stopped. 1 answer is kept in the journal (${id}), marked as interrupted. The roster is unchanged.`);
    expect(t.screen()).not.toContain('Result of the drill');
    const read = readActivation(w.journal, id!);
    expect(read.diagnostics).toEqual([]);
    expect(read.events.map((e) => (e.type === 'call' ? `${e.contact}:${e.answered}` : e.type))).toEqual(['start', 'lasse-bonde:false', 'interrupted']);
    expect(readFileSync(w.roster)).toEqual(before);
  }, 30_000);

  it('an interrupt signal while a question waits ends the same way', async () => {
    const w = workspace();
    const before = readFileSync(w.roster);
    const t = inTerminal(['drill', '--level', 'red'], w.dir);
    await t.waitFor('Lasse Bonde');
    await t.waitFor('Spring over');
    process.kill(t.pid, 'SIGINT');
    expect(await t.exit).toBe(130);
    expect(t.screen()).toContain('Øvelsen er afbrudt. 0 svar er gemt i journalen');
    const [id] = listActivations(w.journal);
    expect(readActivation(w.journal, id!).events.map((e) => e.type)).toEqual(['start', 'interrupted']);
    expect(readFileSync(w.roster)).toEqual(before);
  }, 30_000);

  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s closes the drill as interrupted, so the next real activation is the one open', async (signal, code) => {
    const w = workspace();
    const t = inTerminal(['drill', '--level', 'red'], w.dir);
    await t.waitFor('Lasse Bonde');
    await t.waitFor('Spring over');
    process.kill(t.pid, signal);
    expect(await t.exit).toBe(code);
    const [id] = listActivations(w.journal);
    const read = readActivation(w.journal, id!);
    expect(read.diagnostics).toEqual([]);
    expect(read.events.map((e) => e.type)).toEqual(['start', 'interrupted']);
    expect(read.events.at(-1)).toMatchObject({ type: 'interrupted', reason: signal });
    const real = await beredskab(['log', 'start', '--level', 'red'], { cwd: w.dir });
    expect(real.code, real.stderr).toBe(0);
    const note = await beredskab(['log', 'note', 'Politiet er på stedet'], { cwd: w.dir });
    expect(note.stderr).toBe(`Skrevet i ${real.stdout.trim()}\n`);
  }, 30_000);
});
