/**
 * Where every command's output goes: the one way a command writes a file.
 *
 *   await writeOutput(target, content, { inputs: [rosterPath], lang })
 *
 * - `target` undefined or '-': standard output.
 * - The target is one of `inputs` (the same file: through a symlink, a hard link or another path): refused with a
 *   UsageError (exit 2), nothing written. Pass every file the command read.
 * - A FIFO, a character device (/dev/null, /dev/tty), /dev/stdout …: written in place, never replaced by a file.
 * - A regular file, or a new one: written to a temporary file in the same directory (random name, opened with 'wx'
 *   so a planted file or link is never followed), with the mode of the file it replaces (new files: 0o666 & ~umask),
 *   flushed to disk, then renamed over the real path: the old content or the new, never half of either; a symlink
 *   stays a symlink and its target gets the new content.
 * - Errors: EPIPE on standard output stops quietly (the reader has gone, as with `| head`); any other write error is
 *   an OutputError, which main() prints as one line with exit 70. A directory that does not exist, or a directory as
 *   the target, is a UsageError (exit 2).
 */
import { closeSync, fchmodSync, fchownSync, fstatSync, fsyncSync, lstatSync, openSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { messages, type Lang } from '../i18n/index.js';
import { shellMessages } from '../i18n/shell.js';
import { OutputError, UsageError } from './exit.js';

export interface WriteOptions {
  /** Every file the command read; the output may not be any of them. */
  inputs: readonly string[];
  lang: Lang;
}

export async function writeOutput(target: string | undefined, content: string | Uint8Array, options: WriteOptions): Promise<void> {
  const t = messages(options.lang);
  const say = shellMessages(options.lang);
  if (target === undefined || target === '-') return writeStdout(content, (reason) => t.usage.writeFailed(say.output.stdout, reason));
  if (target === '') throw new UsageError(say.output.empty());
  let stat: Stats | undefined;
  try {
    stat = statSync(target);
  } catch (error) {
    const code = codeOf(error);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new OutputError(t.usage.writeFailed(target, code));
  }
  // The same file by device and inode: a symlink, a hard link or another spelling of an input is still that input.
  if (stat && options.inputs.some((input) => sameFile(stat!, input))) throw new UsageError(say.output.isInput(target));
  if (stat?.isDirectory()) throw new UsageError(say.output.isDirectory(target));
  // /dev/stdout and its kin name this process's own standard output, which may be a socket that cannot be opened.
  if (stat && !stat.isFile() && sameAsFd(stat, 1)) return writeStdout(content, (reason) => t.usage.writeFailed(target, reason));
  const real = stat?.isFile() ? realpathSync(target) : realTarget(target);
  // A directory that does not exist is a mistake in the command line, not a failed write.
  if (!stat && !isDirectory(dirname(real))) throw new UsageError(t.usage.writeFailed(target, 'ENOENT'));
  // An activation journal is appended to by `log`, never written over: not even a file that only lands beside it.
  if (journalDirsOf(options.inputs).some((dir) => sameDirectory(dirname(real), dir))) throw new UsageError(say.output.isInput(target));
  try {
    // A FIFO or a device (/dev/null, /dev/stdout, a terminal) is written where it is, never replaced by a file.
    if (stat && !stat.isFile()) writeInPlace(target, content);
    // node:crypto for the temporary file's name, loaded only when a file is written.
    else writeReplacing(real, content, stat, (await import('./random.js')).randomBytes);
  } catch (error) {
    throw new OutputError(t.usage.writeFailed(target, codeOf(error)));
  }
}

/** The journal directories a roster may have: `journal/` beside it, and BEREDSKAB_JOURNAL. */
function journalDirsOf(inputs: readonly string[]): string[] {
  const dirs = inputs.map((input) => join(dirname(resolve(input)), 'journal'));
  if (process.env.BEREDSKAB_JOURNAL) dirs.push(resolve(process.env.BEREDSKAB_JOURNAL));
  return dirs;
}

function sameDirectory(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.isDirectory() && x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

function sameAsFd(stat: Stats, fd: number): boolean {
  try {
    const other = fstatSync(fd);
    return other.dev === stat.dev && other.ino === stat.ino;
  } catch {
    return false;
  }
}

function sameFile(stat: Stats, path: string): boolean {
  try {
    const other = statSync(path);
    return other.dev === stat.dev && other.ino === stat.ino;
  } catch {
    return false;
  }
}

/**
 * The path a write lands on: symlinks followed, also a link to a file that does not exist yet (the file is created
 * where the link points, and the link stays).
 */
function realTarget(target: string): string {
  let path = resolve(target);
  for (let hops = 0; hops < 40; hops++) {
    try {
      if (!lstatSync(path).isSymbolicLink()) break;
      path = resolve(dirname(path), readlinkSync(path));
    } catch {
      break;
    }
  }
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function writeInPlace(path: string, content: string | Uint8Array): void {
  const fd = openSync(path, 'w');
  try {
    writeAll(fd, content);
  } finally {
    closeSync(fd);
  }
}

function writeReplacing(real: string, content: string | Uint8Array, existing: Stats | undefined, randomBytes: (size: number) => Buffer): void {
  const tmp = join(dirname(real), `.${basename(real)}.${randomBytes(12).toString('hex')}.tmp`);
  // The mode is applied by open() through the umask for a new file; for an existing one it is kept exactly (fchmod).
  const fd = openSync(tmp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
  try {
    try {
      if (existing) {
        fchmodSync(fd, existing.mode & 0o7777);
        // Root replacing another user's file gives it back to that user.
        if (process.getuid?.() === 0) fchownSync(fd, existing.uid, existing.gid);
      }
      writeAll(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, real);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

function writeAll(fd: number, content: string | Uint8Array): void {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Standard output: EPIPE (the reader is gone) ends quietly; other errors are an OutputError. */
function writeStdout(content: string | Uint8Array, failed: (reason: string) => string): Promise<void> {
  return new Promise((done, fail) => {
    process.stdout.write(content, (error) => {
      if (!error) return done();
      if ((error as NodeJS.ErrnoException).code === 'EPIPE') return done();
      fail(new OutputError(failed(codeOf(error))));
    });
  });
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String((error as Error).message ?? error);
}
