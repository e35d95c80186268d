import type { View } from './view.js';
import type { Messages } from '../i18n/index.js';
import type { Sheet, SheetContact, SheetLevel } from '../domain/sheet.js';
import type { Contact } from '../roster/contacts.js';
import { style } from './style.js';
import { fitName, wrap } from './text.js';
import { csvCell, foldContentLine, html, markdown as md, terminalSafeData, vcardText } from './escape.js';

export const SHEET_FORMATS = ['text', 'markdown', 'html', 'csv', 'vcard', 'json'] as const;
export type SheetFormat = (typeof SHEET_FORMATS)[number];


export function renderSheet(sheet: Sheet, format: SheetFormat, v: View): string {
  switch (format) {
    case 'text':
      return sheetText(sheet, v);
    case 'markdown':
      return sheetMarkdown(sheet, v);
    case 'html':
      return sheetHtml(sheet, v);
    case 'csv':
      return sheetCsv(sheet, v);
    case 'vcard':
      return sheetVcard(sheet, v);
    case 'json':
      return JSON.stringify(sheetData(sheet), null, 2) + '\n';
  }
}

function conveneText(level: SheetLevel, t: Messages): string {
  const c = level.convene;
  if (c.type === 'none') return t.sheet.convene.none(t.list(level.forums));
  return c.type === 'working-days' ? t.sheet.convene.workingDays(c.days) : t.sheet.convene.hours(c.hours);
}

function rolesText(c: SheetContact, t: Messages): string {
  return c.roles
    .filter((r) => r !== 'call')
    .map((r) => (r === 'substitute' && c.substituteFor ? t.sheet.substituteFor(c.substituteFor) : t.sheet.roles[r]!))
    .join(', ');
}

function footerText(sheet: Sheet, t: Messages): string {
  const f = sheet.footer;
  return t.sheet.footer(f.revision, f.lastChanged, f.hash, f.madeOn);
}

function sheetText(data: Sheet, { t, color }: View): string {
  const sheet = terminalSafeData(data);
  const s = style(color);
  const out: string[] = [s.bold(`${t.sheet.heading}: ${sheet.title}`), sheet.municipality];
  out.push(...wrap(`${t.sheet.areas(sheet.areas.length)}: ${sheet.areas.join('; ')}`, 80, '', '  '));
  out.push(t.sheet.period(sheet.period.start, sheet.period.end), '', s.bold(t.sheet.levels));
  for (const level of sheet.levels) out.push(...wrap(`${level.name}: ${conveneText(level, t)}`, 80, '  ', '    '));
  out.push('', s.bold(t.sheet.callOrder));
  for (const chain of sheet.chains) {
    out.push(`  ${chain.title}`);
    chain.contacts.forEach((c, i) => {
      const head = `    ${i + 1}. ${i > 0 ? `${t.sheet.ifNoAnswer} ` : ''}`;
      out.push(`${head}${fitName(c.name, 80 - head.length - 2 - c.phone.length)}  ${s.bold(c.phone)}`);
    });
  }
  out.push('', s.bold(t.sheet.contacts));
  for (const c of sheet.contacts) {
    const name = fitName(c.name, 30);
    const roles = c.id === sheet.coordinator.id ? s.bold(`★ ${rolesText(c, t)}`) : rolesText(c, t);
    // Roles that do not fit continue under the role column.
    out.push(...wrap(roles, 80, `  ${name.padEnd(31)}${s.bold(c.phone.padEnd(13))}`, ' '.repeat(46)));
    const detail = [c.title, c.organisation, c.email].filter(Boolean).join(', ');
    out.push(...wrap(detail, 80, '    ').map((l) => s.dim(l)));
  }
  out.push('', ...wrap(`${s.bold(t.sheet.adHoc)}: ${t.list(sheet.adHoc)}`, 80));
  out.push('', ...wrap(footerText(sheet, t), 80).map((l) => s.dim(l)));
  return out.join('\n') + '\n';
}

