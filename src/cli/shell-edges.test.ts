import { describe, expect, it } from 'vitest';
import { main } from '../main.js';
import type { Io, OutputStream } from '../io/stdio.js';
import { run } from '../../tests/run.js';

/** A standard output on a full disk, as Node's stream of a file on it reports it: the write's callback and 'error'. */
function fullDisk(): OutputStream {
  const listeners: Array<(error: NodeJS.ErrnoException) => void> = [];
  return {
    write(_chunk, done) {
      const error = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      queueMicrotask(() => {
        done?.(error);
        for (const listener of listeners) listener(error);
      });
      return false;
    },
    on(_event, listener) {
      listeners.push(listener);
      return this;
    },
  };
}

async function onFullDisk(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const io: Io = {
    stdout: fullDisk(),
    stderr: { write: (chunk) => ((stderr += String(chunk)), true) },
    stdin: { readAll: () => new Uint8Array() },
    env: { NO_COLOR: '1' },
    cwd: '/',
    now: () => Date.now(),
    onSignals: () => () => {},
  };
  const code = await main(['node', 'beredskab', ...args], io);
  return { code, stderr };
}

describe('the help and the version on a standard output that cannot take them', () => {
  it.each([[['--help']], [['activate', '--help', '--lang', 'en']], [['-V']]])('%j: one line and exit 70, as any other output', async (args) => {
    const { code, stderr } = await onFullDisk(args);
    expect(code).toBe(70);
    expect(stderr).toBe(args.includes('en') ? 'beredskab: could not write standard output: ENOSPC\n' : 'beredskab: kunne ikke skrive standardoutput: ENOSPC\n');
  });
});

describe('too many arguments after an option that takes no value', () => {
  it.each([
    [['--no-color', 'status', 'extra'], 'beredskab: for mange argumenter\n'],
    [['activate', '--level', 'red', '--json', 'to', 'ord'], 'beredskab: for mange argumenter\n'],
    [['--lang', 'en', 'person', 'set', 'ida-berg', '--dry-run', 'Ida', 'Berg'], 'beredskab: too many arguments\n'],
  ])('%j: no advice to quote a value the option does not take', async (args, said) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toBe(said);
  });

  it('an option that takes a value still gets the advice', async () => {
    const { code, stderr } = await run(['person', 'set', 'ida-berg', '--title', 'Leder', 'af', 'klubben']);
    expect(code).toBe(2);
    expect(stderr).toBe('beredskab: for mange argumenter: står der mellemrum i en værdi, skal den i anførselstegn, fx --title "Leder af klubben"\n');
  });
});
