import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { appendLine, codeOf, isDirectory } from '../io/atomic.js';
import type { DateTime } from 'luxon';
import { ACTIVATION_ID, JOURNAL_SCHEMA_VERSION, journalEventSchema, isActivationId, isDrillId, type JournalEvent, type JournalLevel, type NewEvent } from './schema.js';
import { summarise, type ActivationSummary } from './summary.js';

/**
 * The activation journal on disk: one JSON Lines file per activation, `<id>.jsonl`, in one directory. Lines are only
 * ever appended, each through appendLine (io/atomic.ts) on a descriptor opened with O_APPEND: one write(2) that the
 * kernel places at the end as a whole, completed should it come back short, and cut off again when the disk is full,
 * so a failed append leaves no torn line. A writer killed mid-write leaves at most its own last line torn.
 */

/** A journal file larger than this is not read (reported as unreadable): no activation writes anything near it. */
export const MAX_JOURNAL_BYTES = 16 * 1024 * 1024;

/** Why a journal operation was refused: the command shell turns these into sentences. */
export class JournalError extends Error {
  constructor(
    readonly problem: 'bad-id' | 'missing' | 'not-a-file' | 'write-failed' | 'read-failed' | 'exists' | 'no-space',
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`);
  }
}

/** A line that could not be read as an entry, with where it is. The caller turns the code into a sentence. */
export interface JournalDiagnostic {
  file: string;
  line: number;
  code:
    | 'journal-torn'
    | 'journal-json'
    | 'journal-not-entry'
    | 'journal-version'
    | 'journal-schema'
    | 'journal-unknown-field'
    | 'journal-foreign'
    | 'journal-drill-mismatch'
    | 'journal-no-start'
    | 'journal-second-start'
    | 'journal-unreadable';
  /**
   * Words of the file, never of a library: the fields at fault for schema errors, the column for JSON errors, the
   * version found, the other activation's id, 'drill' or 'real' for what a line says it is.
   */
  detail: string;
  /** For journal-unreadable because of its size: the file's size in bytes. */
  size?: number;
  /** For journal-unreadable because the name is not a regular file (a FIFO, a device, a folder or a link). */
  notRegular?: true;
}

export interface ReadActivation {
  id: string;
  file: string;
  events: JournalEvent[];
  diagnostics: JournalDiagnostic[];
}

const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;

function activationFile(dir: string, id: string): string {
  // The id is the only part of the path that varies, and it is checked against a pattern without '/' or '..'.
  if (!isActivationId(id)) throw new JournalError('bad-id', id);
  return join(dir, `${id}.jsonl`);
}

/**
 * Creates the directory readable by its owner only (an existing directory is left as it is). Only the directory
 * itself, not its parents: a journal named in a place that does not exist is a typing mistake to report.
 */
function ensureJournalDir(dir: string): void {
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && isDirectory(dir)) return;
    throw new JournalError('write-failed', `${dir}: ${code === 'EEXIST' ? 'ENOTDIR' : (code ?? (error as Error).message)}`);
  }
}

function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

export interface StartOptions {
  level: JournalLevel;
  /** The moment of activation, in the roster's zone: the id carries its local date and time. */
  at: DateTime;
  /** The clock when the entry is written. */
  recorded?: string;
  by?: string;
  reason?: string;
  drill?: boolean;
  /** Four hex digits; random unless given (tests). */
  suffix?: () => string;
}

/** Opens a new activation: creates its file exclusively with the `start` entry and returns the id. */
export function startActivation(dir: string, options: StartOptions): string {
  ensureJournalDir(dir);
  const stamp = options.at.toFormat("yyyy-MM-dd'T'HHmm");
  const suffix = options.suffix ?? (() => randomBytes(2).toString('hex'));
  for (let attempt = 0; attempt < 50; attempt++) {
    const id = `${stamp}-${options.level}${options.drill ? '-drill' : ''}-${suffix()}`;
    const file = activationFile(dir, id);
    let fd: number;
    try {
      fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_APPEND | O_NOFOLLOW, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw new JournalError('write-failed', `${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    try {
      const event: NewEvent = {
        type: 'start',
        level: options.level,
        at: iso(options.at),
        ...(options.recorded ? { recorded: options.recorded } : {}),
        ...(options.by ? { by: options.by } : {}),
        ...(options.reason ? { reason: options.reason } : {}),
      };
      writeLine(fd, file, lineOf(id, event), false);
    } catch (error) {
      closeSync(fd);
      // The file was made a moment ago and holds no entry: an activation without its start is no activation.
      rmSync(file, { force: true });
      throw error;
    }
    closeSync(fd);
    return id;
  }
  throw new JournalError('exists', stamp);
}

/** A moment as the journal writes it: ISO 8601 with seconds and the UTC offset. */
export function iso(at: DateTime): string {
  return at.toISO({ suppressMilliseconds: true, includeOffset: true })!;
}

function lineOf(id: string, event: NewEvent): string {
  const full = { schemaVersion: JOURNAL_SCHEMA_VERSION, activation: id, ...(isDrillId(id) ? { drill: true } : {}), ...event };
  // Validate before writing: what is written must read back.
  const checked = journalEventSchema().safeParse(full);
  if (!checked.success) throw new JournalError('write-failed', checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  // JSON.stringify escapes newlines inside strings, so an entry is always exactly one line.
  return JSON.stringify(full) + '\n';
}

/**
 * Appends one entry to an existing activation. The file must already exist (it is never created here) and must be a
 * regular file, not a link. Earlier lines are never touched: the entry goes out in one write at the end of the file.
 */
export function appendEvent(dir: string, id: string, event: NewEvent): void {
  const file = activationFile(dir, id);
  const line = lineOf(id, event);
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDWR | constants.O_APPEND | O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new JournalError('missing', id);
    if (code === 'ELOOP') throw new JournalError('not-a-file', file);
    throw new JournalError('write-failed', `${file}: ${code ?? (error as Error).message}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new JournalError('not-a-file', file);
    writeLine(fd, file, line, endsTorn(fd, stat.size));
  } finally {
    closeSync(fd);
  }
}

/** Whether the file's last byte is not a newline: a writer died mid-line, and the next entry must start on a new one. */
function endsTorn(fd: number, size: number): boolean {
  if (size === 0) return false;
  const last = Buffer.alloc(1);
  readSync(fd, last, 0, 1, size - 1);
  return last[0] !== 0x0a;
}

function writeLine(fd: number, file: string, line: string, newlineFirst: boolean): void {
  // One buffer: with O_APPEND the kernel places it at the end as a whole.
  try {
    appendLine(fd, file, newlineFirst ? '\n' + line : line);
  } catch (error) {
    const code = codeOf(error);
    throw new JournalError(code === 'ENOSPC' || code === 'EDQUOT' ? 'no-space' : 'write-failed', `${file}: ${code}`);
  }
}

/**
 * Every activation id in the directory, oldest first; a missing directory has none. Other files are ignored. A name
 * that looks like an activation but is no regular file (a FIFO, a device, a folder, a link) is left out, and its
 * name is added to `skipped` when given: it is never opened, so it cannot hang a reader.
 */
export function listActivations(dir: string, skipped?: string[]): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new JournalError('read-failed', `${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const ids: string[] = [];
  for (const name of names) {
    if (!name.endsWith('.jsonl')) continue;
    const id = name.slice(0, -'.jsonl'.length);
    if (!ACTIVATION_ID.test(id)) continue;
    if (!isRegularFile(join(dir, name))) {
      skipped?.push(name);
      continue;
    }
    ids.push(id);
  }
  return ids.sort();
}

/** Reads one activation: every valid entry, and a diagnostic for every line that is not one. Never throws on content. */
export function readActivation(dir: string, id: string, fileName?: string): ReadActivation {
  const file = activationFile(dir, id);
  const name = fileName ?? file;
  let text: string;
  try {
    text = readWhole(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new JournalError('missing', id);
    const size = (error as { size?: number }).size;
    // ELOOP: O_NOFOLLOW met a symlink in the activation's place.
    const notRegular = code === 'ENOTREG' || code === 'ELOOP' || code === 'EISDIR';
    const extra = { ...(size !== undefined ? { size } : {}), ...(notRegular ? { notRegular: true as const } : {}) };
    return { id, file, events: [], diagnostics: [{ file: name, line: 0, code: 'journal-unreadable', detail: code ?? (error as Error).message, ...extra }] };
  }
  return { id, file, ...parseJournal(text, id, name) };
}

function readWhole(file: string): string {
  // O_NONBLOCK: a FIFO put in the journal's place opens at once instead of waiting for a writer, and is refused below.
  const fd = openSync(file, constants.O_RDONLY | O_NOFOLLOW | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
    if (stat.size > MAX_JOURNAL_BYTES) throw Object.assign(new Error('too large'), { code: 'EFBIG', size: stat.size });
    // Room for the size the file reports and a byte more, so that a file still growing is read to its end.
    const chunks: Buffer[] = [];
    let size = stat.size + 1;
    for (;;) {
      const chunk = Buffer.allocUnsafe(size);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      size = 1 << 16;
    }
    return chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The pure part of reading: text → entries and diagnostics, lines numbered from 1. */
export function parseJournal(text: string, id: string, file: string): { events: JournalEvent[]; diagnostics: JournalDiagnostic[] } {
  const events: JournalEvent[] = [];
  const diagnostics: JournalDiagnostic[] = [];
  const lines = text.split('\n');
  // After the last newline comes '' for a whole file; anything else is a line whose writer never finished it.
  const tail = lines.pop()!;
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    // A blank line is what a writer leaves when it ends a torn line before its own entry: not an entry, not damage.
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      // The parser's own sentence is English; the column it names, where it names one, is what the reader needs.
      const at = /position (\d+)/.exec((error as Error).message);
      diagnostics.push({ file, line: lineNo, code: 'journal-json', detail: at ? String(Number(at[1]) + 1) : '' });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !('schemaVersion' in value)) {
      diagnostics.push({ file, line: lineNo, code: 'journal-not-entry', detail: '' });
      return;
    }
    const version = (value as { schemaVersion?: unknown }).schemaVersion;
    if (version !== JOURNAL_SCHEMA_VERSION) {
      diagnostics.push({ file, line: lineNo, code: 'journal-version', detail: JSON.stringify(version) });
      return;
    }
    const parsed = journalEventSchema().safeParse(value);
    if (!parsed.success) {
      // The fields at fault, named as the file names them; zod's sentences are English.
      const name = (path: PropertyKey[]) => path.map(String).join('.');
      const unknown = parsed.error.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys.map((k) => name([...i.path, k])) : []));
      const fields = [...new Set(parsed.error.issues.filter((i) => i.code !== 'unrecognized_keys').map((i) => name(i.path)))];
      if (unknown.length > 0 && fields.length === 0) diagnostics.push({ file, line: lineNo, code: 'journal-unknown-field', detail: unknown.join(', ') });
      else diagnostics.push({ file, line: lineNo, code: 'journal-schema', detail: fields.filter(Boolean).join(', ') });
      return;
    }
    const event = parsed.data;
    if (event.activation !== id) {
      diagnostics.push({ file, line: lineNo, code: 'journal-foreign', detail: event.activation });
      return;
    }
    if ((event.drill === true) !== isDrillId(id)) {
      diagnostics.push({ file, line: lineNo, code: 'journal-drill-mismatch', detail: event.drill === true ? 'drill' : 'real' });
      return;
    }
    if (event.type === 'start' && events.length > 0) {
      diagnostics.push({ file, line: lineNo, code: 'journal-second-start', detail: '' });
      return;
    }
    if (event.type !== 'start' && events.length === 0) {
      diagnostics.push({ file, line: lineNo, code: 'journal-no-start', detail: event.type });
    }
    events.push(event);
  });
  if (tail !== '') diagnostics.push({ file, line: lines.length + 1, code: 'journal-torn', detail: tail.length > 60 ? tail.slice(0, 60) + '…' : tail });
  return { events, diagnostics };
}

export type OpenActivation = { kind: 'one'; id: string } | { kind: 'none' } | { kind: 'several'; ids: string[] } | { kind: 'unknown'; files: string[] };

/**
 * The activation an entry without --activation goes to: the one that has neither been closed nor interrupted.
 * None or several open is for the user to resolve; the journal never guesses. When no readable activation is open
 * but a file cannot be read at all, the open one may be that file: 'unknown', naming the files.
 */
export function findOpenActivation(dir: string): OpenActivation {
  const open: string[] = [];
  const unreadable: string[] = [];
  for (const id of listActivations(dir)) {
    const read = readActivation(dir, id);
    if (read.diagnostics.some((d) => d.code === 'journal-unreadable')) unreadable.push(`${id}.jsonl`);
    else if (summariseFile(id, read)?.open) open.push(id);
  }
  if (open.length === 1) return { kind: 'one', id: open[0]! };
  if (open.length > 1) return { kind: 'several', ids: open };
  if (unreadable.length > 0) return { kind: 'unknown', files: unreadable };
  return { kind: 'none' };
}

function summariseFile(id: string, read: ReadActivation): ActivationSummary | undefined {
  return summarise(id, read.events);
}
