import { constructFromEvents, EVENT_ID, getScalarValue, parseEvents, YAMLException, type Event } from 'js-yaml';
import type { Finding, YamlPath } from './diagnostic.js';

/*
 * YAML text → data plus the position of every node, from one pass of js-yaml's event parser (YAML 1.2, core schema:
 * 2026-11-27 and "no" stay strings). The events carry source offsets, so a diagnostic about people[3].phone can point
 * at the line and column of that value without a second parse.
 */

/** Aliases (*name) allowed in one roster; a roster needs none. */
export const MAX_ALIASES = 100;
/** Nodes the data may have once aliases are expanded: far beyond any roster, far below a "billion laughs". */
export const MAX_EXPANDED_NODES = 100_000;

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
  /** Mapping entries by key text. */
  entries?: Map<string, { key: number; value: Located }>;
  /** Sequence items. */
  items?: Located[];
}

/** Offsets → 1-based line and column (in UTF-16 code units, as editors count). */
export function lineIndex(text: string): (offset: number) => Position {
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

function nodeStart(event: Event): number {
  switch (event.type) {
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      return earliest(earliest(event.start, event.tagStart), event.anchorStart);
    case EVENT_ID.SCALAR:
      // A quoted scalar starts at its quote.
      return earliest(earliest(event.style === 2 || event.style === 3 ? event.valueStart - 1 : event.valueStart, event.tagStart), event.anchorStart);
    case EVENT_ID.ALIAS:
      return event.anchorStart - 1;
    default:
      return 0;
  }
}

/** The smaller of two offsets, -1 meaning absent. */
function earliest(a: number, b: number): number {
  if (a < 0) return Math.max(b, 0);
  return b >= 0 && b < a ? b : a;
}

interface Frame {
  node: Located;
  /** For mappings: the key read, waiting for its value. */
  key?: { text: string; start: number };
  /** Nodes below this one, counting expanded aliases. */
  size: number;
  anchor?: string;
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

  let events: Event[];
  try {
    events = parseEvents(text, {});
  } catch (error) {
    if (error instanceof YAMLException) return yamlError(error, text, fail);
    throw error;
  }

  // One pass over the events: positions, alias count and the size the data has once aliases are expanded.
  const second = events.findIndex((e, i) => e.type === EVENT_ID.DOCUMENT && i > 0);
  if (second > 0) {
    const next = events.slice(second).find((e) => e.type !== EVENT_ID.DOCUMENT && e.type !== EVENT_ID.POP);
    const marker = text.lastIndexOf('\n---');
    return fail('yaml-syntax', next ? nodeStart(next) : marker + 1, { detail: 'more than one document in the file' });
  }
  let root: Located | undefined;
  const stack: Frame[] = [];
  const anchorSizes = new Map<string, number>();
  let aliases = 0;
  let expanded = 0;
  const attach = (node: Located, size: number, keyText: string | undefined) => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      root = node;
      return;
    }
    parent.size += size;
    if (parent.node.items) parent.node.items.push(node);
    else if (parent.key) {
      if (!parent.node.entries!.has(parent.key.text)) parent.node.entries!.set(parent.key.text, { key: parent.key.start, value: node });
      parent.key = undefined;
    } else parent.key = { text: keyText ?? '\u0000', start: node.start };
  };
  const anchorOf = (e: { anchorStart: number; anchorEnd: number }) =>
    e.anchorStart >= 0 ? text.slice(e.anchorStart, e.anchorEnd) : undefined;

  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const node: Located = event.type === EVENT_ID.MAPPING ? { start: nodeStart(event), entries: new Map() } : { start: nodeStart(event), items: [] };
        stack.push({ node, size: 1, anchor: anchorOf(event) });
        break;
      }
      case EVENT_ID.POP: {
        const frame = stack.pop();
        if (!frame) break; // the end of the document
        if (frame.anchor !== undefined) anchorSizes.set(frame.anchor, frame.size);
        attach(frame.node, frame.size, undefined);
        break;
      }
      case EVENT_ID.SCALAR: {
        const anchor = anchorOf(event);
        if (anchor !== undefined) anchorSizes.set(anchor, 1);
        const parent = stack[stack.length - 1];
        const isKey = parent !== undefined && parent.node.entries !== undefined && parent.key === undefined;
        attach({ start: nodeStart(event) }, 1, isKey ? getScalarValue(text, event) : undefined);
        break;
      }
      case EVENT_ID.ALIAS: {
        aliases++;
        if (aliases > MAX_ALIASES) return fail('yaml-too-many-aliases', nodeStart(event), { max: MAX_ALIASES });
        const size = anchorSizes.get(text.slice(event.anchorStart, event.anchorEnd)) ?? 1;
        expanded += size;
        if (expanded > MAX_EXPANDED_NODES) return fail('yaml-too-many-aliases', nodeStart(event), { max: MAX_ALIASES });
        attach({ start: nodeStart(event) }, size, undefined);
        break;
      }
      default:
        break;
    }
  }

  let data: unknown;
  try {
    data = constructFromEvents(events, { source: text, maxAliases: MAX_ALIASES })[0];
  } catch (error) {
    if (error instanceof YAMLException) return yamlError(error, text, fail);
    throw error;
  }
  if (data === null || data === undefined) return fail('file-empty', 0);
  if (typeof data !== 'object' || Array.isArray(data)) return fail('yaml-not-mapping', 0);

  const top = root!;
  return {
    data,
    locate(path, atKey = false) {
      let node = top;
      let best = top.start;
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
        best = node.start;
      }
      return position(best);
    },
  };
}

function yamlError(error: YAMLException, text: string, fail: (code: Finding['code'], offset: number, args?: Finding['args']) => undefined) {
  const offset = error.mark?.position ?? 0;
  const reason = error.reason;
  if (/duplicated mapping key/.test(reason)) return fail('yaml-duplicate-key', offset, { key: keyAt(text, offset) });
  if (/tab/.test(reason) && /indent/.test(reason)) return fail('yaml-tab-indent', offset);
  if (/alias/.test(reason) && /(many|limit|exceed)/i.test(reason)) return fail('yaml-too-many-aliases', offset, { max: MAX_ALIASES });
  const quote = unclosedQuoteBefore(text, offset);
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
function unclosedQuoteBefore(text: string, offset: number): number | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const previousStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : lineStart;
  for (const start of [previousStart, lineStart]) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    const open = /^(?:\s*-\s+|\s*[^\s#"'][^:#]*:\s+|\s*-\s+[^\s#"'][^:#]*:\s+)(["'])/.exec(line);
    if (!open) continue;
    const quote = open[1]!;
    const rest = line.slice(open[0].length);
    const closed = quote === '"' ? /^(?:[^"\\]|\\.)*"/.test(rest) : /^(?:[^']|'')*'(?!')/.test(rest);
    if (!closed) return start + open[0].length - 1;
  }
  return undefined;
}
