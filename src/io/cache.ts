/**
 * The parsed-roster cache that every command reading a roster uses: one file per roster content,
 * `<sha256 of the bytes>.json`, holding the parse of those bytes (a SourceCache for loadRoster). An entry is used only
 * when it was written by this very build for these very bytes and its body is intact; anything else is ignored and
 * written anew. The cache only saves time: an entry that cannot be read or written changes nothing a command says.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { codeOf, replaceFile } from './atomic.js';
import { isAbsolute, join } from 'node:path';
import type { SourceCache } from '../roster/load.js';
import { snapshotFromJson, snapshotToJson, sourceFromSnapshot } from '../roster/snapshot.js';
import type { Source } from '../roster/source.js';
import type { Env } from './stdio.js';

declare const BEREDSKAB_VERSION: string;
declare const BEREDSKAB_BUILD: string;

/** Version of the entry layout below. */
const FORMAT = 1;
/** An entry holds a roster of at most 1 MiB with a position for each node; anything far larger is not one. */
const MAX_ENTRY_BYTES = 32 * 1024 * 1024;

/**
 * Unbundled code (the sources, as the tests load them) has an id of its own, drawn once per load of this module: the
 * commands run in one process share it, as every command of one bundle shares the bundle's.
 */
const UNBUNDLED = `unbundled-${randomBytes(8).toString('hex')}`;

/** This build: the package version and the id `npm run build` gives the bundle, or the unbundled code's id. */
export function currentBuild(): string {
  const version = typeof BEREDSKAB_VERSION === 'string' ? BEREDSKAB_VERSION : '0.0.0';
  const id = typeof BEREDSKAB_BUILD === 'string' ? BEREDSKAB_BUILD : UNBUNDLED;
  return `${version}+${id}`;
}

/**
 * Where the parsed rosters are kept unless told otherwise: the user's cache, `$XDG_CACHE_HOME/beredskab`, or
 * `~/.cache/beredskab` when that is not set (the XDG specification: a relative path is to be ignored).
 */
export function defaultCacheLocation(env: Env, home: string): string {
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(home, '.cache'), 'beredskab');
}

/** Whether the cache is on: it is, unless `--no-cache` was given or BEREDSKAB_CACHE says off (`off`, `0`, `no`, `false`). */
export function cacheWanted(flag: boolean | undefined, env: Env): boolean {
  if (flag === false) return false;
  return !['off', '0', 'no', 'false'].includes((env.BEREDSKAB_CACHE ?? '').trim().toLowerCase());
}

/** Problems a cache nobody asked for keeps to itself: it only saves time, and what a command says stays the same. */
export const SILENT: CacheProblems = { unusable: () => {}, notDirectory: '', notOwn: '', openToOthers: '' };

export interface CacheProblems {
  /** Called at most once, when the directory cannot be made, trusted or written. */
  unusable(reason: string): void;
  notDirectory: string;
  notOwn: string;
  openToOthers: string;
}

interface Header {
  format: number;
  build: string;
  /** sha256 of the roster's bytes. */
  key: string;
  /** sha256 of the body that follows the header line. */
  sum: string;
}

export class RosterCache implements SourceCache {
  /** 'unknown' until first used; then whether entries may be read and written. */
  private state: 'unknown' | 'usable' | 'read-only' | 'unusable' = 'unknown';
  hits = 0;
  misses = 0;

  constructor(
    readonly dir: string,
    private readonly build: string,
    private readonly problems: CacheProblems,
  ) {}

  source(bytes: Uint8Array, parse: () => Source | undefined): Source | undefined {
    const key = createHash('sha256').update(bytes).digest('hex');
    const stored = this.read(key);
    if (stored) {
      this.hits++;
      return stored;
    }
    this.misses++;
    const source = parse();
    if (source) this.write(key, source);
    return source;
  }

  private read(key: string): Source | undefined {
    if (!this.ready()) return undefined;
    const text = readEntry(join(this.dir, `${key}.json`));
    if (text === undefined) return undefined;
    const newline = text.indexOf('\n');
    if (newline < 0) return undefined;
    let header: Partial<Header>;
    try {
      header = JSON.parse(text.slice(0, newline)) as Partial<Header>;
    } catch {
      return undefined;
    }
    if (header === null || typeof header !== 'object') return undefined;
    if (header.format !== FORMAT || header.build !== this.build || header.key !== key) return undefined;
    const body = text.slice(newline + 1);
    if (header.sum !== sha256(body)) return undefined;
    const snapshot = snapshotFromJson(body);
    return snapshot && sourceFromSnapshot(snapshot);
  }

  private write(key: string, source: Source): void {
    if (this.state !== 'usable') return;
    const body = snapshotToJson(source.snapshot());
    if (body === undefined) return;
    const header: Header = { format: FORMAT, build: this.build, key, sum: sha256(body) };
    const path = join(this.dir, `${key}.json`);
    try {
      // Through the one checked write: a random name opened exclusively (nothing planted is followed or reused), every
      // byte written, then a rename that replaces a damaged entry.
      replaceFile(path, `${JSON.stringify(header)}\n${body}`, { mode: 0o600 });
    } catch (error) {
      this.state = 'read-only';
      this.problems.unusable(codeOf(error));
    }
  }

  /** Makes the directory (0700) once, and decides whether it can be trusted. */
  private ready(): boolean {
    if (this.state !== 'unknown') return this.state !== 'unusable';
    const problem = prepareDirectory(this.dir, this.problems);
    this.state = problem === undefined ? 'usable' : 'unusable';
    if (problem !== undefined) this.problems.unusable(problem);
    return this.state === 'usable';
  }
}

/** Undefined when the directory is there (made if need be), a directory, this user's and closed to others; else why not. */
function prepareDirectory(dir: string, problems: CacheProblems): string | undefined {
  try {
    try {
      mkdirSync(dir, { mode: 0o700 });
    } catch (error) {
      const code = codeOf(error);
      if (code === 'ENOENT') {
        // The parents as any directory is made; only the cache itself is closed to others.
        mkdirSync(join(dir, '..'), { recursive: true });
        mkdirSync(dir, { mode: 0o700 });
      } else if (code !== 'EEXIST') throw error;
    }
    const stat = statSync(dir);
    if (!stat.isDirectory()) return problems.notDirectory;
    const uid = process.getuid?.();
    // Entries in a directory that someone else controls could say anything about a roster.
    if (uid !== undefined && stat.uid !== uid) return problems.notOwn;
    // A directory others may write to is not made private behind the user's back (it may be the project, or /): refused.
    if ((stat.mode & 0o022) !== 0) return problems.openToOthers;
    return undefined;
  } catch (error) {
    return codeOf(error);
  }
}

/** An entry's text, or undefined when there is none or it is not a plain file of a plausible size. */
function readEntry(path: string): string | undefined {
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO in an entry's place opens at once and is then refused as no plain file, instead of hanging lint.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_ENTRY_BYTES) return undefined;
    const buffer = Buffer.allocUnsafe(stat.size);
    let offset = 0;
    while (offset < buffer.length) {
      const n = readSync(fd, buffer, offset, buffer.length - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    return buffer.toString('utf8', 0, offset);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
