import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, parseDocument, Scalar, stringify, visit, type Alias, type Document, type Node } from 'yaml';

/**
 * Changes to a YAML text that leave everything outside the changed lines as it was. `yaml` re-renders a whole document
 * when stringified (it refolds long texts and breaks long flow mappings), so each change is applied to the text at the
 * place the Document reports for the node, and the result is checked against the same change made with the Document
 * API (`setIn`, `deleteIn`): the text must read back as exactly that.
 */
export type YamlPath = ReadonlyArray<string | number>;

export type Op =
  /** Sets a scalar value, adding the key when the mapping lacks it (a new key may also take a list or mapping). */
  | { op: 'set'; path: YamlPath; value: string | number | unknown[] }
  /** Adds a key the mapping lacks, with a mapping or a sequence as its value (in block style in a block mapping). */
  | { op: 'add'; path: YamlPath; value: object }
  /** Appends an item (a scalar or a mapping) to a sequence. */
  | { op: 'append'; path: YamlPath; value: unknown }
  /** Replaces a sequence item, or inserts one after it (`after: true`). */
  | { op: 'put'; path: YamlPath; value: unknown; after?: boolean }
  /** Removes a sequence item or a mapping key. */
  | { op: 'delete'; path: YamlPath };

/** Why a change cannot be made in the text; `path` is where, in the roster's own terms. */
export type YamlEditProblem = 'not-a-sequence' | 'not-a-mapping' | 'not-a-scalar' | 'missing' | 'reads-back-otherwise';

export class YamlEditError extends Error {
  constructor(
    readonly problem: YamlEditProblem,
    readonly path: YamlPath,
  ) {
    super(`${problem}: ${path.join('.')}`);
  }
}

const parse = (text: string) => parseDocument(text, { keepSourceTokens: false, uniqueKeys: false });

/** A change of the text: the characters from `start` to `end` give way to `insert`. */
interface Splice {
  start: number;
  end: number;
  insert: string;
}

/** The text as YAML (and the loader) reads it: line ends are \n. */
const normalise = (text: string) => text.replace(/\r\n?/g, '\n');

/** The offset in `text` of the character at `offset` of normalise(text); a \r\n pair is found at its \r. */
function originalOffset(text: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (n === offset) return i;
    if (!(text[i] === '\r' && text[i + 1] === '\n')) n++;
  }
  return text.length;
}

/**
 * Makes a change found on the normalised text in the text as it is: a byte-order mark, \r\n line ends and a missing
 * final line end are left where they are, and new lines take the line end of the line before them.
 */
function spliceOriginal(text: string, s: Splice): string {
  const start = originalOffset(text, s.start);
  const end = originalOffset(text, s.end);
  const before = text.lastIndexOf('\n', start - 1);
  const after = text.indexOf('\n', start);
  const near = before >= 0 ? before : after;
  const eol = near > 0 && text[near - 1] === '\r' ? '\r\n' : '\n';
  let insert = s.insert;
  // Lines added after a last line that has no line end: the line end goes between, and the file still ends without one.
  if (start === text.length && end === text.length && text.length > 0 && !text.endsWith('\n') && insert.endsWith('\n')) {
    insert = '\n' + insert.slice(0, -1);
  }
  return text.slice(0, start) + insert.replace(/\n/g, eol) + text.slice(end);
}

/**
 * Applies the operations one after another; throws YamlEditError when the text cannot be changed in place. Then
 * checks that the text reads back as the data before, changed at the operations' paths and nowhere else.
 */
export function applyOps(text: string, ops: readonly Op[]): string {
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  let out = text.slice(bom.length);
  const expected = plain(parse(normalise(out)));
  for (const op of ops) {
    // A node shared through an anchor is unshared first: the edit changes only what its path names.
    for (let guard = 0; guard < 1000; guard++) {
      const s = unshare(normalise(out), op.path);
      if (!s) break;
      out = spliceOriginal(out, s);
    }
    out = spliceOriginal(out, applyOne(normalise(out), op));
    applyToData(expected, op);
  }
  const got = plain(parse(normalise(out)));
  if (!equal(got, expected)) throw new YamlEditError('reads-back-otherwise', []);
  return bom + out;
}

