import type { Chart } from '../document/blocks.js';
import { html } from './escape.js';

/** How the series differ in print: by pattern as well as by shade (dots, stripes, solid), in the series' order. */
const FILLS = ['url(#p-green)', 'url(#p-yellow)', '#222'];

/**
 * Stacked bars per category. Series differ by pattern as well as by shade, and every bar carries its number, so the
 * chart reads the same printed in black and white.
 */
export function chartSvg(chart: Chart): string {
  const W = 680;
  const H = 230;
  const left = 34;
  const top = 28;
  const bottom = 40;
  const plotH = H - top - bottom;
  const slot = (W - left - 10) / chart.categories.length;
  const totals = chart.categories.map((_, m) => chart.series.reduce((n, s) => n + s.values[m]!, 0));
  const max = Math.max(1, ...totals);
  const y = (n: number) => top + plotH - (n / max) * plotH;
  const fill = (i: number) => FILLS[Math.min(i, FILLS.length - 1)]!;
  const parts: string[] = [];
  parts.push(
    `<defs>` +
      `<pattern id="p-green" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#fff"/><circle cx="3" cy="3" r="1.2" fill="#000"/></pattern>` +
      `<pattern id="p-yellow" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#bbb"/><line x1="0" y1="0" x2="0" y2="6" stroke="#000" stroke-width="1.5"/></pattern>` +
      `</defs>`,
  );
  parts.push(`<line x1="${left}" y1="${top + plotH}" x2="${W - 10}" y2="${top + plotH}" stroke="#000"/>`);
  parts.push(`<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" stroke="#000"/>`);
  parts.push(`<text x="${left - 4}" y="${top + 4}" text-anchor="end" font-size="10">${max}</text><text x="${left - 4}" y="${top + plotH}" text-anchor="end" font-size="10">0</text>`);
  chart.categories.forEach((category, m) => {
    const x = left + m * slot + slot * 0.18;
    const w = slot * 0.64;
    let base = 0;
    chart.series.forEach((s, i) => {
      const n = s.values[m]!;
      if (n === 0) return;
      parts.push(`<rect x="${x.toFixed(1)}" y="${y(base + n).toFixed(1)}" width="${w.toFixed(1)}" height="${(y(base) - y(base + n)).toFixed(1)}" fill="${fill(i)}" stroke="#000" stroke-width="0.8"><title>${html(`${category}: ${s.label} ${n}`)}</title></rect>`);
      base += n;
    });
    if (totals[m]) parts.push(`<text x="${(x + w / 2).toFixed(1)}" y="${(y(base) - 3).toFixed(1)}" text-anchor="middle" font-size="10">${totals[m]}</text>`);
    parts.push(`<text x="${(x + w / 2).toFixed(1)}" y="${top + plotH + 13}" text-anchor="middle" font-size="10">${html(category)}</text>`);
  });
  chart.series.forEach((s, i) => {
    const x = left + i * 150;
    parts.push(`<rect x="${x}" y="${H - 16}" width="14" height="10" fill="${fill(i)}" stroke="#000" stroke-width="0.8"/><text x="${x + 19}" y="${H - 7}" font-size="10">${html(s.label)} (${s.total})</text>`);
  });
  parts.push(`<text x="${left}" y="14" font-size="11" font-weight="bold">${html(chart.title)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${html(chart.title)}">${parts.join('')}</svg>`;
}
