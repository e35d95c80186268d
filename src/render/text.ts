const ANSI = /\x1b\[[0-9;]*m/g;

/** Columns a string takes on screen (colour codes take none). */
export function visibleLength(text: string): number {
  return text.replace(ANSI, '').length;
}

/**
 * Control characters and bidirectional overrides: what could move the cursor, clear the screen, retitle the window,
 * hide text or reorder it on a terminal. Lint refuses them in a roster; renderers still never print one raw.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
const BREAKS = /[\t\n]/g;

/** Text for a terminal or a one-line format: line breaks and tabs become spaces, other control characters U+FFFD. */
export function terminalSafe(text: string): string {
  return text.replace(BREAKS, ' ').replace(UNSAFE, '\ufffd');
}

/** Every string in plain data (arrays and plain objects; other objects such as dates are kept) made terminal-safe. */
export function terminalSafeData<T>(value: T): T {
  if (typeof value === 'string') return terminalSafe(value) as T;
  if (Array.isArray(value)) return value.map(terminalSafeData) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, terminalSafeData(v)])) as T;
  }
  return value;
}

// eslint-disable-next-line no-control-regex
const UNSAFE_KEEPING_BREAKS = /[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Every string in plain data with control characters and bidirectional overrides removed (line breaks and tabs
 * kept): the cleaning that the markdown, HTML and terminal renderings do, for JSON, so that no format passes an
 * escape sequence on to whoever shows it.
 */
export function withoutControls<T>(value: T): T {
  if (typeof value === 'string') return value.replace(UNSAFE_KEEPING_BREAKS, '') as T;
  if (Array.isArray(value)) return value.map(withoutControls) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutControls(v)])) as T;
  }
  return value;
}

/** A name cut to `width` columns with an ellipsis, as the contact sheet and activate print names. */
export function fitName(name: string, width: number): string {
  return name.length > width ? name.slice(0, width - 1) + '…' : name;
}

/** Word-wraps a paragraph to `width` columns; continuation lines get `indent`. A word wider than a line is cut. */
export function wrap(text: string, width = 80, first = '', indent = first.replace(/./g, ' ')): string[] {
  const room = Math.max(10, width - indent.length);
  const words = text.split(/\s+/).filter(Boolean).flatMap((word) => {
    if (word.length <= room || word.includes('\x1b')) return [word];
    const parts: string[] = [];
    for (let i = 0; i < word.length; i += room) parts.push(word.slice(i, i + room));
    return parts;
  });
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    if (!empty && visibleLength(line) + 1 + visibleLength(word) > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}
