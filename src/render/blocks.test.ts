import { Lexer } from 'marked';
import { describe, expect, it } from 'vitest';
import { dataTable, heading, paragraph, type Block } from '../document/blocks.js';
import { blocksHtml } from './html.js';
import { blocksMarkdown } from './markdown.js';

const printTable: Block = { kind: 'table', id: 'group', header: ['Navn', 'Stedfortræder'], widths: [40, 60], rows: [[[[{ text: 'Ida <b>', strong: true }]], []]] };

describe('one renderer per format for every document', () => {
  it('a table of data: an empty cell is a space, numbers aligned right; a header of blanks is no header row in HTML', () => {
    const table = dataTable(['', ''], [['Mødt', '3'], ['a|b', '']], [1]);
    expect(blocksMarkdown([table])).toEqual(['|   |   |', '| --- | ---: |', '| Mødt | 3 |', '| a\\|b |   |', '']);
    expect(blocksHtml([table])).toEqual(['<table><tbody><tr><td>Mødt</td><td class="n">3</td></tr><tr><td>a|b</td><td class="n"></td></tr></tbody></table>']);
  });

  it('a table laid out for print: column widths and a class in HTML, escaped runs, an empty cell empty', () => {
    expect(blocksMarkdown([printTable])).toEqual(['| Navn | Stedfortræder |', '| --- | --- |', '| **Ida \\<b\\>** |  |', '']);
    const [html] = blocksHtml([printTable]);
    expect(html).toContain('<table class="group"><colgroup><col style="width:40%"><col style="width:60%"></colgroup>');
    expect(html).toContain('<td><div><strong>Ida &lt;b&gt;</strong></div></td><td></td>');
  });

  it('a question and its answer space stay together in HTML; markdown keeps room to write', () => {
    const blocks: Block[] = [heading(3, 'Virkede det?'), { kind: 'answer', label: 'Svar:' }];
    expect(blocksHtml(blocks)).toEqual(['<div class="question"><h3>Virkede det?</h3>', '<div class="answer"><span>Svar:</span></div></div>']);
    expect(blocksMarkdown(blocks)).toEqual(['### Virkede det?', '', 'Svar:', '', '&nbsp;', '', '&nbsp;', '']);
  });

  it('a chart is drawn in HTML from its data, escaped, and left out of markdown', () => {
    const chart: Block = { kind: 'chart', chart: { title: 'Aktiveringer <2026>', categories: ['jan', 'feb'], series: [{ id: 'red', label: 'Rødt', values: [2, 0], total: 2 }] } };
    const [svg] = blocksHtml([chart]);
    expect(svg).toMatch(/^<svg [^>]*aria-label="Aktiveringer &lt;2026&gt;"/);
    expect(svg).toContain('<title>jan: Rødt 2</title>');
    expect(svg).toContain('Rødt (2)');
    expect(blocksMarkdown([chart])).toEqual([]);
  });

  it('text cannot become markup in either format', () => {
    const blocks = [heading(1, '<h1>x</h1>\n# y'), paragraph('  - ikke en liste\n## heller ikke')];
    expect(blocksHtml(blocks).join('')).not.toMatch(/<h1>x|<h1><h1>/);
    const tokens = Lexer.lex(blocksMarkdown(blocks).join('\n'));
    expect(tokens.filter((t) => t.type === 'heading')).toHaveLength(1);
    expect(tokens.filter((t) => t.type === 'list' || t.type === 'code')).toHaveLength(0);
  });
});