/** The document's data as plain JSON values, every alias its own copy. */
function plain(doc: Document): unknown {
  if (doc.errors.length > 0) return { error: doc.errors[0]!.code };
  return JSON.parse(JSON.stringify(doc.toJS({ maxAliasCount: -1 }) ?? null)) as unknown;
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The operation made on plain data: what the text must read back as. */
function applyToData(data: unknown, op: Op): void {
  const at = (path: YamlPath): unknown => {
    let node = data;
    for (const seg of path) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
    return node;
  };
  const value = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
  const last = op.path[op.path.length - 1]!;
  if (op.op === 'append') {
    const seq = at(op.path);
    if (!Array.isArray(seq)) throw new YamlEditError('not-a-sequence', op.path);
    seq.push(value(op.value));
    return;
  }
  const parent = at(op.path.slice(0, -1));
  if (parent === null || typeof parent !== 'object') throw new YamlEditError('missing', op.path);
  if (op.op === 'set') (parent as Record<string, unknown>)[last] = op.value;
  else if (op.op === 'add') (parent as Record<string, unknown>)[last] = value(op.value);
  else if (op.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete (parent as Record<string, unknown>)[last];
  } else {
    if (!Array.isArray(parent)) throw new YamlEditError('not-a-sequence', op.path.slice(0, -1));
    const index = Number(last);
    parent.splice(op.after ? index + 1 : index, op.after ? 0 : 1, value(op.value));
  }
}

/**
 * The first step that makes the nodes on `path` the document's own: an alias on the way is replaced by the value it
 * stands for, and every alias of an anchor on the way by the value the anchor has before the edit.
 */
function unshare(text: string, path: YamlPath): Splice | undefined {
  const doc = parse(text);
  let node: unknown = doc.contents;
  for (let depth = 0; ; depth++) {
    if (isAlias(node)) return { start: node.range![0], end: node.range![1], insert: inline(node.resolve(doc) as Node | undefined, doc) };
    const anchor = (node as Node | null)?.anchor;
    if (anchor) {
      let alias: Alias | undefined;
      visit(doc, {
        Alias(_, a) {
          if (a.source === anchor && !alias) alias = a;
        },
      });
      if (alias) return { start: alias.range![0], end: alias.range![1], insert: inline(node as Node, doc) };
    }
    if (depth === path.length || !isCollection(node)) return undefined;
    node = node.get(path[depth], true);
    if (node === undefined) return undefined;
  }
}

/** A node's value on one line, as it may stand where an alias stood. */
function inline(node: Node | undefined, doc: Document): string {
  if (!node) throw new YamlEditError('missing', []);
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) return scalarText(node.value, node);
  return JSON.stringify(node.toJS(doc, { maxAliasCount: -1 }) ?? null);
}

function nodeAt(doc: Document, path: YamlPath): Node {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!node || typeof node !== 'object' || !('range' in node) || !node.range) {
    throw new YamlEditError('missing', path);
  }
  return node as Node;
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number) => {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl + 1;
};
const column = (text: string, at: number) => at - lineStart(text, at);

/** The end of a block node's last line: after its last non-blank character, to the end of that line. */
function blockEnd(text: string, node: Node): number {
  let end = node.range![1];
  while (end > node.range![0] && /\s/.test(text[end - 1]!)) end--;
  return lineEnd(text, end);
}

/** Keys whose values are written quoted: phone numbers and hashes are text even when they are all digits. */
const QUOTED = new Set(['phone', 'hash']);

/** A scalar as it appears after "key: " or "- ", keeping the quoting style it replaces. */
function scalarText(value: string | number, like?: Scalar, key?: unknown): string {
  if (typeof value === 'number') return String(value);
  const type = like?.type === 'QUOTE_DOUBLE' || like?.type === 'QUOTE_SINGLE' ? like.type : QUOTED.has(String(key)) ? 'QUOTE_DOUBLE' : 'PLAIN';
  const rendered = stringify(value, { defaultStringType: type, lineWidth: 0 }).replace(/\n$/, '');
  // Block scalars and anything over several lines would need the surrounding indentation: JSON is valid YAML here.
  return rendered.includes('\n') ? JSON.stringify(value) : rendered;
}

/** A value rendered as block YAML lines, each starting with `indent`. */
function blockLines(value: unknown, indent: string, asItem: boolean): string {
  const doc = parse('');
  doc.contents = doc.createNode(asItem ? [value] : value) as never;
  // Phone numbers are written quoted, as the shipped roster does, so that digits stay text.
  visit(doc, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && QUOTED.has(String(pair.key.value)) && isScalar(pair.value)) pair.value.type = 'QUOTE_DOUBLE';
    },
  });
  const body = doc.toString({ lineWidth: 0, indentSeq: true }).replace(/\n$/, '');
  return body.split('\n').map((line) => indent + line).join('\n') + '\n';
}

