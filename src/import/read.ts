import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { blocksFromMarkdown, type Block } from './blocks.js';

/** The largest plan read: a Word plan with a map is a few megabytes; anything larger is not a plan. */
export const MAX_PLAN_BYTES = 20 * 1024 * 1024;

export type PlanFileProblem =
  | 'missing'
  | 'directory'
  | 'unreadable'
  | 'too-large'
  | 'old-word'
  | 'encrypted'
  | 'corrupt'
  | 'not-utf8'
  | 'unknown-type'
  | 'english'
  | 'not-plan'
  | 'empty';

/** The arguments a problem carries beyond the file: none but for these. */
export interface PlanFileArgs {
  /** `reason`: the system's error code (ENOENT, EACCES …), or the error's text where it has none. */
  unreadable: { reason: string };
  /** In bytes. */
  'too-large': { size: number; max: number };
}

/** A problem's arguments: its own, or none. */
export type PlanFileArgsOf<K extends PlanFileProblem> = K extends keyof PlanFileArgs ? PlanFileArgs[K] : Record<never, never>;

/** A sentence for each problem, taking the file and that problem's arguments: what both languages' tables give. */
export type PlanFileSentences = { [K in PlanFileProblem]: keyof PlanFileArgsOf<K> extends never ? (file: string) => string : (file: string, args: PlanFileArgsOf<K>) => string };

/** A file that is no plan this command can read: exit 2, nothing written. */
export class PlanFileError<K extends PlanFileProblem = PlanFileProblem> extends Error {
  readonly detail: PlanFileArgsOf<K>;
  constructor(
    readonly kind: K,
    readonly file: string,
    ...[detail]: keyof PlanFileArgsOf<K> extends never ? [] : [detail: PlanFileArgsOf<K>]
  ) {
    super(`${kind}: ${file}`);
    this.detail = (detail ?? {}) as PlanFileArgsOf<K>;
  }
}

/** What the command says of a file it cannot read, named as the user named it, from a language's table. */
export function sayPlanFileError(sentences: PlanFileSentences, error: PlanFileError, file: string): string {
  // The table has a sentence for every problem, each taking that problem's arguments (PlanFileSentences).
  return (sentences[error.kind] as (file: string, args: PlanFileArgsOf<PlanFileProblem>) => string)(file, error.detail);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Reads a plan file into blocks; throws PlanFileError for anything that is not a readable Danish plan. */
export async function readPlan(path: string): Promise<Block[]> {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new PlanFileError('directory', path);
    size = stat.size;
  } catch (error) {
    if (error instanceof PlanFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw code === 'ENOENT' ? new PlanFileError('missing', path) : new PlanFileError('unreadable', path, { reason: code ?? String(error) });
  }
  if (size > MAX_PLAN_BYTES) throw new PlanFileError('too-large', path, { size, max: MAX_PLAN_BYTES });
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new PlanFileError('unreadable', path, { reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  if (bytes.length > MAX_PLAN_BYTES) throw new PlanFileError('too-large', path, { size: bytes.length, max: MAX_PLAN_BYTES });
  if (bytes.length === 0) throw new PlanFileError('empty', path);
  const ext = extname(path).toLowerCase();
  let blocks: Block[];
  if (startsWith(bytes, OLE)) {
    // An OLE compound file: Word 97–2003 (.doc), or a .docx protected with a password, which Word stores the same way.
    const encrypted = Buffer.from(bytes).includes(Buffer.from('EncryptedPackage', 'utf16le'));
    throw new PlanFileError(encrypted ? 'encrypted' : 'old-word', path);
  }
  if (ext === '.doc') throw new PlanFileError('old-word', path);
  // The Word reader (mammoth) is loaded only here: no other command pays for it at start-up.
  if (startsWith(bytes, ZIP)) blocks = await (await import('./word.js')).readWord(bytes, path);
  else if (ext === '.docx') throw new PlanFileError('corrupt', path);
  else if (['.md', '.markdown', '.txt', '.text', ''].includes(ext)) {
    let text: string;
    try {
      // Text saved from Word or Notepad as "Unicode" is UTF-16 with a byte order mark; anything else must be UTF-8.
      const utf16 = startsWith(bytes, [0xff, 0xfe]) ? 'utf-16le' : startsWith(bytes, [0xfe, 0xff]) ? 'utf-16be' : undefined;
      text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new PlanFileError('not-utf8', path);
    }
    blocks = blocksFromMarkdown(text);
  } else throw new PlanFileError('unknown-type', path);
  judge(blocks, path);
  return blocks;
}

const DANISH = /\b(og|at|er|det|til|på|med|af|der|den|som|for|ved|skal|kan|hvis|beredskabet|beredskabsgruppen)\b/giu;
const ENGLISH = /\b(the|and|of|to|is|are|with|which|shall|will|be|emergency|police|group)\b/gi;

/** A Danish beredskabsplan: Danish prose that names the preparedness and at least two of its levels. */
function judge(blocks: Block[], path: string): void {
  const text = blocks.map((b) => b.text).join('\n');
  if (!text.trim()) throw new PlanFileError('empty', path);
  const danish = text.match(DANISH)?.length ?? 0;
  const english = text.match(ENGLISH)?.length ?? 0;
  if (english > danish) throw new PlanFileError('english', path);
  const levels = [/\bgrøn(t|ne)?\b/i, /\bgul(t|e)?\b/i, /\brød(t|e)?\b/i].filter((re) => re.test(text)).length;
  if (!/beredskab/i.test(text) || levels < 2) throw new PlanFileError('not-plan', path);
}
