import type { Block, Line } from '../document/blocks.js';
import { chartSvg } from './chart.js';
import { html } from './escape.js';

/*
 * Blocks as HTML, one renderer for every document: the page around them (its CSS, title and structure) is the
 * document's own; all text goes through html() from escape.ts.
 */

export function lineHtml(line: Line): string {
  return line
    .map((run) => {
      const text = html(run.text);
      // A phone number broken over two lines is misread.
      const kept = run.phone ? `<span class="phone">${text}</span>` : text;
      return run.strong ? `<strong>${kept}</strong>` : kept;
    })
    .join('');
}

function tableHtml(block: Extract<Block, { kind: 'table' }>): string {
  if (block.widths) {
    // Laid out for print: fixed column widths, a class to style it by, every line of a cell its own.
    const cols = block.widths.map((w) => `<col style="width:${w}%">`).join('');
    const head = block.header.map((h) => `<th scope="col">${html(h)}</th>`).join('');
    const rows = block.rows.map((cells) => `<tr>${cells.map((lines) => `<td>${lines.map((l) => `<div>${lineHtml(l)}</div>`).join('')}</td>`).join('')}</tr>`);
    return `<table${block.id ? ` class="${html(block.id)}"` : ''}><colgroup>${cols}</colgroup>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>`;
  }
  // A table of data: numbers aligned right; a table of labels and counts has no header worth a row.
  const cls = (i: number) => (block.numeric?.includes(i) ? ' class="n"' : '');
  const head = block.header.some(Boolean) ? `<thead><tr>${block.header.map((h, i) => `<th${cls(i)}>${html(h)}</th>`).join('')}</tr></thead>` : '';
  const rows = block.rows.map((cells) => `<tr>${cells.map((lines, i) => `<td${cls(i)}>${lines.map(lineHtml).join('<br>')}</td>`).join('')}</tr>`).join('');
  return `<table>${head}<tbody>${rows}</tbody></table>`;
}

/** One block; `before` and `after` are its neighbours, for what belongs together on paper. */
export function blockHtml(block: Block, before?: Block, after?: Block): string {
  switch (block.kind) {
    case 'heading': {
      const h = `<h${block.level}>${html(block.text)}</h${block.level}>`;
      // A question and its answer box are one unit on paper: never the question at the foot of a page, the box on the next.
      return after?.kind === 'answer' ? `<div class="question">${h}` : h;
    }
    case 'paragraph':
      return `<p>${lineHtml(block.text)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${lineHtml(item)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return tableHtml(block);
    case 'answer':
      return `<div class="answer"><span>${html(block.label)}</span></div>${before?.kind === 'heading' ? '</div>' : ''}`;
    case 'chart':
      return chartSvg(block.chart);
    case 'signature-space':
      // The date and version where the current version is signed stand on the line; an older signature under it.
      return `<div class="signature-space">${block.signed ? html(block.signed) : ''}</div>${block.note ? `<p><em>${html(block.note)}</em></p>` : ''}`;
    case 'signatures': {
      const l = block.labels;
      const rows = block.people.map(
        (p) =>
          `<tr><td class="who"><div><strong>${html(p.name)}</strong></div><div>${html(p.title)}</div><div>${html(p.organisation)}</div>${p.note ? `<div><em>${html(p.note)}</em></div>` : ''}</td><td class="line">${p.signed ? html(p.signed) : ''}</td><td class="line"></td></tr>`,
      );
      return `<table class="signatures"><colgroup><col style="width:46%"><col style="width:18%"><col style="width:36%"></colgroup>\n<thead><tr><th scope="col">${html(l.name)}</th><th scope="col">${html(l.date)}</th><th scope="col">${html(l.signature)}</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>`;
    }
  }
}

/** Blocks as HTML, one a line. */
export function blocksHtml(blocks: readonly Block[]): string[] {
  return blocks.map((b, i) => blockHtml(b, blocks[i - 1], blocks[i + 1]));
}