/**
 * A text of several lines as a literal block (`|-`), its lines indented two spaces under the key at `keyColumn`, as
 * the plan's text is kept. Undefined when a block cannot say it (a first line starting with a space, trailing blank
 * lines): then the caller writes it quoted.
 */
function literalBlock(value: string, keyColumn: number): string | undefined {
  if (!value.includes('\n') || /^\s/.test(value) || /\n\s*\n$/.test(value) || /\n$/.test(value)) return undefined;
  const pad = ' '.repeat(keyColumn + 2);
  return `|-\n${value.split('\n').map((line) => (line ? pad + line : '')).join('\n')}`;
}

/** The splice of the normalised text that makes one operation. */
function applyOne(text: string, op: Op): Splice {
  const doc = parse(text);
  const parentPath = op.path.slice(0, -1);
  const last = op.path[op.path.length - 1];
  const insertAt = (at: number, insert: string): Splice => ({ start: at, end: at, insert });
  if (op.op === 'append') {
    const seq = nodeAt(doc, op.path);
    if (!isSeq(seq)) throw new YamlEditError('not-a-sequence', op.path);
    // The first entry of an empty list of mappings (`signatories: []`) starts a block list: an entry a line.
    if (seq.items.length === 0 && op.value !== null && typeof op.value === 'object' && !Array.isArray(op.value)) {
      const holder = doc.getIn(op.path.slice(0, -1), true);
      const pair = isMap(holder) && !holder.flow ? holder.items.find((p) => isScalar(p.key) && p.key.value === op.path[op.path.length - 1]) : undefined;
      if (pair) {
        const colon = text.lastIndexOf(':', seq.range![0]);
        const lines = blockLines(op.value, ' '.repeat(column(text, (pair.key as Node).range![0]) + 2), true).replace(/\n$/, '');
        return { start: colon + 1, end: seq.range![1], insert: '\n' + lines };
      }
    }
    if (seq.flow || seq.items.length === 0) return replaceFlow(seq, (items) => items.push(doc.createNode(op.value)));
    const first = seq.items[0] as Node;
    const dash = text.lastIndexOf('-', first.range![0]);
    const lastItem = seq.items[seq.items.length - 1] as Node;
    return insertAt(blockEnd(text, lastItem), blockLines(op.value, ' '.repeat(column(text, dash)), true));
  }
  const parent = nodeAt(doc, parentPath);
  if (op.op === 'put') {
    if (!isSeq(parent)) throw new YamlEditError('not-a-sequence', parentPath);
    const index = Number(last);
    const item = parent.items[index] as Node | undefined;
    if (!item) throw new YamlEditError('missing', op.path);
    if (parent.flow) return replaceFlow(parent, (items) => items.splice(op.after ? index + 1 : index, op.after ? 0 : 1, doc.createNode(op.value)));
    const dash = text.lastIndexOf('-', item.range![0]);
    const end = blockEnd(text, item);
    const lines = blockLines(op.value, ' '.repeat(column(text, dash)), true);
    return op.after ? insertAt(end, lines) : { start: lineStart(text, item.range![0]), end, insert: lines };
  }
  if (op.op === 'delete') {
    if (isSeq(parent)) {
      const item = parent.items[Number(last)] as Node | undefined;
      if (!item) throw new YamlEditError('missing', op.path);
      if (parent.flow || parent.items.length === 1) return replaceFlow(parent, (items) => items.splice(Number(last), 1));
      return { start: lineStart(text, item.range![0]), end: blockEnd(text, item), insert: '' };
    }
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
      if (!pair) return insertAt(0, '');
      if (parent.flow) return replaceFlow(parent, (items) => items.splice(items.indexOf(pair as never), 1));
      const key = pair.key as Node;
      const value = (pair.value as Node | null) ?? key;
      return { start: lineStart(text, key.range![0]), end: blockEnd(text, value), insert: '' };
    }
    throw new YamlEditError('not-a-mapping', parentPath);
  }
  if (op.op === 'add') {
    if (!isMap(parent)) throw new YamlEditError('not-a-mapping', parentPath);
    if (parent.has(last)) throw new YamlEditError('not-a-scalar', op.path);
    if (parent.flow || parent.items.length === 0) return replaceFlow(parent, () => parent.set(last, doc.createNode(op.value)));
    const lastPair = parent.items[parent.items.length - 1]!;
    const indent = ' '.repeat(column(text, (lastPair.key as Node).range![0]));
    const at = blockEnd(text, (lastPair.value as Node | null) ?? (lastPair.key as Node));
    return insertAt(at, `${indent}${String(last)}:\n` + blockLines(op.value, `${indent}  `, false));
  }
  // set
  const existing = isCollection(parent) ? (parent.get(last, true) as Node | undefined) : undefined;
  if (Array.isArray(op.value)) {
    if (existing || !isMap(parent) || parent.flow) throw new YamlEditError('not-a-scalar', op.path);
    const lastPair = parent.items[parent.items.length - 1]!;
    const keyColumn = column(text, (lastPair.key as Node).range![0]);
    const at = blockEnd(text, (lastPair.value as Node | null) ?? (lastPair.key as Node));
    const head = at > 0 && text[at - 1] !== '\n' ? '\n' : '';
    return insertAt(at, `${head}${' '.repeat(keyColumn)}${String(last)}:\n` + blockLines(op.value, ' '.repeat(keyColumn + 2), false));
  }
  if (existing && isScalar(existing)) {
    if (existing.type === 'BLOCK_FOLDED' || existing.type === 'BLOCK_LITERAL') return setBlock(text, existing, op.value as string | number);
    const [start, end] = existing.range!;
    const value = op.value as string | number;
    const pair = isMap(parent) && !parent.flow ? parent.items.find((p) => isScalar(p.key) && p.key.value === last) : undefined;
    // The plan's text of several lines becomes a literal block; any other one-line value stays on the key's line.
    const block = typeof value === 'string' && pair && op.path[0] === 'text' ? literalBlock(value, column(text, (pair.key as Node).range![0])) : undefined;
    return { start, end, insert: block ?? scalarText(value, existing) };
  }
  if (existing) throw new YamlEditError('not-a-scalar', op.path);
  if (!isMap(parent)) throw new YamlEditError('not-a-mapping', parentPath);
  if (parent.flow) return replaceFlow(parent, () => parent.set(last, op.value));
  const lastPair = parent.items[parent.items.length - 1]!;
  const keyColumn = column(text, (lastPair.key as Node).range![0]);
  const indent = ' '.repeat(keyColumn);
  const at = blockEnd(text, (lastPair.value as Node | null) ?? (lastPair.key as Node));
  const scalar = op.value as string | number;
  const value = (typeof scalar === 'string' && op.path[0] === 'text' ? literalBlock(scalar, keyColumn) : undefined) ?? scalarText(scalar, undefined, last);
  return insertAt(at, `${indent}${String(last)}: ${value}\n`);
}

