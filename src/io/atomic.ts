/**
 * The one way this program puts bytes in a file. Every writer goes through here: roster edits, `init`, --output
 * files, the lint cache and the activation journal.
 *
 * - writeAll: write(2) may write less than it was given (a nearly full disk writes 8,192 of 12,955 bytes); the rest is
 *   written until every byte is out, and a write that cannot go on (ENOSPC, EDQUOT, EIO) throws.
 * - replaceFile: a temporary file beside the target (our name, with the writer's pid, opened exclusively so nothing
 *   planted is followed), every byte written, flushed to disk, then renamed over the target. On any failure the
 *   temporary file is removed and the target is byte for byte what it was.
 * - createFile: the same, linked into place only where nothing is yet: an existing file is never touched.
 * - appendLine: one entry at the end of an append-only file; a short write is completed, and a failed one is cut
 *   off again so that no torn line is left.
 *
 * A failure is a WriteFailure carrying the errno code; the commands turn it into one line and exit 70.
 */
import { closeSync, fchmodSync, fchownSync, fstatSync, fsyncSync, ftruncateSync, linkSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

/** node:crypto, loaded when a temporary name is first needed: a command that writes no file starts without it. */
function randomBytes(size: number): Buffer {
  return (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).randomBytes(size);
}

/** A write that did not happen; `code` is the errno code (ENOSPC, EDQUOT, EACCES …) or a short description. */
export class WriteFailure extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super(`${path}: ${code}`);
  }
}

/** Whether `path` is a directory (following links); false when it cannot be looked at. */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function codeOf(error: unknown): string {
  if (error instanceof WriteFailure) return error.code;
  return (error as NodeJS.ErrnoException)?.code ?? String((error as Error)?.message ?? error);
}

/** Whether the failure is a full disk or an exhausted quota. */
export function isNoSpace(error: unknown): boolean {
  const code = codeOf(error);
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/** Writes every byte, however many calls it takes. A call that writes nothing and reports no error is an EIO. */
export function writeAll(fd: number, content: string | Uint8Array): void {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  let offset = 0;
  while (offset < bytes.length) {
    const n = writeSync(fd, bytes, offset, bytes.length - offset);
    if (!(n > 0)) throw Object.assign(new Error('write made no progress'), { code: 'EIO' });
    offset += n;
  }
}

/** `.name.<pid>-<random>.tmp` beside `path`: whose it is can be told by the pid, should its writer die. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(8).toString('hex')}.tmp`);
}

const TEMP = /^\.(.+)\.(\d+)-[0-9a-f]{16}\.tmp$/;
/** The names an earlier version gave its temporary files: a random hex part without a pid. */
const LEGACY_TEMP = /^\.(.+)\.[0-9a-f]{8,}\.tmp$/;

/** Whether a process with this id exists on this machine (one we may not signal exists too). */
export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files of `path` that a writer killed before its rename left behind: ours by name, and of a
 * process that no longer exists. With `legacy`, also the names without a pid (only safe while holding the edit lock).
 * Returns the names removed. Never throws: leftovers are untidy, not a reason to refuse a write.
 */
export function removeStaleTemps(path: string, options: { legacy?: boolean } = {}): string[] {
  const dir = dirname(path);
  const base = basename(path);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const ours = TEMP.exec(name);
    const stale = ours ? ours[1] === base && Number(ours[2]) !== process.pid && !processAlive(Number(ours[2])) : options.legacy === true && LEGACY_TEMP.exec(name)?.[1] === base;
    if (!stale) continue;
    try {
      rmSync(join(dir, name));
      removed.push(name);
    } catch {
      // Someone else removed it, or it cannot be removed: either way nothing to do here.
    }
  }
  return removed;
}

export interface ReplaceOptions {
  /** The file being replaced (stat of `path`): its mode, and as root its owner, are kept exactly. */
  existing?: Stats;
  /** The mode of a new file (through the umask). 0o600 for anything holding personal data. */
  mode?: number;
  /** Checked after the bytes are on disk and right before the rename; throwing stops the write. */
  beforeRename?: () => void;
}

