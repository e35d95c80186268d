import type { z } from 'zod';
import { detect, formatPath, type ArgsOf, type Detection, type Finding, type FindingArgs, type YamlPath } from './finding.js';
import { MAX_FILE_BYTES } from './file.js';
import { checkRoster, type RuleContext } from './rules.js';
import { Convene, Roster } from './schema.js';
import { parseYaml, type Source } from './source.js';


export interface LoadOptions {
  /** The name the findings carry. */
  file: string;
  /** ISO date, or a function of the roster's time zone giving it; enables the rules that depend on today's date. */
  today?: string | ((timezone: string) => string);
  /** The version before this change: enables the rules for changes (with `report`). */
  previous?: Roster;
  /**
   * The rules only a command that reports findings runs (lint, the edits, import: report-rules.ts, or `lintRoster`
   * there). Without them the findings that can refuse a roster are the same; the warnings about the plan's text and
   * its signatures are not looked for.
   */
  report?: ReportRules;
  /** Parsed rosters kept between runs (`lint --cache`). */
  cache?: SourceCache;
}

/** Gives the parse of these bytes from its store, or runs `parse` and stores what it gives; failures are not stored. */
export interface SourceCache {
  source(bytes: Uint8Array, parse: () => Source | undefined): Source | undefined;
}

/** The warnings about the plan's text and its signatures, and the rules for a change (report-rules.ts). */
export interface ReportRules {
  roster(roster: Roster, ctx: RuleContext): Detection[];
  change(previous: Roster, roster: Roster, today: string | undefined): Detection[];
}

export interface LoadResult {
  /** Present when the file parsed and matched the schema (it may still have rule errors). */
  roster?: Roster;
  /** In the order of their place in the file; codes and arguments, worded where they are shown. */
  findings: Finding[];
}

/** Bytes → roster and findings. Never throws on bad input. */
export function loadRoster(bytes: Uint8Array, options: LoadOptions): LoadResult {
  if (options.previous && !options.report) throw new Error('loadRoster: the rules for a change are report rules; give `report` with `previous`');
  const findings: Detection[] = [];
  const source = options.cache ? options.cache.source(bytes, () => parseSource(bytes, findings)) : parseSource(bytes, findings);
  if (!source) return { findings: place(findings, options) };

  // Without zod's generated fast path: compiling it costs more than one roster's validation gains from it.
  // Text is read in Unicode's composed form (NFC): "Å" typed as A + ring is the same name, and gets the same id.
  const data = composed(source.data, [], findings);
  const parsed = Roster.safeParse(data, { jitless: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) findings.push(...issueToFindings(issue, data));
    return { findings: place(findings, options, source) };
  }
  const lineOf = (path: YamlPath) => source.locate(path).line;
  const today = typeof options.today === 'function' ? options.today(parsed.data.plan.timezone) : options.today;
  const ctx: RuleContext = { today, lineOf, written: source.written };
  findings.push(...checkRoster(parsed.data, ctx));
  if (options.report) {
    findings.push(...options.report.roster(parsed.data, ctx));
    if (options.previous) findings.push(...options.report.change(options.previous, parsed.data, today));
  }
  return { roster: parsed.data, findings: place(findings, options, source, bytes) };
}

/**
 * Where a place inside a text value is in the file. A literal block (`|`, `|-`) keeps its lines: line n of the value
 * is the n-th line under the indicator, at the block's indentation. A quoted or plain one-line value starts at its
 * position (after the quote). Any other style gives the value's own position.
 */