function sheetMarkdown(sheet: Sheet, { t }: View): string {
  const out = [`# ${md(t.sheet.heading)}: ${md(sheet.title)}`, '', `${md(sheet.municipality)} · ${md(t.sheet.period(sheet.period.start, sheet.period.end))}`, ''];
  out.push(`**${md(t.sheet.areas(sheet.areas.length))}:** ${sheet.areas.map(md).join('; ')}`, '', `## ${t.sheet.levels}`, '');
  for (const level of sheet.levels) out.push(`- **${md(level.name)}**: ${md(conveneText(level, t))}`);
  out.push('', `## ${t.sheet.callOrder}`, '');
  for (const chain of sheet.chains) {
    out.push(`**${md(chain.title)}**`, '');
    chain.contacts.forEach((c, i) => out.push(`${i + 1}. ${md(c.name)}: ${md(c.phone)}`));
    out.push('');
  }
  const cols = t.sheet.columns;
  out.push(`## ${t.sheet.contacts}`, '', `| ${cols.name} | ${cols.phone} | ${cols.email} | ${cols.title} | ${cols.organisation} | ${cols.role} |`, '| --- | --- | --- | --- | --- | --- |');
  for (const c of sheet.contacts) {
    const name = c.id === sheet.coordinator.id ? `**${md(c.name)}**` : md(c.name);
    out.push(`| ${name} | ${md(c.phone)} | ${md(c.email ?? '')} | ${md(c.title)} | ${md(c.organisation)} | ${md(rolesText(c, t))} |`);
  }
  out.push('', `**${md(t.sheet.adHoc)}:** ${md(t.list(sheet.adHoc))}`, '', `---`, '', `_${md(footerText(sheet, t))}_`, '');
  return out.join('\n');
}

const CSS = `@page{size:A4 portrait;margin:12mm}
*{box-sizing:border-box}
body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;font-size:8.5pt;line-height:1.3;color:#000;margin:0}
h1{font-size:13pt;margin:0 0 2pt}
h2{font-size:10pt;margin:8pt 0 3pt;border-bottom:1px solid #000}
p{margin:2pt 0}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:1.5pt 4pt;border-bottom:.5pt solid #999}
th{font-size:7.5pt;text-transform:uppercase}
td.phone,span.phone{white-space:nowrap;font-weight:bold}
tr.coordinator td{background:#eee}
.level-green{border-left:4pt solid #2e7d32;padding-left:4pt}
.level-yellow{border-left:4pt solid #f9a825;padding-left:4pt}
.level-red{border-left:4pt solid #c62828;padding-left:4pt}
ol{margin:2pt 0 4pt 14pt;padding:0}
.cols{display:flex;gap:10pt}.cols>div{flex:1}
footer{margin-top:8pt;font-size:7pt;color:#333;border-top:.5pt solid #999;padding-top:3pt}
tr{break-inside:avoid}
a{color:inherit;text-decoration:none}
a.email{font-weight:normal;overflow-wrap:anywhere}
@media screen{body{padding:12mm;max-width:210mm}}
@media screen and (max-width:600px){body{padding:4mm;font-size:11pt}
.cols{display:block}
table,tbody,tr,td{display:block;width:100%}
thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
tr{border-bottom:.5pt solid #999;padding:3pt 0}
td{border:0;padding:1pt 0}
td[data-label]:not(:first-child)::before{content:attr(data-label) ": ";font-size:9pt;color:#333}
th,td{overflow-wrap:anywhere}}`;

