/**
 * The edit lock: `.<name>.lock` beside the file, created exclusively, holding the pid and host of its holder. A lock
 * whose holder no longer exists on this machine (killed with `kill -9`, a machine that lost power) is taken over; a
 * live holder's, or one from another host, is respected.
 */
import { closeSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { processAlive, writeAll } from './atomic.js';

export type LockResult = { held: true; release: () => void; tookOver: boolean } | { held: false; lock: string; pid?: number; code: string };

export function lockPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.lock`);
}

/** Takes the lock on `path` (a real path). Never waits: a lock held by a live process is `held: false`, code EEXIST. */
export function acquireLock(path: string): LockResult {
  const lock = lockPathFor(path);
  let tookOver = false;
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(lock, 'wx', 0o600);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      if (code !== 'EEXIST') return { held: false, lock, code };
      const holder = holderOf(lock);
      if (holder === 'gone') continue;
      if (holder === undefined && !abandoned(lock)) return { held: false, lock, code };
      if (holder !== undefined && (holder.host !== hostname() || holder.pid === process.pid || processAlive(holder.pid))) {
        return { held: false, lock, code, pid: holder.pid };
      }
      // Its holder is dead: nothing is being written, so the lock is taken over.
      rmSync(lock, { force: true });
      tookOver = true;
      continue;
    }
    try {
      writeAll(fd, `${process.pid}\n${hostname()}\n`);
    } catch {
      // A lock without a pid still locks; it just cannot be told stale later.
    } finally {
      closeSync(fd);
    }
    return { held: true, tookOver, release: () => rmSync(lock, { force: true }) };
  }
  return { held: false, lock, code: 'EEXIST' };
}

/**
 * A lock without a pid (made by an earlier version, or its holder died between creating and filling it) that has not
 * been touched for a minute: an edit holds its lock for well under a second.
 */
function abandoned(lock: string): boolean {
  try {
    return Date.now() - statSync(lock).mtimeMs > 60_000;
  } catch {
    return false;
  }
}

/** The pid and host in a lock file; undefined when it has none (an older version's empty lock), 'gone' when it vanished. */
function holderOf(lock: string): { pid: number; host: string } | undefined | 'gone' {
  let text: string;
  try {
    text = readFileSync(lock, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : undefined;
  }
  const [pid, host] = text.split('\n');
  if (!pid || !/^\d+$/.test(pid) || !host) return undefined;
  return { pid: Number(pid), host };
}
