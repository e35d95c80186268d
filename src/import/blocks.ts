/**
 * A plan document as a list of blocks: headings, paragraphs, bullet items and tables, numbered as the reader counts
 * them (the n-th paragraph of the document, empty ones not counted), so that a review item can point at its source.
 * Markdown and plain text are read as the Randers plan is written; Word files through mammoth's document model.
 */

export interface Block {
  /** The paragraph's number in the document, from 1. */
  n: number;
  /** The source line (markdown and text only). */
  line?: number;
  kind: 'heading' | 'para' | 'bullet' | 'table';
  /** Heading level, 1 for the title. */
  level: number;
  text: string;
  rows?: string[][];
}

/** Tabs and control characters become spaces; runs of spaces one; emphasis marks go. */
export function cleanText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u00a0]/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

const stripEmphasis = (text: string) => text.replace(/\*\*|__/g, '');

/** Markdown or plain text as the seed is written: `#` headings, `- ` bullets, tab-separated or `|` table rows. */
export function blocksFromMarkdown(source: string): Block[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let para: string[] = [];
  let paraLine = 0;
  let table: string[][] = [];
  let tableLine = 0;
  let tableTabs = false;
  const push = (b: Omit<Block, 'n'>) => blocks.push({ n: blocks.length + 1, ...b });
  const flushPara = () => {
    if (para.length) push({ kind: 'para', level: 0, text: cleanText(stripEmphasis(para.join(' '))), line: paraLine });
    para = [];
  };
  const flushTable = () => {
    if (table.length) push({ kind: 'table', level: 0, text: table.map((r) => r.join(' | ')).join('\n'), rows: table, line: tableLine });
    table = [];
    tableTabs = false;
  };
  lines.forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    const lineNo = i + 1;
    const isTableRow = line.includes('\t') || /^\s*\|.*\|\s*$/.test(line);
    // Blank lines between tab-separated rows (a table saved from Word as text, with a blank line after each
    // paragraph) do not end the table; in markdown a blank line ends a | table.
    if (line.trim() === '') {
      if (!tableTabs) flushTable();
      return flushPara();
    }
    if (!isTableRow) flushTable();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flushPara();
      const text = cleanText(stripEmphasis(heading[2]!));
      if (text) push({ kind: 'heading', level: heading[1]!.length, text, line: lineNo });
      return;
    }
    // A line that is only bold text ("**Formål**") is a heading, as a bold line in Word is.
    const bold = /^\s*\*\*([^*]+)\*\*\s*$/.exec(line);
    if (bold && isHeadingLike(bold[1]!)) {
      flushPara();
      push({ kind: 'heading', level: 3, text: cleanText(bold[1]!), line: lineNo });
      return;
    }
    const bullet = /^\s*[-*•]\s+(.*)$/.exec(line);
    if (bullet) {
      flushPara();
      push({ kind: 'bullet', level: 0, text: cleanText(stripEmphasis(bullet[1]!)), line: lineNo });
      return;
    }
    if (isTableRow) {
      flushPara();
      if (/^\s*\|?[\s:|-]+\|?\s*$/.test(line) && line.includes('-')) return; // the |---| row under a header
      const cells = line.includes('\t') ? line.split('\t') : line.trim().replace(/^\||\|$/g, '').split('|');
      if (!table.length) {
        tableLine = lineNo;
        tableTabs = line.includes('\t');
      }
      table.push(cells.map((c) => cleanText(stripEmphasis(c))));
      return;
    }
    // A line of its own is a paragraph of its own (participant and signature lines come one to a line); only a line
    // wrapped mid-sentence — the one before ends without a full stop, and this one starts in lower case — continues it.
    const previous = para[para.length - 1];
    if (previous !== undefined && !(/[\p{L},;–-]$/u.test(previous) && /^\s*\p{Ll}/u.test(line))) flushPara();
    if (!para.length) paraLine = lineNo;
    para.push(line.trim());
  });
  flushPara();
  flushTable();
  return blocks;
}

/** mammoth's document model, as far as it is read here. */
interface MammothNode {
  type: string;
  isBold?: boolean;
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { isOrdered: boolean; level: string } | null;
  children?: MammothNode[];
}

/** Short, no full stop, no phone number: a heading rather than a sentence in bold. */
function isHeadingLike(text: string): boolean {
  return text.trim().length > 0 && text.length <= 80 && !/[.,;]$/.test(text.trim()) && !/\d{4}/.test(text.replace(/\b20\d\d\b/g, ''));
}

/** Every run with text in the paragraph is bold. */
function allBold(node: MammothNode): boolean {
  const runs: MammothNode[] = [];
  const collect = (n: MammothNode) => (n.type === 'run' ? runs.push(n) : (n.children ?? []).forEach(collect));
  collect(node);
  const withText = runs.filter((r) => textOf(r).trim() !== '');
  return withText.length > 0 && withText.every((r) => r.isBold === true);
}

const HEADING_STYLE = /^(?:heading|overskrift)\s*(\d)$/i;
const TITLE_STYLE = /^(?:title|titel)$/i;

function textOf(node: MammothNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'tab') return ' ';
  if (node.type === 'break') return '\n';
  return (node.children ?? []).map(textOf).join('');
}

/** The blocks of mammoth's document: Word headings (Heading n, Overskrift n, Title), list paragraphs, tables. */
export function blocksFromWord(document: MammothNode): Block[] {
  const blocks: Block[] = [];
  const push = (b: Omit<Block, 'n'>) => blocks.push({ n: blocks.length + 1, ...b });
  for (const node of document.children ?? []) {
    if (node.type === 'table') {
      const rows = (node.children ?? [])
        .filter((r) => r.type === 'tableRow')
        .map((r) => (r.children ?? []).filter((c) => c.type === 'tableCell').map((c) => cleanText((c.children ?? []).map(textOf).join(' '))));
      if (rows.length) push({ kind: 'table', level: 0, text: rows.map((r) => r.join(' | ')).join('\n'), rows });
      continue;
    }
    if (node.type !== 'paragraph') continue;
    const style = node.styleName ?? node.styleId ?? '';
    // A line break inside a paragraph (Shift+Enter) separates lines as a new paragraph would.
    for (const piece of textOf(node).split('\n')) {
      const text = cleanText(piece);
      if (!text) continue;
      const heading = HEADING_STYLE.exec(style.replace(/^Heading(\d)$/, 'heading $1'));
      if (heading) push({ kind: 'heading', level: Number(heading[1]), text });
      // Many plans mark their headings only with bold: a short paragraph in bold alone is read as one.
      else if (!node.numbering && allBold(node) && isHeadingLike(text)) push({ kind: 'heading', level: 3, text });
      else if (TITLE_STYLE.test(style)) push({ kind: 'heading', level: 1, text });
      else if (node.numbering) push({ kind: 'bullet', level: 0, text });
      else push({ kind: 'para', level: 0, text });
    }
  }
  return blocks;
}
