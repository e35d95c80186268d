import type { PlanDocument, Section } from '../document/plan.js';
import { cssString, html } from './escape.js';
import { blockHtml, blocksHtml, lineHtml } from './html.js';

/*
 * The plan document as one self-contained HTML file: inline CSS, no script, no external request. It prints on A4:
 * headings stay with what follows them, no table row or signature block is split across pages, the table header is
 * repeated, and every page carries the roster's revision and its page number in the margin.
 */

function css(doc: PlanDocument): string {
  const f = doc.footer;
  return `@page{size:A4 portrait;margin:18mm 16mm 20mm 18mm;
@bottom-left{content:${cssString(f.text)};font:7.5pt "DejaVu Sans",Arial,sans-serif;color:#444}
@bottom-right{content:${cssString(`${f.page} `)} counter(page) ${cssString(` ${f.of} `)} counter(pages);font:7.5pt "DejaVu Sans",Arial,sans-serif;color:#444}}
*{box-sizing:border-box}
body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;font-size:10pt;line-height:1.4;color:#000;margin:0;overflow-wrap:break-word}
td,th{overflow-wrap:anywhere}
h1{font-size:20pt;margin:0 0 8pt;line-height:1.2}
h2{font-size:14pt;margin:18pt 0 6pt;border-bottom:1pt solid #000;padding-bottom:2pt}
h3{font-size:11.5pt;margin:12pt 0 4pt}
h1,h2,h3{break-after:avoid;page-break-after:avoid;break-inside:avoid}
p{margin:0 0 6pt;orphans:3;widows:3}
p:has(+ul,+ol,+table){break-after:avoid;page-break-after:avoid}
ul,ol{margin:0 0 6pt;padding-left:18pt}
li{margin:0 0 2pt;break-inside:avoid}
p.lead{font-size:11pt}
nav{margin:10pt 0 0;padding:6pt 10pt;border:.5pt solid #999;break-inside:avoid}
nav p{font-weight:bold;margin:0 0 3pt}
nav ol{margin:0;padding-left:14pt}
nav a{color:#000;text-decoration:none}
table{border-collapse:collapse;width:100%;margin:0 0 8pt;table-layout:fixed}
thead{display:table-header-group}
th,td{text-align:left;vertical-align:top;padding:3pt 5pt;border:.5pt solid #777}
th{background:#e8e8e8;font-size:9pt}
td{font-size:9pt}
td div+div{margin-top:2pt}
.phone{white-space:nowrap}
tr{break-inside:avoid;page-break-inside:avoid}
section.new-page{break-before:page;page-break-before:always}
table.signatures{border-collapse:separate;border-spacing:10pt 0;margin-left:-10pt;width:calc(100% + 20pt)}
table.signatures td{border:none;height:24mm;vertical-align:bottom;padding:3pt 0}
table.signatures td.line{border-bottom:1pt solid #000}
table.signatures th{background:none;border:none;padding:3pt 0}
div.signature-space{height:16mm;display:flex;align-items:flex-end;width:60%;border-bottom:1pt solid #000;margin:0 0 10pt;break-before:avoid;page-break-before:avoid}
footer{margin-top:18pt;font-size:8pt;color:#333;border-top:.5pt solid #999;padding-top:4pt}
@media print{footer{display:none}}
@media screen{body{padding:16mm;max-width:210mm;margin:0 auto}}`;
}

function sectionHtml(section: Section, depth: number): string {
  const tag = `h${Math.min(depth + 1, 6)}`;
  return [
    `<section id="${html(section.id)}"${section.startsPage ? ' class="new-page"' : ''}>`,
    `<${tag}>${html(section.title)}</${tag}>`,
    ...blocksHtml(section.blocks),
    ...section.sections.map((s) => sectionHtml(s, depth + 1)),
    `</section>`,
  ].join('\n');
}

function contentsHtml(sections: Section[]): string {
  return `<ol>${sections.map((s) => `<li><a href="#${html(s.id)}">${html(s.title)}</a>${s.sections.length ? contentsHtml(s.sections) : ''}</li>`).join('')}</ol>`;
}

export function planHtml(doc: PlanDocument): string {
  const [lead, ...front] = doc.front;
  return `<!DOCTYPE html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${html(doc.title)}</title>
<style>${css(doc)}</style>
</head>
<body>
<header>
<h1>${html(doc.title)}</h1>
${lead && lead.kind === 'paragraph' ? `<p class="lead">${lineHtml(lead.text)}</p>` : lead ? blockHtml(lead) : ''}
${blocksHtml(front).join('\n')}
${doc.contentsTitle ? `<nav><p>${html(doc.contentsTitle)}</p>${contentsHtml(doc.sections)}</nav>` : ''}
</header>
<main>
${doc.sections.map((s) => sectionHtml(s, 1)).join('\n')}
</main>
<footer>${html(doc.footer.text)}<br>${html(doc.footer.signing)}</footer>
</body>
</html>
`;
}
