import { readFileSync } from 'node:fs';

/**
 * Everything a command reads from or writes to its process, passed to main() and from there to every runner: the
 * real process in bin/beredskab.js (processIo), a fake one in the tests, which run commands in-process. Nothing else
 * in the program touches process.stdout, process.stderr, process.stdin, process.env, process.cwd() or the clock.
 */
export interface Io {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly stdin: InputStream;
  /** The environment: BEREDSKAB_ROSTER, BEREDSKAB_JOURNAL, NO_COLOR, HOME, XDG_CACHE_HOME … */
  readonly env: Env;
  /** The working directory: every relative path on the command line is resolved against it. */
  readonly cwd: string;
  /** The clock, in milliseconds since 1970 (UTC). */
  now(): number;
  /** Calls `handler` on SIGINT, SIGTERM and SIGHUP until the returned function is called. */
  onSignals(handler: (signal: NodeJS.Signals) => void): () => void;
  /** Sets the exit code of a process that has already been given one: a write to stdout that failed after the end. */
  exitLater?(code: number): void;
}

export type Env = Readonly<Record<string, string | undefined>>;

export interface OutputStream {
  /** As a Node stream's write: `done` is called once the chunk is handed on, with the error if it could not be. */
  write(chunk: string | Uint8Array, done?: (error?: Error | null) => void): boolean;
  readonly isTTY?: boolean;
  /** A terminal's width, for help texts. */
  readonly columns?: number;
  /** Errors that come after a write returned (EPIPE, ENOSPC); a fake stream has none. */
  on?(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

export interface InputStream {
  readonly isTTY?: boolean;
  /** All of standard input, read at once (a pipe, a file): throws the read's error. */
  readAll(): Uint8Array;
  /** The stream itself, for a terminal prompt (the drill). */
  readonly stream?: NodeJS.ReadableStream;
}

export const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** The real process. */
export function processIo(): Io {
  return {
    stdout: process.stdout,
    // Made when first written to: a command that says nothing on stderr does not open it (Node makes it on first use).
    get stderr() {
      return process.stderr;
    },
    stdin: {
      get isTTY() {
        return Boolean(process.stdin.isTTY);
      },
      // By its descriptor: /dev/stdin cannot be opened when it is a socket (a parent process's pipe), ENXIO.
      readAll: () => readFileSync(0),
      get stream() {
        return process.stdin;
      },
    },
    env: process.env,
    cwd: process.cwd(),
    now: () => Date.now(),
    onSignals(handler) {
      for (const name of SIGNALS) process.on(name, handler);
      return () => {
        for (const name of SIGNALS) process.off(name, handler);
      };
    },
    exitLater(code) {
      process.once('exit', () => (process.exitCode = code));
    },
  };
}
