const ANSI = /\x1b\[[0-9;]*m/g;

/** Columns a string takes on screen (colour codes take none). */
export function visibleLength(text: string): number {
  return text.replace(ANSI, '').length;
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
