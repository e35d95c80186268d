/**
 * Where every command's output goes: the one way a command writes a file.
 *
 *   await writeTarget(target, content, { inputs: [rosterPath], cwd, env, stdout })
 *
 * - `target` undefined or '-': standard output.
 * - The target is one of `inputs` (the same file: through a symlink, a hard link or another path): refused with an
 *   IoError of kind usage (exit 2), nothing written. Pass every file the command read.
 * - A FIFO, a character device (/dev/null, /dev/tty), /dev/stdout …: written in place, never replaced by a file.
 * - A .yaml or .yml file, new or existing (by its name or its symlink's target's): refused, exit 2. No command writes
 *   YAML, so it is a plan file (another plan's, not the one read) or another program's, named by mistake.
 * - A journal folder or a folder inside one (the one the command would use, journal/ beside the roster or in the working directory,
 *   BEREDSKAB_JOURNAL, or any folder holding activation files) is never written into: refused, exit 2.
 * - A regular file, or a new one: replaced through io/atomic.ts (a temporary file in the same directory, opened
 *   exclusively, every byte written and flushed, then renamed over the real path: the old content or the new, never
 *   half of either). It keeps the mode of the file it replaces; a new file is made 0600, since every report holds
 *   names and phone numbers. A symlink stays a symlink and its target gets the new content.
 * - Errors: EPIPE on standard output stops quietly (the reader has gone, as with `| head`); any other write error is
 *   a failed write, which main() prints as one line with exit 70 (a full disk leaves the old file byte for byte).
 *   A directory that does not exist, or a directory as the target, is refused (exit 2). Errors are IoErrors.
 */
import { fstatSync, lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { codeOf, isDirectory, isNoSpace, replaceFile, writeInPlace } from './atomic.js';
import { ACTIVATION_ID } from '../journal/id.js';
import { IoError, type IoProblem } from './problem.js';
import type { Env, OutputStream } from './stdio.js';

const refused = (problem: IoProblem) => new IoError(problem, 'usage');
/** A YAML file by its name, as a plan file is named. */
const YAML_FILE = /\.ya?ml$/i;
const failed = (problem: IoProblem) => new IoError(problem, 'failed');

export interface TargetOptions {
  /** Every file the command read; the output may not be any of them. */
  inputs: readonly string[];
  /** The journal folder the command uses (--journal), when it has one. */
  journal?: string;
  /** The working directory a relative target is found from. */
  cwd: string;
  /** For BEREDSKAB_JOURNAL. */
  env: Env;
  stdout: OutputStream;
}

/** Where the content went: a file (new or replaced), a device or pipe written in place, or standard output. */
export type Written = 'file' | 'in-place' | 'stdout';

export async function writeTarget(given: string | undefined, content: string | Uint8Array, options: TargetOptions): Promise<Written> {
  if (given === undefined || given === '-') return writeStdout(options.stdout, content, '-');
  if (given === '') throw refused({ code: 'output-empty' });
  // Messages name the target as given; the file system gets it resolved against the working directory.
  const name = given;
  const target = resolve(options.cwd, given);
  let stat: Stats | undefined;
  try {
    stat = statSync(target);
  } catch (error) {
    const code = codeOf(error);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw failed({ code: 'write-failed', target: name, reason: code });
  }
  // The same file by device and inode: a symlink, a hard link or another spelling of an input is still that input.
  if (stat && options.inputs.some((input) => sameFile(stat!, resolve(options.cwd, input)))) throw refused({ code: 'output-is-input', target: name });
  if (stat?.isDirectory()) throw refused({ code: 'output-is-directory', target: name });
  // No command writes YAML: a .yaml or .yml file named as the output is a plan file (another plan's roster.yaml, say) or
  // another program's settings, named by mistake, and a new one would be taken for a plan: refused, whatever it holds.
  if (YAML_FILE.test(target) || (stat?.isFile() && YAML_FILE.test(realpathSync(target)))) throw refused({ code: 'output-yaml', target: name });
  // /dev/stdout and its kin name this process's own standard output, which may be a socket that cannot be opened.
  if (stat && !stat.isFile() && sameAsFd(stat, 1)) return writeStdout(options.stdout, content, name);
  const real = stat?.isFile() ? realpathSync(target) : realTarget(target);
  // A directory that does not exist is a mistake in the command line, not a failed write.
  if (!stat && !isDirectory(dirname(real))) throw refused({ code: 'write-failed', target: name, reason: 'ENOENT' });
  // An activation journal is appended to by `log`, never written over: not even a file that only lands beside it.
  const journal = journalFolderOf(real, options);
  if (journal !== undefined) throw refused({ code: 'output-into-journal', target: name, journal });
  try {
    // A FIFO or a device (/dev/null, /dev/stdout, a terminal) is written where it is, never replaced by a file.
    if (stat && !stat.isFile()) writeInPlace(target, content);
    else replaceFile(real, content, { existing: stat, mode: 0o600 });
  } catch (error) {
    const reason = codeOf(error);
    throw failed({ code: isNoSpace(error) ? 'write-no-space' : 'write-refused', target: name, reason, existed: stat !== undefined });
  }
  // A device or a pipe is not a file to find.
  return !stat || stat.isFile() ? 'file' : 'in-place';
}

/**
 * The journal folder `real` would land in, or undefined: a folder the command would use (--journal,
 * BEREDSKAB_JOURNAL, journal/ beside an input or in the working directory), or any folder that holds an activation
 * file; a file named like an activation is one wherever it is.
 */
function journalFolderOf(real: string, options: TargetOptions): string | undefined {
  const dir = dirname(real);
  if (isActivationFile(basename(real))) return dir;
  const known = options.inputs.map((input) => join(dirname(resolve(options.cwd, input)), 'journal'));
  known.push(resolve(options.cwd, 'journal'));
  if (options.env.BEREDSKAB_JOURNAL) known.push(resolve(options.cwd, options.env.BEREDSKAB_JOURNAL));
  if (options.journal) known.push(resolve(options.cwd, options.journal));
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

/** Standard output: EPIPE (the reader is gone) ends quietly; other errors are a failed write. */
function writeStdout(stdout: OutputStream, content: string | Uint8Array, name: string): Promise<Written> {
  return new Promise((done, fail) => {
    stdout.write(content, (error) => {
      if (!error) return done('stdout');
      if ((error as NodeJS.ErrnoException).code === 'EPIPE') return done('stdout');
      fail(failed({ code: 'write-failed', target: name, reason: codeOf(error) }));
    });
  });
}

