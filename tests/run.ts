import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/main.js';
import type { Io, OutputStream } from '../src/io/stdio.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** More environment; BEREDSKAB_ROSTER and BEREDSKAB_LANG are unset unless given. */
  env?: Record<string, string>;
  /** The working directory: relative paths on the command line are found from it. '/' unless given. */
  cwd?: string;
  /** Standard input, for `--file -` and `--answers -`. */
  input?: string | Uint8Array;
  /** The clock, for commands that read it; the real clock unless given. */
  now?: number | Date;
  /** Whether standard output is a terminal. */
  tty?: boolean;
}

function collector(isTTY: boolean): OutputStream & { text: () => string } {
  const chunks: Buffer[] = [];
  return {
    isTTY,
    write(chunk, done) {
      chunks.push(Buffer.from(chunk));
      if (done) queueMicrotask(() => done());
      return true;
    },
    text: () => Buffer.concat(chunks).toString('utf8'),
  };
}

/**
 * Runs a command line in this process through main(), as the bin runs it, with a fake process: colour off, in a
 * neutral working directory, stdout and stderr collected. What needs a real process (signals, a terminal, file
 * modes as root, the bin itself) is tested with `cli()` from helpers.ts.
 */
export async function run(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  const stdout = collector(options.tty ?? false);
  const stderr = collector(false);
  const env: Record<string, string | undefined> = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...options.env };
  const input = options.input === undefined ? new Uint8Array() : typeof options.input === 'string' ? Buffer.from(options.input) : options.input;
  const now = options.now instanceof Date ? options.now.getTime() : options.now;
  const io: Io = {
    stdout,
    stderr,
    stdin: { isTTY: false, readAll: () => input },
    env,
    cwd: options.cwd ?? '/',
    now: () => now ?? Date.now(),
    onSignals: () => () => {},
  };
  const code = await main(['node', 'beredskab', ...args], io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** A copy of the shipped roster in a new temporary folder, for a test that edits it. */
export function shippedCopy(prefix: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = join(dir, 'roster.yaml');
  copyFileSync(join(ROOT, 'roster.yaml'), file);
  return { dir, file };
}
