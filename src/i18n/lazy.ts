/**
 * A table made the first time it is asked for, then the same one each time: a command builds, and V8 compiles, only
 * the sentences it reads, in the language it speaks.
 */
export function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}
