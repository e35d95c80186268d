import { isCollection, isMap, isPair, isScalar, isSeq, parseDocument, Scalar, stringify, visit, type Document, type Node } from 'yaml';

/**
 * Changes to a YAML text that leave everything outside the changed lines as it was. `yaml` re-renders a whole document
 * when stringified (it refolds long texts and breaks long flow mappings), so each change is applied to the text at the
 * place the Document reports for the node, and the result is checked against the same change made with the Document
 * API (`setIn`, `deleteIn`): the text must read back as exactly that.
 */
export type YamlPath = ReadonlyArray<string | number>;

export type Op =
  /** Sets a scalar value, adding the key when the mapping lacks it. */
  | { op: 'set'; path: YamlPath; value: string | number }
  /** Adds a key the mapping lacks, with a mapping or a sequence as its value (in block style in a block mapping). */
  | { op: 'add'; path: YamlPath; value: object }
  /** Appends an item (a scalar or a mapping) to a sequence. */
  | { op: 'append'; path: YamlPath; value: unknown }
  /** Replaces a sequence item, or inserts one after it (`after: true`). */
  | { op: 'put'; path: YamlPath; value: unknown; after?: boolean }
  /** Removes a sequence item or a mapping key. */
  | { op: 'delete'; path: YamlPath };

export class YamlEditError extends Error {}

const parse = (text: string) => parseDocument(text, { keepSourceTokens: false, uniqueKeys: false });

/** Applies the operations one after another; throws YamlEditError when the text cannot be changed in place. */
export function applyOps(text: string, ops: readonly Op[]): string {
  const expected = parse(text);
  let out = text;
  for (const op of ops) {
    out = applyOne(out, op);
    applyToDocument(expected, op);
  }
  const got = JSON.stringify(parse(out).toJS());
  if (got !== JSON.stringify(expected.toJS())) throw new YamlEditError('the edited text does not read back as the edit');
  return out;
}

function applyToDocument(doc: Document, op: Op): void {
  if (op.op === 'set') doc.setIn(op.path, op.value);
  else if (op.op === 'add') doc.setIn(op.path, doc.createNode(op.value));
  else if (op.op === 'append') doc.addIn(op.path, doc.createNode(op.value));
  else if (op.op === 'delete') doc.deleteIn(op.path);
  else {
    const seq = doc.getIn(op.path.slice(0, -1), true);
    if (!isSeq(seq)) throw new YamlEditError(`not a sequence: ${op.path.join('.')}`);
    const index = Number(op.path[op.path.length - 1]);
    seq.items.splice(op.after ? index + 1 : index, op.after ? 0 : 1, doc.createNode(op.value));
  }
}