/**
 * A folded (`>`) or literal (`|`) text gets its new value in the same style, its lines as far in as the old ones.
 * A value that the style cannot hold (leading blanks, control characters) is written quoted on the key's line.
 */
function setBlock(text: string, node: Scalar, value: string | number): Splice {
  const start = node.range![0];
  const end = blockEnd(text, node as Node);
  const firstLine = lineEnd(text, start);
  const indent = /^ */.exec(text.slice(firstLine))![0].length || column(text, lineStart(text, start)) + 2;
  const probe = new Scalar(typeof value === 'number' ? String(value) : value);
  probe.type = node.type;
  const doc = parse('');
  doc.contents = doc.createNode({ k: probe }) as never;
  const rendered = doc.toString({ lineWidth: Math.max(40, 80 - indent + 2) }).replace(/^k: /, '');
  if (!/^[>|]/.test(rendered) || typeof value === 'number') return { start, end, insert: `${scalarText(value, node)}\n` };
  const lines = rendered.split('\n');
  const body = lines.slice(1).map((line) => (line.startsWith('  ') ? ' '.repeat(indent) + line.slice(2) : line));
  return { start, end, insert: [lines[0], ...body].join('\n') };
}

/** A flow collection (or an empty one) is short: it is rewritten as a whole, in flow style, on its own line. */
function replaceFlow(node: Node, change: (items: unknown[]) => void): Splice {
  const collection = node as unknown as { items: unknown[]; flow?: boolean };
  change(collection.items);
  collection.flow = true;
  // The anchor and tag stand before the collection's range, and stay where they are.
  (node as { anchor?: string }).anchor = undefined;
  (node as { tag?: string }).tag = undefined;
  const rendered = stringify(node, { lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '');
  const [start, end] = node.range!;
  return { start, end, insert: rendered };
}
