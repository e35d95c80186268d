/*
 * The one document model: a document is a list of blocks of plain text, already in the language asked for. The plan,
 * the evaluation and the status report are built as blocks here in document/; the renderers (markdown, HTML, Word)
 * only lay blocks out and escape their text, each in one place.
 */

/** A piece of text; `strong` for what a reader's eye should find (names, numbers). */
export interface Run {
  text: string;
  strong?: boolean;
  /** A phone number: kept on one line. */
  phone?: boolean;
}

/** One line of text made of runs. */
export type Line = Run[];

/** A bar chart: one bar per category, stacked by series; every series carries its own total. */
export interface Chart {
  title: string;
  categories: string[];
  series: Array<{ id: string; label: string; values: number[]; total: number }>;
}

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export type Block =
  | { kind: 'heading'; level: HeadingLevel; text: string }
  | { kind: 'paragraph'; text: Line }
  | { kind: 'list'; ordered: boolean; items: Line[] }
  /**
   * `header` names the columns; each cell is one or more lines. `widths` (percentages) lay a table out for print, as
   * the plan's are; a table without them is a table of data, whose `numeric` columns are aligned right.
   */
  | { kind: 'table'; id?: string; header: string[]; rows: Line[][][]; widths?: number[]; numeric?: number[] }
  /** Room to write an answer in, under `label`. */
  | { kind: 'answer'; label: string }
  | { kind: 'chart'; chart: Chart }
  /** Room for a signature: a line to sign on; `signed` the date and version where the current version is signed, `note` an older signature. */
  | { kind: 'signature-space'; signed?: string; note?: string }
  /** `signed`: the date and version for whoever signed the current version (their line is filled); `note`: an older signature. */
  | { kind: 'signatures'; labels: { name: string; role: string; date: string; signature: string }; people: Array<{ name: string; title: string; organisation: string; signed?: string; note?: string }> };

/** The blocks a plan document is made of (it has its headings in its sections). */
export type PlanBlock = Extract<Block, { kind: 'paragraph' | 'list' | 'table' | 'signature-space' | 'signatures' }>;

/** A line of one run of plain text. */
export const plain = (text: string): Line => [{ text }];

export const heading = (level: HeadingLevel, text: string): Block => ({ kind: 'heading', level, text });

export const paragraph = (text: string): Extract<Block, { kind: 'paragraph' }> => ({ kind: 'paragraph', text: plain(text) });

export const bullets = (items: readonly string[]): Extract<Block, { kind: 'list' }> => ({ kind: 'list', ordered: false, items: items.map(plain) });

/** A table of data from plain strings: one line a cell. */
export function dataTable(header: string[], rows: readonly string[][], numeric?: number[]): Extract<Block, { kind: 'table' }> {
  return { kind: 'table', header, rows: rows.map((r) => r.map((c) => [plain(c)])), ...(numeric ? { numeric } : {}) };
}