export function positionInValue(lines: readonly string[], at: { line: number; col: number }, inText: { line: number; col: number }): { line: number; col: number } {
  const header = lines[at.line - 1]?.slice(at.col - 1) ?? '';
  if (/^\|[+-]?\d*\s*(#.*)?$/.test(header)) {
    const content = lines.slice(at.line).find((l) => l.trim() !== '') ?? '';
    const indent = content.length - content.trimStart().length;
    const line = at.line + 1 + inText.line;
    const actual = lines[line - 1] ?? '';
    return { line, col: Math.min(indent, actual.length) + inText.col + 1 };
  }
  if (inText.line > 0) return at;
  const quoted = header.startsWith('"') || header.startsWith("'");
  return { line: at.line, col: at.col + (quoted ? 1 : 0) + inText.col };
}

/** The data with every text in NFC, and a warning for each text in the file that was not. Never changes its input. */
function composed(value: unknown, path: Array<string | number>, findings: Detection[]): unknown {
  if (typeof value === 'string') {
    const nfc = value.normalize('NFC');
    if (nfc !== value) findings.push(detect('warning', 'text-not-nfc', [...path]));
    return nfc;
  }
  if (Array.isArray(value)) return value.map((item, i) => composed(item, [...path, i], findings));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // defineProperty: a key "__proto__" stays a key, as the YAML reader made it.
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k.normalize('NFC'), { value: composed(v, [...path, k], findings), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

/** Decodes UTF-8 and throws on any byte sequence that is not. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function parseSource(bytes: Uint8Array, findings: Detection[]): Source | undefined {
  const fail = (code: 'encoding-utf16' | 'encoding-invalid' | 'file-empty' | 'yaml-tab-indent', pos: { line: number; col: number }) => {
    findings.push({ ...detect('error', code, []), pos });
    return undefined;
  };
  if (bytes.length > MAX_FILE_BYTES) {
    findings.push(detect('error', 'file-too-large', [], { size: bytes.length, max: MAX_FILE_BYTES }));
    return undefined;
  }
  if (looksLikeUtf16(bytes)) return fail('encoding-utf16', { line: 1, col: 1 });
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    return fail('encoding-invalid', positionOfByte(bytes, Math.max(0, firstInvalidUtf8(bytes))));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return fail('file-empty', { line: 1, col: 1 });

  const tab = text.includes('\t') ? /^( *)\t/m.exec(text) : null;
  if (tab) {
    const line = text.slice(0, tab.index).split('\n').length;
    return fail('yaml-tab-indent', { line, col: tab[1]!.length + 1 });
  }

  return parseYaml(text, findings);
}

/** A UTF-16 byte-order mark, or the NUL bytes that UTF-16 puts beside every ASCII letter. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length < 2) return false;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  return bytes.subarray(0, 4).includes(0);
}

/** Byte offset of the first byte that is not valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let extra: number;
    if (b < 0x80) extra = 0;
    else if (b >= 0xc2 && b <= 0xdf) extra = 1;
    else if (b >= 0xe0 && b <= 0xef) extra = 2;
    else if (b >= 0xf0 && b <= 0xf4) extra = 3;
    else return i;
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    const second = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f)) return i;
    if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += extra + 1;
  }
  return -1;
}

function positionOfByte(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const col = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, col };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const seg of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[seg];
  }
  return value;
}

type Issue = z.core.$ZodIssue;

/** One zod issue → findings, named for the person who edits the file. */
function issueToFindings(issue: Issue, data: unknown): Detection[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const error = <C extends 'key-missing' | 'key-unknown' | 'type-invalid' | 'value-invalid' | 'format-invalid' | 'value-out-of-range'>(code: C, args: FindingArgs[C], at: YamlPath = path, atKey = false): Detection[] => [
    { ...detect('error', code, at, ...([args] as ArgsOf<C>)), atKey },
  ];
  // Whatever the check that failed, a key that is not there at all is best named as missing.
  const key = path[path.length - 1];
  const parent = valueAt(data, path.slice(0, -1));
  if (issue.code !== 'unrecognized_keys' && typeof key === 'string' && parent !== null && typeof parent === 'object' && !Array.isArray(parent) && !(key in parent)) {
    return error('key-missing', { key }, path.slice(0, -1));
  }
  switch (issue.code) {
    case 'invalid_type':
      return error('type-invalid', { expected: issue.expected });
    case 'unrecognized_keys':
      return issue.keys.flatMap((key) => error('key-unknown', { key }, [...path, key], true));
    case 'invalid_value':
      return error('value-invalid', { allowed: issue.values.map((v) => String(v)).join(', ') });
    case 'invalid_format':
      return error('format-invalid', { expected: issue.format === 'regex' ? issue.message : issue.format });
    case 'too_small':
      return error('value-out-of-range', { bound: 'atLeast', limit: Number(issue.minimum) });
    case 'too_big':
      return error('value-out-of-range', { bound: 'atMost', limit: Number(issue.maximum) });
    case 'invalid_union': {
      if ('discriminator' in issue && typeof issue.discriminator === 'string') {
        const value = valueAt(data, path);
        if (value !== null && typeof value === 'object' && !(issue.discriminator in value)) return error('key-missing', { key: issue.discriminator });
        const allowed = Convene.def.options.map((o) => o.shape.type.def.values[0]).join(', ');
        return error('value-invalid', { allowed }, [...path, issue.discriminator]);
      }
      // An object that matched a branch's shape is best explained by that branch's own issues.
      const value = valueAt(data, path);
      if (value !== null && typeof value === 'object') {
        const deeper = issue.errors.find((branch) => branch.length > 0 && branch.every((i) => i.path.length > 0));
        if (deeper) return deeper.flatMap((i) => issueToFindings({ ...i, path: [...issue.path, ...i.path] } as Issue, data));
      }
      const expected = issue.errors.flatMap((branch) => branch.map((i) => (i.code === 'invalid_type' ? i.expected : '')));
      return error('type-invalid', { expected: expected.includes('object') && expected.includes('string') ? 'text' : expected.includes('int') ? 'phone' : 'string' });
    }
    default:
      return error('type-invalid', { expected: 'string' });
  }
}

/** Each detection at its place in the file: line and column (1-based; 0 for the file as a whole), in file order. */
function place(found: Detection[], options: LoadOptions, source?: Source, bytes?: Uint8Array): Finding[] {
  let fileLines: string[] | undefined;
  const linesOfFile = () => (fileLines ??= new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n'));
  const findings = found.map((f): Finding => {
    let at = f.pos ?? source?.locate(f.path, f.atKey) ?? { line: 0, col: 0 };
    if (f.inText && !f.pos && source && bytes) at = positionInValue(linesOfFile(), at, f.inText);
    return { severity: f.severity, code: f.code, args: f.args, file: options.file, line: at.line, col: at.col, path: formatPath(f.path) } as Finding;
  });
  return findings.sort((a, b) => a.line - b.line || a.col - b.col);
}
