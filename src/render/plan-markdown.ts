import type { Block, Line, PlanDocument } from '../document/plan.js';
import { outline } from '../document/plan.js';
import { markdown as markdownText } from './escape.js';

/** The plan document as markdown for a wiki or a pull request; everything from the roster is escaped. */
export function planMarkdown(doc: PlanDocument): string {
  const out: string[] = [`# ${markdownText(doc.title)}`, ''];
  const add = (lines: string[]) => {
    if (lines.length) out.push(...lines, '');
  };
  for (const block of doc.front) add(blockMarkdown(block));
  for (const { section, depth } of outline(doc)) {
    out.push(`${'#'.repeat(depth + 1)} ${markdownText(section.title)}`, '');
    for (const block of section.blocks) add(blockMarkdown(block));
  }
  out.push('---', '', `_${markdownText(doc.footer.text)}_`, '', `_${markdownText(doc.footer.signing)}_`, '');
  return out.join('\n');
}

function lineMarkdown(line: Line): string {
  return line
    .map((run) => {
      const text = markdownText(run.text);
      // Emphasis markers must touch the text, so surrounding spaces stay outside them.
      if (!run.strong || text.trim() === '') return text;
      const [, lead, core, trail] = /^(\s*)(.*?)(\s*)$/.exec(text)!;
      return `${lead}**${core}**${trail}`;
    })
    .join('');
}

/** Spaces at the start of a block would make it code; markdown would drop them anyway. */
const startOfBlock = (text: string) => text.replace(/^\s+/, '');

function blockMarkdown(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [startOfBlock(lineMarkdown(block.text))];
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${startOfBlock(lineMarkdown(item))}`);
    case 'table': {
      const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
      return [
        row(block.header.map(markdownText)),
        row(block.header.map(() => '---')),
        ...block.rows.map((cells) => row(cells.map((lines) => lines.map(lineMarkdown).join('; ')))),
      ];
    }
    case 'signature-space': {
      // Room to sign is for paper; markdown leaves it out, and says only what is signed.
      const said = block.signed ?? block.note;
      return said ? [`_${markdownText(said)}_`] : [];
    }
    case 'signatures': {
      const { labels } = block;
      return [
        `| ${[labels.name, labels.role, labels.date, labels.signature].map(markdownText).join(' | ')} |`,
        '| --- | --- | --- | --- |',
        ...block.people.map(
          (person) =>
            `| **${markdownText(person.name)}**${person.note ? ` – _${markdownText(person.note)}_` : ''} | ${markdownText(`${person.title}, ${person.organisation}`)} | ${person.signed ? markdownText(person.signed) : ''} |  |`,
        ),
      ];
    }
  }
}
