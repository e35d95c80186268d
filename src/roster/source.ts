import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import { detect, type ArgsOf, type Detection, type FindingCode, type YamlPath, yamlReason } from './finding.js';
import { mapChild, ROOT_KEY, seqChild, type SourceSnapshot } from './snapshot.js';

/** Aliases (*name) allowed in one roster; a roster needs none. */
const MAX_ALIASES = 100;
/** Nodes the data may have once aliases are expanded: far beyond any roster, far below a "billion laughs". */
const MAX_EXPANDED_NODES = 100_000;
/** Nesting deeper than any roster; deeper input would only exhaust the stack. */
export const MAX_DEPTH = 64;

/** The tags a roster may spell out; any other (`!!binary`, `!custom`) is refused rather than silently read. */
const CORE_TAGS = new Set(['tag:yaml.org,2002:str', 'tag:yaml.org,2002:int', 'tag:yaml.org,2002:float', 'tag:yaml.org,2002:bool', 'tag:yaml.org,2002:null', 'tag:yaml.org,2002:map', 'tag:yaml.org,2002:seq']);

export interface Position {
  line: number;
  col: number;
}

export interface Source {
  data: unknown;
  /** The position of the value at `path` (or of its key), or of the nearest ancestor that exists. */
  locate(path: YamlPath, atKey?: boolean): Position;
  /** The scalar at `path` as written in the file, when YAML read it as something other than text (`0o12345670`). */
  written(path: YamlPath): string | undefined;
  /** The same answers as plain data, to be stored and read back (`sourceFromSnapshot`). */
  snapshot(): SourceSnapshot;
}

class Refusal extends Error {
  readonly detection: Detection;
  constructor(
    readonly offset: number,
    detection: Detection,
  ) {
    super(detection.code);
    this.detection = detection;
  }
}

/** A refusal of the file's shape at `offset`. */
const refusal = <C extends FindingCode>(offset: number, code: C, ...args: ArgsOf<C>) => new Refusal(offset, detect('error', code, [], ...args));

/** Parses one YAML 1.2 document (core schema). Problems become findings with positions; then the result is undefined. */
export function parseYaml(text: string, findings: Detection[]): Source | undefined {
  const lines = new LineCounter();
  const position = (offset: number): Position => lines.linePos(offset);
  const fail: Fail = (code, offset, ...args) => {
    findings.push({ ...detect('error', code, [], ...args), pos: position(offset) } as Detection);
    return undefined;
  };

  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, schema: 'core', uniqueKeys: true });
  } catch (error) {
    if (error instanceof RangeError) return fail('yaml-too-deep', 0, { max: MAX_DEPTH });
    throw error;
  }
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) return yamlError(problem, text, doc, fail);

  try {
    checkShape(doc, text);
  } catch (error) {
    if (error instanceof Refusal) {
      findings.push({ ...error.detection, pos: position(error.offset) });
      return undefined;
    }
    if (error instanceof RangeError) return fail('yaml-too-deep', 0, { max: MAX_DEPTH });
    throw error;
  }

  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null && root.source === '')) return fail('file-empty', 0);
  if (!isMap(root)) return fail('yaml-not-mapping', root.range?.[0] ?? 0);
  // Aliases are bounded above, so expanding them is safe; maxAliasCount is the library's own guard on top.
  const data: unknown = doc.toJS({ maxAliasCount: MAX_EXPANDED_NODES });

  const nodeAt = (path: YamlPath) => {
    let node: unknown = root;
    let key: Node | undefined;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) return { node, key: undefined, complete: false };
        key = pair.key as Node;
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
        key = undefined;
        node = node.items[seg];
      } else return { node, key: undefined, complete: false };
    }
    return { node, key, complete: true };
  };

  return {
    data,
    locate(path, atKey = false) {
      const found = nodeAt(path);
      if (atKey && found.complete && found.key?.range) return position(found.key.range[0]);
      return position(startOf(found.node as Node, text));
    },
    written(path) {
      const found = nodeAt(path);
      const node = found.node;
      return found.complete && isScalar(node) && typeof node.source === 'string' && typeof node.value !== 'string' ? node.source : undefined;
    },
    snapshot() {
      // Records every node that nodeAt can reach, as it reaches it: the first of two keys alike, no way through an alias.
      const positions: SourceSnapshot['positions'] = {};
      const written: SourceSnapshot['written'] = {};
      const visit = (node: unknown, at: string, key: Node | undefined) => {
        const value = position(startOf(node as Node, text));
        const keyAt = key?.range ? position(key.range[0]) : undefined;
        positions[at] = keyAt ? [value.line, value.col, keyAt.line, keyAt.col] : [value.line, value.col];
        if (isScalar(node) && typeof node.source === 'string' && typeof node.value !== 'string') written[at] = node.source;
        if (isMap(node)) {
          const seen = new Set<string>();
          for (const pair of node.items) {
            if (!isScalar(pair.key)) continue;
            const name = String(pair.key.value);
            if (seen.has(name)) continue;
            seen.add(name);
            visit(pair.value, mapChild(at, name), pair.key);
          }
        } else if (isSeq(node)) node.items.forEach((item, i) => item && visit(item, seqChild(at, i), undefined));
      };
      visit(root, ROOT_KEY, undefined);
      return { data, positions, written };
    },
  };
}

