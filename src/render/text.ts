const ANSI = /\x1b\[[0-9;]*m/g;

/** Columns a string takes on screen (colour codes take none). */
export function visibleLength(text: string): number {
  return text.replace(ANSI, '').length;
}

/** Word-wraps a paragraph to `width` columns; continuation lines get `indent`. */
export function wrap(text: string, width = 80, first = '', indent = first.replace(/./g, ' ')): string[] {
  const words = text.split(/\s+/).filter(Boolean);
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
