import { CORE_SCHEMA, load, YAMLException, type State } from 'js-yaml';
import type { Finding, YamlPath } from './diagnostic.js';

/*
 * YAML text → data plus the position of every node, in one pass of js-yaml (core schema: 2026-11-27 and "no" stay
 * strings). js-yaml reports each node it composes to a listener when it opens and closes; the position where a node
 * opens, moved past spaces and comments, is where it starts. A mapping's nodes come as key, value, key, value; a
 * node that js-yaml reads through a wrapper (a plain scalar that might have been a key) closes twice with the same
 * value and is the same node. Aliases are counted and their expansion is measured as the nodes close, so a
 * "billion laughs" file is refused before anything reads the data.
 */

/** Aliases (*name) allowed in one roster; a roster needs none. */
export const MAX_ALIASES = 100;
/** Nodes the data may have once aliases are expanded: far beyond any roster, far below a "billion laughs". */
export const MAX_EXPANDED_NODES = 100_000;
/** Nesting deeper than any roster; deeper input would only exhaust the stack. */
export const MAX_DEPTH = 64;

export interface Position {
  line: number;
  col: number;
}

export interface Source {
  data: unknown;
  /** The position of the value at `path` (or of its key), or of the nearest ancestor that exists. */
  locate(path: YamlPath, atKey?: boolean): Position;
}

interface Located {
  start: number;
  /** The value the node stands for, to tell a wrapper from its content and to name mapping keys. */
  value: unknown;
  /** Nodes below this one, counting expanded aliases. */
  size: number;
  /** Mapping entries by key text. */
  entries?: Map<string, { key: number; value: Located }>;
  /** Sequence items. */
  items?: Located[];
}

/** Offsets → 1-based line and column (in UTF-16 code units, as editors count). */
function lineIndex(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo]! + 1 };
  };
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

/** The name after & or * at `i`. */
function nameAt(text: string, i: number): string {
  let end = i + 1;
  while (end < text.length && !/[\s,[\]{}]/.test(text[end]!)) end++;
  return text.slice(i + 1, end);
}

class Refusal extends Error {
  constructor(
    readonly code: Finding['code'],
    readonly offset: number,
    readonly args?: Finding['args'],
  ) {
    super(code);
  }
}

/**
 * Parses one YAML document. Problems become findings (with positions); the result is undefined when there are any.
 */
export function parseYaml(text: string, findings: Finding[]): Source | undefined {
  const position = lineIndex(text);
  const fail = (code: Finding['code'], offset: number, args?: Finding['args']) => {
    findings.push({ severity: 'error', code, path: [], pos: position(offset), args });
    return undefined;
  };

  const opened: { at: number; children: Located[] }[] = [];
  const anchorSizes = new Map<string, number>();
  let root: Located | undefined;
  let aliases = 0;
  let expanded = 0;

  function listener(event: 'open' | 'close', state: State) {
    if (event === 'open') {
      if (opened.length >= MAX_DEPTH) throw new Refusal('yaml-too-deep', significant(text, state.position), { max: MAX_DEPTH });
      opened.push({ at: state.position, children: [] });
      return;
    }
    const frame = opened.pop()!;
    const value: unknown = state.result;
    const at = significant(text, frame.at);
    const first = text.charCodeAt(at);
    const only = frame.children.length === 1 ? frame.children[0]! : undefined;
    let node: Located;
    if (only && (only.value === value || (value === null && state.kind === null))) {
      // A wrapper around its only content: the same node, starting at the wrapper's anchor or tag if it has one.
      node = only;
      if (first === 0x26 /* & */ || first === 0x21 /* ! */) node.start = Math.min(node.start, at);
    } else {
      // An empty node (no content, kind null) is where it opened: after the key's colon, not on the next line.
      node = { start: state.kind === null && first !== 0x2a ? frame.at : at, value, size: 1 };
      if (state.kind === 'mapping') {
        node.entries = new Map();
        for (let i = 0; i + 1 < frame.children.length; i += 2) {
          const key = frame.children[i]!;
          const name = String(key.value);
          if (!node.entries.has(name)) node.entries.set(name, { key: key.start, value: frame.children[i + 1]! });
        }
      } else if (state.kind === 'sequence') node.items = frame.children;
      for (const child of frame.children) node.size += child.size;
      if (first === 0x2a /* * */) {
        aliases++;
        if (aliases > MAX_ALIASES) throw new Refusal('yaml-too-many-aliases', at, { max: MAX_ALIASES });
        node.size = anchorSizes.get(nameAt(text, at)) ?? 1;
        expanded += node.size;
        if (expanded > MAX_EXPANDED_NODES) throw new Refusal('yaml-too-many-aliases', at, { max: MAX_ALIASES });
      }
    }
    if (first === 0x26 /* & */) anchorSizes.set(nameAt(text, at), node.size);
    const parent = opened[opened.length - 1];
    if (parent) parent.children.push(node);
    else root = node;
  }

  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, listener });
  } catch (error) {
    if (error instanceof Refusal) return fail(error.code, error.offset, error.args);
    if (error instanceof YAMLException) return yamlError(error, text, fail);
    if (error instanceof RangeError) return fail('yaml-too-deep', 0, { max: MAX_DEPTH });
    throw error;
  }
  if (data === null || data === undefined || !root) return fail('file-empty', 0);
  if (typeof data !== 'object' || Array.isArray(data)) return fail('yaml-not-mapping', 0);

  const top = root;
  return {
    data,
    locate(path, atKey = false) {
      let node = top;
      for (let i = 0; i < path.length; i++) {
        const seg = path[i]!;
        if (node.entries) {
          const entry = node.entries.get(String(seg));
          if (!entry) break;
          if (i === path.length - 1 && atKey) return position(entry.key);
          node = entry.value;
        } else if (node.items && typeof seg === 'number' && node.items[seg]) {
          node = node.items[seg];
        } else break;
      }
      return position(node.start);
    },
  };
}

function yamlError(error: YAMLException, text: string, fail: (code: Finding['code'], offset: number, args?: Finding['args']) => undefined) {
  const reason = error.reason;
  if (/single document/.test(reason)) return fail('yaml-syntax', secondDocument(text), { detail: 'more than one document (---) in the file' });
  const offset = (error.mark as { position?: number } | undefined)?.position ?? 0;
  if (/duplicated mapping key/.test(reason)) return fail('yaml-duplicate-key', offset, { key: keyAt(text, offset) });
  if (/tab/.test(reason) && /indent/.test(reason)) return fail('yaml-tab-indent', offset);
  // A quote left open runs on to the next quote or the end of the file, where the parser gives up; look back for it.
  const quote = unclosedQuoteBefore(text, offset, /quoted scalar|multiline key|implicit key/.test(reason) ? Infinity : 1);
  if (quote !== undefined) return fail('yaml-unclosed-quote', quote, { quote: text[quote]! });
  return fail('yaml-syntax', offset, { detail: reason });
}

function keyAt(text: string, offset: number): string {
  const match = /^\s*["']?([^"':\n]+)/.exec(text.slice(offset));
  return match ? match[1]!.trim() : '?';
}

/**
 * A quote left open makes the parser stumble a line or more later; the place to fix is where it opened. Looks at the
 * line of the error and the one before it for a value that starts with a quote and does not end it on that line.
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

/** Where the second document of a file begins: after the first --- that follows some content. */
function secondDocument(text: string): number {
  const first = significant(text, 0);
  for (const marker of text.matchAll(/^(?:---|\.\.\.)(?=\s|$)/gm)) {
    if (marker.index > first) return significant(text, marker.index + 3);
  }
  return 0;
}
