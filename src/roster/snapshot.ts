import type { YamlPath } from './finding.js';
import type { Position, Source } from './source.js';

/**
 * A parsed roster as plain JSON: the data, and what diagnostics need from the file. Stored by `lint --cache` so that
 * an unchanged roster is not parsed again; a Source made from it answers exactly as the one made by parsing.
 */
export interface SourceSnapshot {
  data: unknown;
  /** By node key (see below): the value's line and column, then its key's line and column when it has a key. */
  positions: Record<string, readonly number[]>;
  /** By node key: the scalars YAML did not read as text, as written (`0o12345670`). */
  written: Record<string, string>;
}

// Node keys name a node as the YAML reader's lookup reaches it: '' the root, then `."name"` for a mapping's value
// (the key as text, JSON-quoted) and `[i]` for a sequence item. The quoting keeps them apart whatever a key holds.
export const ROOT_KEY = '';
export const mapChild = (parent: string, name: string): string => `${parent}.${JSON.stringify(name)}`;
export const seqChild = (parent: string, index: number): string => `${parent}[${index}]`;

/** A Source answering from a snapshot: positions and written text as the parsed document gave them. */
export function sourceFromSnapshot(snapshot: SourceSnapshot): Source {
  const { positions, written } = snapshot;
  // As the live reader: a mapping matches a segment as text; a sequence only a number.
  const find = (path: YamlPath): { key: string; complete: boolean } => {
    let key = ROOT_KEY;
    for (const seg of path) {
      const named = mapChild(key, String(seg));
      if (Object.hasOwn(positions, named)) key = named;
      else if (typeof seg === 'number' && Object.hasOwn(positions, seqChild(key, seg))) key = seqChild(key, seg);
      else return { key, complete: false };
    }
    return { key, complete: true };
  };
  return {
    data: snapshot.data,
    locate(path, atKey = false): Position {
      const found = find(path);
      const at = positions[found.key]!;
      if (atKey && found.complete && at.length === 4) return { line: at[2]!, col: at[3]! };
      return { line: at[0]!, col: at[1]! };
    },
    written(path) {
      const found = find(path);
      return found.complete && Object.hasOwn(written, found.key) ? written[found.key] : undefined;
    },
    snapshot: () => snapshot,
  };
}

/**
 * The snapshot as JSON, or undefined when JSON cannot carry its data exactly (`.nan`, `.inf` and -0 would come back
 * as null or 0): such a roster is simply parsed every time.
 */
export function snapshotToJson(snapshot: SourceSnapshot): string | undefined {
  let exact = true;
  const json = JSON.stringify(snapshot, (_key, value: unknown) => {
    if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) exact = false;
    return value;
  });
  return exact ? json : undefined;
}

/** JSON text → a snapshot, or undefined when it is not one (damaged, or written by something else). */
export function snapshotFromJson(json: string): SourceSnapshot | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || !('data' in value) || !isRecord(value.positions) || !isRecord(value.written)) return undefined;
  const { positions, written } = value;
  if (!Object.hasOwn(positions, ROOT_KEY)) return undefined;
  for (const key in positions) {
    const at = positions[key];
    if (!Array.isArray(at) || (at.length !== 2 && at.length !== 4) || !at.every((n) => Number.isSafeInteger(n) && n >= 0)) return undefined;
  }
  for (const key in written) if (typeof written[key] !== 'string') return undefined;
  return { data: value.data, positions: positions as SourceSnapshot['positions'], written: written as SourceSnapshot['written'] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
