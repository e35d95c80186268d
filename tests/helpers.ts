import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadRoster } from '../src/roster/load.js';
import type { Roster } from '../src/roster/schema.js';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = `${ROOT}bin/beredskab.js`;
export const SHIPPED = `${ROOT}roster.yaml`;
export const NORDBY = `${ROOT}tests/fixtures/nordby.yaml`;
/** What stderr says when no roster was named and the shipped one is used (Danish). */
export const SHIPPED_NOTE = `beredskab: bruger den medfølgende plan for Randers (${SHIPPED}); ingen --roster, BEREDSKAB_ROSTER eller ./roster.yaml\n`;

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real bin, colour off, in a neutral working directory. Only for what needs a process of its own (the bin
 * itself, /dev/stdin, a FIFO, signals and exit codes of a process, a terminal, the umask): everything else runs
 * in-process with run() from run.ts, and a test that spawns says why.
 */
export function cli(args: string[], options: { env?: Record<string, string>; cwd?: string; input?: string | Buffer } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', BEREDSKAB_LANG: '', ...options.env };
  // Unset rather than empty: an empty BEREDSKAB_ROSTER is a usage error. Nor the cache setting of the shell, or of an
  // in-process test that ran before in the same worker.
  if (!options.env || !('BEREDSKAB_ROSTER' in options.env)) delete env.BEREDSKAB_ROSTER;
  if (!options.env || !('BEREDSKAB_CACHE' in options.env)) delete env.BEREDSKAB_CACHE;
  // Room for large outputs (a long journal as JSON): spawnSync keeps only 1 MiB by default.
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? '/', env, encoding: 'utf8', input: options.input, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function text(path: string): string {
  return readFileSync(path, 'utf8');
}

/** The 1-based line of the first line containing `needle`. */
export function lineOf(source: string, needle: string, from = 0): number {
  const index = source.indexOf(needle, from);
  if (index < 0) throw new Error(`not found: ${needle}`);
  return source.slice(0, index).split('\n').length;
}

/** The template's sections (Landsbyggefonden's, as the Randers plan has them), each with what we put under it. */
export const HEADINGS_DA = [
  'Formål',
  'Beredskabsniveauer',
  'Deltagere i beredskabet',
  'Ad hoc-deltagere',
  'Opdaterede oplysninger og efterfølgere',
  'Organisering',
  'Årligt statusmøde',
  'Deling af oplysninger',
  'Hvem informerer hvem',
  'Kompetencer og handlemuligheder i beredskabssituationer',
  'Aktivering: hvem ringes op',
  'Evaluering',
  'Håndtering af omverdenen',
  'Kommissorium',
  'Underskrift',
  'Bilag: sådan regner beredskab fristerne',
];

/** A roster file that loads: its data (the tests' fixtures). */
export function rosterOf(path: string): Roster {
  const { roster } = loadRoster(readFileSync(path), { file: path });
  return roster!;
}
