import type { Block } from '../document/blocks.js';
import type { Lang } from '../i18n/index.js';
import { html } from './escape.js';
import { blocksHtml } from './html.js';
import { blocksMarkdown } from './markdown.js';

/* The reports made from the journal (evaluation, status report) as a page: markdown, or HTML that prints on A4. */

const REPORT_FORMATS = ['markdown', 'html', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const CSS = `@page{size:A4 portrait;margin:15mm}
*{box-sizing:border-box}
body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;font-size:9.5pt;line-height:1.35;color:#000;background:#fff;margin:0;max-width:180mm}
h1{font-size:15pt;margin:0 0 6pt;break-after:avoid}
h2{font-size:11.5pt;margin:12pt 0 4pt;border-bottom:1.5px solid #000;break-after:avoid}
h3{font-size:10pt;margin:8pt 0 3pt;break-after:avoid}
p{margin:3pt 0;orphans:3;widows:3}
li{break-inside:avoid}
ul{margin:3pt 0;padding-left:14pt}
table{border-collapse:collapse;width:100%;margin:3pt 0}
th,td{border:1px solid #000;padding:2pt 4pt;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{font-weight:bold;background:#eee;white-space:nowrap}
td.n,th.n{text-align:right}
tr{break-inside:avoid}
.answer{border:1px solid #000;min-height:28mm;margin:2pt 0 6pt;padding:3pt;break-inside:avoid}
.answer span{font-style:italic}
.question{break-inside:avoid}
svg{display:block;max-width:100%;height:auto;margin:4pt 0;break-inside:avoid}
svg text{font-family:inherit}
@media screen{body{margin:12mm auto;padding:0 6mm}}`;

export function reportMarkdown(blocks: readonly Block[]): string {
  return blocksMarkdown(blocks).join('\n');
}

export function reportHtml(blocks: readonly Block[], lang: Lang, title: string): string {
  return `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${html(title)}</title>\n<style>\n${CSS}\n</style>\n</head>\n<body>\n${blocksHtml(blocks).join('\n')}\n</body>\n</html>\n`;
}