/** Where a node starts, counting its anchor (`&name`) and tag (`!tag`), written before it, as part of it. */
function startOf(node: Node | null, text: string): number {
  if (!node?.range) return 0;
  const start = node.range[0];
  if (!node.anchor && !node.tag) return start;
  // The properties stand just before the content, on its line or at the end of the line before (a block mapping).
  const from = text.lastIndexOf('\n', text.lastIndexOf('\n', start - 1) - 1) + 1;
  const props = /(?:[&!][^\s,[\]{}]*\s+)+$/.exec(text.slice(from, start));
  return props ? from + props.index : start;
}

/**
 * Walks the document once in order, before anything reads the data: nesting depth, tags, merge keys, and aliases —
 * counted, and their expansion measured, so a "billion laughs" is refused at the alias that would pass the limit.
 */
function checkShape(doc: Document.Parsed, text: string): void {
  const anchorSizes = new Map<string, number>();
  let aliases = 0;
  let expanded = 0;

  const walk = (node: unknown, depth: number): number => {
    if (node === null || node === undefined) return 1;
    const n = node as Node;
    const at = n.range?.[0] ?? 0;
    if (depth > MAX_DEPTH) throw refusal(at, 'yaml-too-deep', { max: MAX_DEPTH });
    if (isAlias(node)) {
      aliases++;
      if (aliases > MAX_ALIASES) throw refusal(at, 'yaml-too-many-aliases', { max: MAX_ALIASES });
      const size = anchorSizes.get(node.source);
      if (size === undefined) throw refusal(at, 'yaml-syntax', { reason: 'BAD_ALIAS' });
      expanded += size;
      if (expanded > MAX_EXPANDED_NODES) throw refusal(at, 'yaml-too-many-aliases', { max: MAX_ALIASES });
      return size;
    }
    if (n.tag && !CORE_TAGS.has(n.tag)) throw refusal(startOf(n, text), 'yaml-tag', { tag: n.tag.replace(/^tag:yaml\.org,2002:/, '!!') });
    let size = 1;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && pair.key.value === '<<' && pair.key.source === '<<') throw refusal(pair.key.range?.[0] ?? at, 'yaml-merge-key');
        size += walk(pair.key, depth + 1) + walk(pair.value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) size += isPair(item) ? walk(item.key, depth + 1) + walk(item.value, depth + 1) : walk(item, depth + 1);
    }
    if (n.anchor) anchorSizes.set(n.anchor, size);
    return size;
  };
  walk(doc.contents, 1);
}