/** Replaces `path` (a real path, links already followed) with `content`, atomically. */
export function replaceFile(path: string, content: string | Uint8Array, options: ReplaceOptions = {}): void {
  removeStaleTemps(path);
  const tmp = tempPathFor(path);
  writeTemp(tmp, content, options);
  try {
    options.beforeRename?.();
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  try {
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw wrap(path, error);
  }
}

/**
 * Creates `path` with `content`, atomically, only if nothing (not even a dangling link) is there: the complete file
 * appears at once or not at all. Throws a WriteFailure with code EEXIST when something is in the way.
 */
export function createFile(path: string, content: string | Uint8Array, mode: number): void {
  removeStaleTemps(path);
  const tmp = tempPathFor(path);
  writeTemp(tmp, content, { mode });
  try {
    linkSync(tmp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    rmSync(tmp, { force: true });
    // A file system without hard links (some network and FAT mounts): created exclusively in place instead.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'EXDEV') return createInPlace(path, content, mode);
    throw wrap(path, error);
  }
  rmSync(tmp, { force: true });
}

function createInPlace(path: string, content: string | Uint8Array, mode: number): void {
  let fd: number;
  try {
    fd = openSync(path, 'wx', mode);
  } catch (error) {
    throw wrap(path, error);
  }
  try {
    writeAll(fd, content);
    fsyncSync(fd);
    closeSync(fd);
  } catch (error) {
    closeSync(fd);
    // The file is ours, made a moment ago: a half-written file is worse than none.
    rmSync(path, { force: true });
    throw wrap(path, error);
  }
}

function writeTemp(tmp: string, content: string | Uint8Array, options: ReplaceOptions): void {
  const existing = options.existing;
  const mode = existing ? existing.mode & 0o7777 : (options.mode ?? 0o600);
  let fd: number;
  try {
    fd = openSync(tmp, 'wx', mode);
  } catch (error) {
    throw wrap(tmp, error);
  }
  try {
    if (existing) {
      // The mode is kept exactly (open() applies the umask); root replacing another user's file gives it back to them.
      fchmodSync(fd, existing.mode & 0o7777);
      if (process.getuid?.() === 0) fchownSync(fd, existing.uid, existing.gid);
    }
    writeAll(fd, content);
    fsyncSync(fd);
    closeSync(fd);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // Already closed, or the close itself failed: the file is removed below either way.
    }
    rmSync(tmp, { force: true });
    throw wrap(tmp, error);
  }
}

/** Writes into a FIFO or a device where it is (/dev/null, a terminal): there is no file to replace. */
export function writeInPlace(path: string, content: string | Uint8Array): void {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw wrap(path, error);
  }
  try {
    writeAll(fd, content);
  } catch (error) {
    throw wrap(path, error);
  } finally {
    closeSync(fd);
  }
}

/**
 * Appends `line` to the file open on `fd` (opened with O_APPEND), then flushes it. With O_APPEND the kernel puts the
 * first write at the end as a whole; a short write is completed by further writes. When the rest cannot be written
 * (a full disk), the file is cut back to its size before, so no half entry is left, and a WriteFailure is thrown.
 */
export function appendLine(fd: number, path: string, line: string | Uint8Array): void {
  const bytes = typeof line === 'string' ? Buffer.from(line, 'utf8') : line;
  const before = fstatSync(fd).size;
  try {
    writeAll(fd, bytes);
    fsyncSync(fd);
  } catch (error) {
    try {
      // Only what this write added: an entry another writer appended meanwhile stays.
      if (fstatSync(fd).size <= before + bytes.length) ftruncateSync(fd, before);
    } catch {
      // The cut is a courtesy; the reader reports a torn last line anyway.
    }
    throw wrap(path, error);
  }
}

function wrap(path: string, error: unknown): WriteFailure {
  return error instanceof WriteFailure ? error : new WriteFailure(path, codeOf(error));
}