function nodeAt(doc: Document, path: YamlPath): Node {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!node || typeof node !== 'object' || !('range' in node) || !node.range) {
    throw new YamlEditError(`nothing at ${path.join('.')}`);
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

function applyOne(text: string, op: Op): string {
  const doc = parse(text);
  const parentPath = op.path.slice(0, -1);
  const last = op.path[op.path.length - 1];
  if (op.op === 'append') {
    const seq = nodeAt(doc, op.path);
    if (!isSeq(seq)) throw new YamlEditError(`not a sequence: ${op.path.join('.')}`);
    if (seq.flow || seq.items.length === 0) return replaceFlow(text, doc, seq, (items) => items.push(doc.createNode(op.value)));
    const first = seq.items[0] as Node;
    const dash = text.lastIndexOf('-', first.range![0]);
    const lastItem = seq.items[seq.items.length - 1] as Node;
    const at = blockEnd(text, lastItem);
    return text.slice(0, at) + blockLines(op.value, ' '.repeat(column(text, dash)), true) + text.slice(at);
  }
  const parent = nodeAt(doc, parentPath);
  if (op.op === 'put') {
    if (!isSeq(parent)) throw new YamlEditError(`not a sequence: ${parentPath.join('.')}`);
    const index = Number(last);
    const item = parent.items[index] as Node | undefined;
    if (!item) throw new YamlEditError(`no item ${op.path.join('.')}`);
    if (parent.flow) return replaceFlow(text, doc, parent, (items) => items.splice(op.after ? index + 1 : index, op.after ? 0 : 1, doc.createNode(op.value)));
    const start = lineStart(text, item.range![0]);
    const dash = text.lastIndexOf('-', item.range![0]);
    const end = blockEnd(text, item);
    const lines = blockLines(op.value, ' '.repeat(column(text, dash)), true);
    return op.after ? text.slice(0, end) + lines + text.slice(end) : text.slice(0, start) + lines + text.slice(end);
  }
  if (op.op === 'delete') {
    if (isSeq(parent)) {
      const item = parent.items[Number(last)] as Node | undefined;
      if (!item) throw new YamlEditError(`no item ${op.path.join('.')}`);
      if (parent.flow || parent.items.length === 1) return replaceFlow(text, doc, parent, (items) => items.splice(Number(last), 1));
      return text.slice(0, lineStart(text, item.range![0])) + text.slice(blockEnd(text, item));
    }
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
      if (!pair) return text;
      if (parent.flow) return replaceFlow(text, doc, parent, (items) => items.splice(items.indexOf(pair as never), 1));
      const key = pair.key as Node;
      const value = (pair.value as Node | null) ?? key;
      return text.slice(0, lineStart(text, key.range![0])) + text.slice(blockEnd(text, value));
    }
    throw new YamlEditError(`cannot delete ${op.path.join('.')}`);
  }
  if (op.op === 'add') {
    if (!isMap(parent)) throw new YamlEditError(`not a mapping: ${parentPath.join('.')}`);
    if (parent.has(last)) throw new YamlEditError(`already there: ${op.path.join('.')}`);
    if (parent.flow || parent.items.length === 0) return replaceFlow(text, doc, parent, () => parent.set(last, doc.createNode(op.value)));
    const lastPair = parent.items[parent.items.length - 1]!;
    const indent = ' '.repeat(column(text, (lastPair.key as Node).range![0]));
    const at = blockEnd(text, (lastPair.value as Node | null) ?? (lastPair.key as Node));
    return text.slice(0, at) + `${indent}${String(last)}:\n` + blockLines(op.value, `${indent}  `, false) + text.slice(at);
  }
  // set
  const existing = isCollection(parent) ? (parent.get(last, true) as Node | undefined) : undefined;
  if (existing && isScalar(existing)) {
    const [start, end] = existing.range!;
    return text.slice(0, start) + scalarText(op.value, existing) + text.slice(end);
  }
  if (existing) throw new YamlEditError(`not a scalar: ${op.path.join('.')}`);
  if (!isMap(parent)) throw new YamlEditError(`not a mapping: ${parentPath.join('.')}`);
  if (parent.flow) return replaceFlow(text, doc, parent, () => parent.set(last, op.value));
  const lastPair = parent.items[parent.items.length - 1]!;
  const indent = ' '.repeat(column(text, (lastPair.key as Node).range![0]));
  const at = blockEnd(text, (lastPair.value as Node | null) ?? (lastPair.key as Node));
  return text.slice(0, at) + `${indent}${String(last)}: ${scalarText(op.value, undefined, last)}\n` + text.slice(at);
}

/** A flow collection (or an empty one) is short: it is rewritten as a whole, in flow style, on its own line. */
function replaceFlow(text: string, doc: Document, node: Node, change: (items: unknown[]) => void): string {
  const collection = node as unknown as { items: unknown[]; flow?: boolean };
  change(collection.items);
  collection.flow = true;
  const rendered = stringify(node, { lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '');
  const [start, end] = node.range!;
  void doc;
  return text.slice(0, start) + rendered + text.slice(end);
}