type Fail = <C extends FindingCode>(code: C, offset: number, ...args: ArgsOf<C>) => undefined;

function yamlError(error: YAMLError, text: string, doc: Document.Parsed, fail: Fail) {
  let offset = error.pos[0];
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY': {
      // `municipality: Nordby: Kommune`: the colon too many is the place to fix, not the start of the value.
      const colon = /^[^\n]*?:(?=\s)/.exec(text.slice(offset));
      if (colon) offset += colon[0].length - 1;
      break;
    }
    case 'MULTIPLE_DOCS':
      return fail('yaml-syntax', secondDocument(text), { reason: 'MULTIPLE_DOCS' });
    case 'DUPLICATE_KEY':
      return fail('yaml-duplicate-key', offset, { key: keyAt(text, offset) });
    case 'TAB_AS_INDENT':
      return fail('yaml-tab-indent', offset);
    case 'TAG_RESOLVE_FAILED':
      return fail('yaml-tag', offset, { tag: /^!\S*/.exec(text.slice(offset))?.[0] ?? '!' });
  }
  // A quote left open runs on to the next quote or the end of the file, where the parser gives up; look back for it.
  const quote = openQuote(doc, offset) ?? unclosedQuoteBefore(text, offset, error.code === 'MISSING_CHAR' ? Infinity : 1);
  if (quote !== undefined) return fail('yaml-unclosed-quote', quote, { quote: text[quote]! });
  return fail('yaml-syntax', offset, { reason: yamlReason(error.code) });
}

/** A quoted scalar that the parser ran to the end of the file looking for its closing quote. */
function openQuote(doc: Document.Parsed, errorAt: number): number | undefined {
  let found: number | undefined;
  const visit = (node: unknown): void => {
    if (found !== undefined || node === null || typeof node !== 'object') return;
    if (isScalar(node)) {
      const [start, end] = node.range ?? [0, 0];
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && end >= errorAt && start < errorAt) found = start;
    } else if (isMap(node) || isSeq(node)) {
      for (const item of node.items) visit(item);
    } else if (isPair(node)) {
      visit(node.key);
      visit(node.value);
    }
  };
  visit(doc.contents);
  return found;
}

function keyAt(text: string, offset: number): string {
  const match = /^\s*["']?([^"':\n]+)/.exec(text.slice(offset));
  return match ? match[1]!.trim() : '?';
}

/**
 * A quote left open makes the parser stumble a line or more later; the place to fix is where it opened. Looks at the
 * line of the error and the ones before it for a value that starts with a quote and does not end it on that line.
 */
function unclosedQuoteBefore(text: string, offset: number, linesBack: number): number | undefined {
  let start = text.lastIndexOf('\n', offset - 1) + 1;
  for (let back = 0; back <= linesBack; back++) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    const open = /^(?:\s*-\s+|\s*[^\s#"'][^:#]*:\s+|\s*-\s+[^\s#"'][^:#]*:\s+)(["'])/.exec(line);
    const rest = open ? line.slice(open[0].length) : '';
    const closed = open?.[1] === '"' ? /^(?:[^"\\]|\\.)*"/.test(rest) : /^(?:[^']|'')*'(?!')/.test(rest);
    if (open && !closed) return start + open[0].length - 1;
    if (start === 0) break;
    start = text.lastIndexOf('\n', start - 2) + 1;
  }
  return undefined;
}

/** The first offset from `i` that is not a space, a line break or a comment. */
function significant(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
    else if (c === 0x23) {
      const end = text.indexOf('\n', i);
      if (end < 0) return text.length;
      i = end + 1;
    } else return i;
  }
}

/** Where the second document of a file begins: after the first --- that follows some content. */
function secondDocument(text: string): number {
  const first = significant(text, 0);
  for (const marker of text.matchAll(/^(?:---|\.\.\.)(?=\s|$)/gm)) {
    if (marker.index > first) return significant(text, marker.index + 3);
  }
  return 0;
}