function sheetHtml(sheet: Sheet, { t, lang }: View): string {
  const cols = t.sheet.columns;
  // A tap on a number rings it; in print the link is plain text.
  const tel = (c: Contact) => `<a href="tel:${html(c.dial)}">${html(c.phone)}</a>`;
  const phone = (c: Contact) => `<span class="phone">${tel(c)}</span>`;
  const rows = sheet.contacts
    .map(
      (c) =>
        `<tr${c.id === sheet.coordinator.id ? ' class="coordinator"' : ''}><td data-label="${html(cols.name)}">${html(c.name)}${c.email ? `<br><a class="email" href="mailto:${html(c.email)}">${html(c.email)}</a>` : ''}</td><td class="phone" data-label="${html(cols.phone)}">${tel(c)}</td><td data-label="${html(cols.title)}">${html(c.title)}</td><td data-label="${html(cols.organisation)}">${html(c.organisation)}</td><td data-label="${html(cols.role)}">${html(rolesText(c, t))}</td></tr>`,
    )
    .join('\n');
  const chains = sheet.chains
    .map((chain) => `<div><p><strong>${html(chain.title)}</strong></p><ol>${chain.contacts.map((c) => `<li>${html(c.name)} ${phone(c)}</li>`).join('')}</ol></div>`)
    .join('\n');
  const levels = sheet.levels.map((l) => `<p class="level-${l.id}"><strong>${html(l.name)}</strong>: ${html(conveneText(l, t))}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${html(`${t.sheet.heading}: ${sheet.title}`)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${html(`${t.sheet.heading}: ${sheet.title}`)}</h1>
<p>${html(sheet.municipality)} · ${html(t.sheet.period(sheet.period.start, sheet.period.end))}</p>
<p><strong>${html(t.sheet.areas(sheet.areas.length))}:</strong> ${sheet.areas.map(html).join('; ')}</p>
<h2>${html(t.sheet.levels)}</h2>
${levels}
<h2>${html(t.sheet.callOrder)}</h2>
<div class="cols">
${chains}
</div>
<h2>${html(t.sheet.contacts)}</h2>
<table>
<thead><tr><th>${html(cols.name)}</th><th>${html(cols.phone)}</th><th>${html(cols.title)}</th><th>${html(cols.organisation)}</th><th>${html(cols.role)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p><strong>${html(t.sheet.adHoc)}:</strong> ${html(t.list(sheet.adHoc))}</p>
<footer>${html(footerText(sheet, t))}</footer>
</body>
</html>
`;
}

function sheetCsv(sheet: Sheet, { t }: View): string {
  const cols = t.sheet.columns;
  const header = [cols.role, cols.name, cols.title, cols.organisation, cols.phone, cols.email, cols.id];
  const rows = sheet.contacts.map((c) => [rolesText(c, t), c.name, c.title, c.organisation, c.phone, c.email ?? '', c.id]);
  // A BOM makes Excel read UTF-8; ";" is the separator a Danish Excel expects.
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

function sheetVcard(sheet: Sheet, { t }: View): string {
  const category = vcardText(sheet.title);
  const cards = sheet.contacts.map((c) => {
    const words = c.name.trim().split(/\s+/);
    const family = c.kind === 'person' && words.length > 1 ? words[words.length - 1]! : '';
    const given = c.kind === 'person' && words.length > 1 ? words.slice(0, -1).join(' ') : c.name;
    const lines = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      `N:${vcardText(family)};${vcardText(given)};;;`,
      `FN:${vcardText(c.name)}`,
      `ORG:${vcardText(c.organisation)}`,
      ...(c.title ? [`TITLE:${vcardText(c.title)}`] : []),
      `TEL;TYPE=WORK,VOICE:${c.dial}`,
      ...(c.email ? [`EMAIL;TYPE=INTERNET,WORK:${vcardText(c.email)}`] : []),
      `CATEGORIES:${category}`,
      `NOTE:${vcardText(t.sheet.vcardNote(rolesText(c, t)))}`,
      'END:VCARD',
    ];
    return lines.map(foldContentLine).join('\r\n');
  });
  return cards.join('\r\n') + '\r\n';
}

function sheetData(sheet: Sheet) {
  return {
    title: sheet.title,
    municipality: sheet.municipality,
    areas: sheet.areas,
    period: sheet.period,
    levels: sheet.levels.map((l) => ({ id: l.id, name: l.name, meaning: l.meaning, convene: l.convene })),
    callOrder: sheet.chains.map((c) => ({ id: c.id, title: c.title, contacts: c.contacts.map((x) => x.id) })),
    coordinator: sheet.coordinator.id,
    contacts: sheet.contacts.map((c) => ({
      id: c.id,
      kind: c.kind,
      name: c.name,
      title: c.title,
      organisation: c.organisation,
      phone: c.phone,
      dial: c.dial,
      ...(c.email ? { email: c.email } : {}),
      roles: c.roles,
      ...(c.substituteFor ? { substituteFor: c.substituteFor } : {}),
    })),
    adHoc: sheet.adHoc,
    press: sheet.press.map((c) => c.id),
    footer: sheet.footer,
  };
}
