import { createReadStream, fstatSync, readFileSync, statSync, type Stats } from 'node:fs';
import { fileFinding, type Finding } from './finding.js';

/** The largest roster read: a plan's roster is a few kilobytes; anything near this is not one. */
export const MAX_FILE_BYTES = 1024 * 1024;

export type RosterFileProblem = 'file-missing' | 'file-is-directory' | 'file-unreadable' | 'file-too-large';

/** A roster file that could not be read at all: the command was pointed at the wrong thing (exit 2). */
export class RosterFileError extends Error {
  /** What to tell: the finding about the file. */
  readonly finding: Finding;
  constructor(
    readonly kind: RosterFileProblem,
    readonly file: string,
    details: { size?: number; reason?: string } = {},
  ) {
    super(`${kind}: ${file}`);
    this.finding = fileProblem(kind, file, details);
  }
}

/** The finding about a file itself (missing, a directory, unreadable, too large). */
export function fileProblem(code: RosterFileProblem, file: string, details: { size?: number; reason?: string } = {}): Finding {
  if (code === 'file-too-large') return fileFinding(code, file, { size: details.size ?? 0, max: MAX_FILE_BYTES });
  if (code === 'file-unreadable') return fileFinding(code, file, { file, reason: details.reason ?? '' });
  return fileFinding(code, file, { file });
}

export interface ReadOptions {
  /** Called once when a pipe or FIFO has given nothing for `waitNoticeMs`: its writer may never come. */
  onWait?: () => void;
  waitNoticeMs?: number;
}

/**
 * Reads a roster file once, without trusting it: at most MAX_FILE_BYTES + 1 bytes, so that anything larger is
 * refused rather than read whole. Pipes and FIFOs are read the same way (the bytes read are the only copy: hash them,
 * never read the file again). Throws RosterFileError.
 */
export async function readRosterBytes(path: string, name: string, options: ReadOptions = {}): Promise<Uint8Array> {
  let regular = false;
  let stdin = false;
  try {
    const stat = statSync(path);
    // /dev/stdin names this process's standard input, which may be a socket that cannot be opened: read it as it is.
    stdin = !stat.isFile() && isStdin(stat);
    if (stat.isDirectory()) throw new RosterFileError('file-is-directory', name);
    regular = stat.isFile();
    if (regular && stat.size > MAX_FILE_BYTES) throw new RosterFileError('file-too-large', name, { size: stat.size });
  } catch (error) {
    if (error instanceof RosterFileError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new RosterFileError('file-missing', name);
    throw new RosterFileError('file-unreadable', name, { reason: reasonOf(error) });
  }
  // A regular file is read in one call: a stream costs more to set up than the whole read of a roster.
  if (regular) return readRegular(path, name);
  const chunks: Buffer[] = [];
  let length = 0;
  const stream = stdin ? createReadStream('', { fd: 0, highWaterMark: 64 * 1024, autoClose: false }) : createReadStream(path, { highWaterMark: 64 * 1024 });
  // Opening a FIFO waits for its writer, and a pipe may stay silent: say so instead of hanging without a word.
  const timer = regular || !options.onWait ? undefined : setTimeout(options.onWait, options.waitNoticeMs ?? 2000);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (timer) clearTimeout(timer);
      chunks.push(chunk);
      length += chunk.length;
      if (length > MAX_FILE_BYTES) break;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') throw new RosterFileError('file-is-directory', name);
    throw new RosterFileError('file-unreadable', name, { reason: reasonOf(error) });
  } finally {
    if (timer) clearTimeout(timer);
    stream.destroy();
  }
  // A device or pipe reports no size: it is too large when it gives more than the limit.
  if (length > MAX_FILE_BYTES) throw new RosterFileError('file-too-large', name, { size: length });
  return Buffer.concat(chunks, length);
}

/** A regular file whole; one that grew past the limit since it was looked at is refused as any larger file is. */
function readRegular(path: string, name: string): Uint8Array {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new RosterFileError('file-is-directory', name);
    if (code === 'ENOENT') throw new RosterFileError('file-missing', name);
    throw new RosterFileError('file-unreadable', name, { reason: reasonOf(error) });
  }
  if (bytes.length > MAX_FILE_BYTES) throw new RosterFileError('file-too-large', name, { size: bytes.length });
  return bytes;
}

function isStdin(stat: Stats): boolean {
  try {
    const fd0 = fstatSync(0);
    return fd0.dev === stat.dev && fd0.ino === stat.ino;
  } catch {
    return false;
  }
}

function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String((error as Error).message ?? error);
}
