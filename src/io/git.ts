import { createRequire } from 'node:module';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { MAX_FILE_BYTES, readRosterBytes, type ReadOptions } from '../roster/file.js';
import { IoError, type IoProblem } from './problem.js';

const refused = (problem: IoProblem) => new IoError(problem, 'usage');

/** node:child_process, loaded when git is run: `diff` of two plain files starts without it. */
function childProcess(): typeof import('node:child_process') {
  return createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
}

/** A roster version named on the command line: its bytes and the name diagnostics show. */
export interface Version {
  bytes: Uint8Array;
  name: string;
}

function git(args: string[], cwd: string) {
  return childProcess().spawnSync('git', args, { cwd, maxBuffer: MAX_FILE_BYTES + 1, encoding: 'buffer' });
}

function firstLine(result: ReturnType<typeof git>): string {
  return (result.stderr?.toString() || String(result.error?.message ?? '')).trim().split('\n')[0] ?? '';
}

/**
 * The roster file at a git ref. Nothing from the command line reaches git as an option: a ref starting with '-' is
 * refused, the ref is resolved with `rev-parse --verify --end-of-options REF^{commit}`, and only the commit id it
 * gives is passed on. The path is made relative to the repository that holds the file, whatever the working
 * directory and whether it was given absolute or relative.
 */
export function readFromGit(ref: string, path: string, spec: string, cwd: string): Version {
  if (ref === '' || ref.startsWith('-')) throw refused({ code: 'git-bad-ref', ref });
  const absolute = resolve(cwd, path);
  // Ask git in the file's directory (or its nearest existing parent): that is the repository the file belongs to.
  let dir = dirname(absolute);
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  const top = git(['rev-parse', '--show-toplevel'], dir);
  if (top.status !== 0) throw refused({ code: 'git-missing', spec, reason: firstLine(top) });
  const root = top.stdout.toString().trim();
  // git names the top level by its real path; so must the file be, or a symlinked directory (/tmp) would lie outside.
  const inRepo = relative(root, join(realpathSync(dir), relative(dir, absolute))).split('\\').join('/');
  if (inRepo.startsWith('../') || inRepo === '..') throw refused({ code: 'git-outside', spec, root });
  const commit = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root);
  if (commit.status !== 0) throw refused({ code: 'git-no-such-ref', spec, ref });
  const id = commit.stdout.toString().trim();
  if (!/^[0-9a-f]{40,64}$/.test(id)) throw refused({ code: 'git-no-such-ref', spec, ref });
  const show = git(['show', `${id}:${inRepo}`], root);
  if (show.status !== 0) throw refused({ code: 'git-missing', spec, reason: firstLine(show) });
  if (show.stdout.length > MAX_FILE_BYTES) throw refused({ code: 'git-too-large', size: show.stdout.length, max: MAX_FILE_BYTES });
  return { bytes: show.stdout, name: spec };
}

/** A version given as an existing file, or else as REF:path read from git. */
export async function readVersion(spec: string, cwd: string, options: ReadOptions = {}): Promise<Version> {
  const gitSpec = /^([^:]*):(.+)$/.exec(spec);
  if (gitSpec && !existsSync(resolve(cwd, spec))) return readFromGit(gitSpec[1]!, gitSpec[2]!, spec, cwd);
  return { bytes: await readRosterBytes(resolve(cwd, spec), spec, options), name: spec };
}

/** One commit that changed a file: its id (as git printed it) and its commit time (ISO 8601 with offset). */
export interface FileCommit {
  id: string;
  date: string;
}

/** A file's history in the repository that holds it: its commits oldest first, and a way to read it at each. */
export interface FileHistory {
  commits: FileCommit[];
  /** The file's bytes at one of `commits`; undefined when git cannot give them or they are over the size limit. */
  at(id: string): Uint8Array | undefined;
}

/**
 * The commits that changed a file, read with `git log -- PATH`; undefined when the file is not in a repository. The
 * path goes after `--`, and only commit ids git itself printed (checked to be hex) are passed back to it.
 */
export function fileHistory(path: string): FileHistory | undefined {
  const absolute = path;
  const dir = dirname(absolute);
  if (!existsSync(dir)) return undefined;
  const top = git(['rev-parse', '--show-toplevel'], dir);
  if (top.status !== 0) return undefined;
  const root = top.stdout.toString().trim();
  const inRepo = relative(root, join(realpathSync(dir), relative(dir, absolute))).split('\\').join('/');
  if (inRepo.startsWith('../') || inRepo === '..') return undefined;
  const log = childProcess().spawnSync('git', ['log', '--format=%H %cI', '--', inRepo], { cwd: root, encoding: 'utf8', maxBuffer: MAX_FILE_BYTES * 4 });
  if (log.status !== 0) return undefined;
  const commits = log.stdout
    .split('\n')
    .map((line) => /^([0-9a-f]{40,64}) (\S+)$/.exec(line.trim()))
    .flatMap((m) => (m ? [{ id: m[1]!, date: m[2]! }] : []))
    .reverse();
  const known = new Set(commits.map((c) => c.id));
  return {
    commits,
    at(id) {
      if (!known.has(id)) return undefined;
      const show = git(['show', `${id}:${inRepo}`], root);
      return show.status === 0 && show.stdout.length <= MAX_FILE_BYTES ? show.stdout : undefined;
    },
  };
}
