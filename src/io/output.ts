/**
 * Where every command's output goes: the one way a command writes a file.
 *
 *   await writeOutput(target, content, { inputs: [rosterPath], lang })
 *
 * - `target` undefined or '-': standard output.
 * - The target is one of `inputs` (the same file: through a symlink, a hard link or another path): refused with a
 *   UsageError (exit 2), nothing written. Pass every file the command read.
 * - A FIFO, a character device (/dev/null, /dev/tty), /dev/stdout …: written in place, never replaced by a file.
 * - A journal folder or a folder inside one (the one the command would use, journal/ beside the roster or in the working directory,
 *   BEREDSKAB_JOURNAL, or any folder holding activation files) is never written into: UsageError, exit 2.
 * - A regular file, or a new one: replaced through io/atomic.ts (a temporary file in the same directory, opened
 *   exclusively, every byte written and flushed, then renamed over the real path: the old content or the new, never
 *   half of either). It keeps the mode of the file it replaces; a new file is made 0600, since every report holds
 *   names and phone numbers. A symlink stays a symlink and its target gets the new content.
 * - Errors: EPIPE on standard output stops quietly (the reader has gone, as with `| head`); any other write error is
 *   an OutputError, which main() prints as one line with exit 70 (a full disk leaves the old file byte for byte).
 *   A directory that does not exist, or a directory as the target, is a UsageError (exit 2).
 */
import { fstatSync, lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { messages, type Lang } from '../i18n/index.js';
import { ioMessages } from '../i18n/io.js';
import { codeOf, isNoSpace, replaceFile, writeInPlace } from './atomic.js';
import { ACTIVATION_ID } from '../journal/schema.js';
import { shellMessages } from '../i18n/shell.js';
import { OutputError, UsageError } from '../cli/exit.js';

export interface WriteOptions {
  /** Every file the command read; the output may not be any of them. */
  inputs: readonly string[];
  lang: Lang;
  /** What the file holds, said after its name once it is written ("1 side A4"). */
  detail?: string;
  /** The journal folder the command uses (--journal), when it has one. */
  journal?: string;
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
  const journal = journalFolderOf(real, options);
  if (journal !== undefined) throw new UsageError(ioMessages(options.lang).output.intoJournal(target, journal));
  try {
    // A FIFO or a device (/dev/null, /dev/stdout, a terminal) is written where it is, never replaced by a file.
    if (stat && !stat.isFile()) writeInPlace(target, content);
    else replaceFile(real, content, { existing: stat, mode: 0o600 });
  } catch (error) {
    const code = codeOf(error);
    const io = ioMessages(options.lang);
    if (!stat) throw new OutputError(isNoSpace(error) ? io.write.noSpaceNew(target, code) : io.write.failedNew(target, code));
    throw new OutputError(isNoSpace(error) ? io.write.noSpace(target, code) : io.write.failed(target, code));
  }
  // A file written is said once, so a coordinator knows where to look; a device or a pipe is not a file to find.
  if (!stat || stat.isFile()) process.stderr.write(say.output.wrote(target, options.detail) + '\n');
}

/**
 * The journal folder `real` would land in, or undefined: a folder the command would use (--journal,
 * BEREDSKAB_JOURNAL, journal/ beside an input or in the working directory), or any folder that holds an activation
 * file; a file named like an activation is one wherever it is.
 */
function journalFolderOf(real: string, options: WriteOptions): string | undefined {
  const dir = dirname(real);
  if (isActivationFile(basename(real))) return dir;
  const known = options.inputs.map((input) => join(dirname(resolve(input)), 'journal'));
  known.push(resolve('journal'));
  if (process.env.BEREDSKAB_JOURNAL) known.push(resolve(process.env.BEREDSKAB_JOURNAL));
  if (options.journal) known.push(resolve(options.journal));
  // A folder inside a journal folder is inside the journal too.
  for (let at = dir; ; at = dirname(at)) {
    const named = known.find((folder) => sameDirectory(at, folder));
    if (named !== undefined) return named;
    if (dirname(at) === at) break;
  }
  try {
    if (readdirSync(dir).some(isActivationFile)) return dir;
  } catch {
    // A folder that cannot be listed holds no journal we could tell; the write itself says what is wrong.
  }
  return undefined;
}

function isActivationFile(name: string): boolean {
  return name.endsWith('.jsonl') && ACTIVATION_ID.test(name.slice(0, -'.jsonl'.length));
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

