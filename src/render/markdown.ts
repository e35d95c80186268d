import type { Block, Line } from '../document/blocks.js';
import { markdown } from './escape.js';

/*
 * Blocks as markdown (CommonMark/GFM, for a wiki or a pull request), one renderer for every document: each block is
 * followed by an empty line, and all text goes through markdown() from escape.ts.
 */

export function lineMarkdown(line: Line): string {
  return line
    .map((run) => {
      const text = markdown(run.text);
      // Emphasis markers must touch the text, so surrounding spaces stay outside them.
      if (!run.strong || text.trim() === '') return text;
      const [, lead, core, trail] = /^(\s*)(.*?)(\s*)$/.exec(text)!;
      return `${lead}**${core}**${trail}`;
    })
    .join('');
}

/** Spaces at the start of a block would make it code; markdown would drop them anyway. */
const startOfBlock = (text: string) => text.replace(/^\s+/, '');

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** The lines of one block; none for what markdown does not show. */
export function blockMarkdown(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return [`${'#'.repeat(block.level)} ${markdown(block.text)}`];
    case 'paragraph':
      return [startOfBlock(lineMarkdown(block.text))];
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${startOfBlock(lineMarkdown(item))}`);
    case 'table': {
      // A table laid out for print joins a cell's lines with "; "; a table of data gives an empty cell a space.
      const cell = (lines: Line[]) => lines.map(lineMarkdown).join('; ') || (block.widths ? '' : ' ');
      return [
        row(block.header.map((h) => markdown(h) || (block.widths ? '' : ' '))),
        row(block.header.map((_, i) => (block.numeric?.includes(i) ? '---:' : '---'))),
        ...block.rows.map((cells) => row(cells.map(cell))),
      ];
    }
    case 'answer':
      // Room to write: two empty paragraphs that markdown keeps.
      return [markdown(block.label), '', '&nbsp;', '', '&nbsp;'];
    case 'chart':
      // A chart is for paper and screen; its numbers are in the table beside it.
      return [];
    case 'signature-space': {
      // Room to sign is for paper; markdown leaves it out, and says only what is signed.
      const said = block.signed ?? block.note;
      return said ? [`_${markdown(said)}_`] : [];
    }
    case 'signatures': {
      const { labels } = block;
      return [
        row([labels.name, labels.role, labels.date, labels.signature].map(markdown)),
        '| --- | --- | --- | --- |',
        ...block.people.map(
          (person) =>
            `| **${markdown(person.name)}**${person.note ? ` – _${markdown(person.note)}_` : ''} | ${markdown(`${person.title}, ${person.organisation}`)} | ${person.signed ? markdown(person.signed) : ''} |  |`,
        ),
      ];
    }
  }
}

/** Blocks as markdown: each followed by an empty line; a block markdown does not show leaves no trace. */
export function blocksMarkdown(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    const lines = blockMarkdown(block);
    if (lines.length) out.push(...lines, '');
  }
  return out;
}
