import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as beredskab } from './run.js';
import { SHIPPED, year2025 } from './status-year.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!CHROMIUM && process.env.CI) throw new Error('CI must have Chromium installed (.ci/run installs it)');

describe.skipIf(!CHROMIUM)(`the evaluation and the status report in headless Chromium${CHROMIUM ? '' : ' (skipped: no Chromium installed)'}`, () => {
  it('print on A4 without horizontal overflow, hostile text inert, chart readable in grey', async () => {
    const { home, roster } = await year2025();
    const files = { status: join(home, 'status.html'), evaluation: join(home, 'evaluering.html') };
    expect((await beredskab(['--roster', roster, 'status-report', '--year', '2025', '--format', 'html', '--output', files.status])).code).toBe(0);
    const journal = join(home, 'plan', 'journal');
    const yellow = (await beredskab(['--roster', roster, 'log', 'list', '--json'])).stdout;
    const id = (JSON.parse(yellow) as { id: string; startLevel: string }[]).find((s) => s.startLevel === 'yellow')!.id;
    await beredskab(['--roster', roster, 'log', 'note', '<script>document.title="pwned"</script>', '--activation', id]);
    // One word longer than the page is wide must wrap, not push the page sideways.
    await beredskab(['--roster', roster, 'log', 'note', `https://example.org/${'x'.repeat(400)}`, '--activation', id]);
    expect((await beredskab(['--roster', roster, 'evaluation', id, '--format', 'html', '--output', files.evaluation], { env: { BEREDSKAB_JOURNAL: journal } })).code).toBe(0);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      for (const [name, file] of Object.entries(files)) {
        const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
        await page.goto(`file://${file}`);
        await page.emulateMedia({ media: 'print' });
        const layout = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
          scripts: document.querySelectorAll('script').length,
          title: document.title,
          svgs: document.querySelectorAll('svg').length,
          chartLabels: [...document.querySelectorAll('svg text')].map((t) => t.textContent),
        }));
        expect(layout.scroll, name).toBeLessThanOrEqual(layout.client);
        expect(layout.scripts, name).toBe(0);
        expect(layout.title, name).not.toBe('pwned');
        if (name === 'status') {
          expect(layout.svgs).toBe(1);
          // Numbers on the bars and in the legend: the chart does not depend on telling shades apart.
          expect(layout.chartLabels).toEqual(expect.arrayContaining(['Gult (1)', 'Rødt (1)', 'Grønt (1)', 'dec']));
        } else {
          expect(await page.textContent('body')).toContain('<script>document.title="pwned"</script>');
        }
        const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
        const pages = (pdf.match(/\/Type\s*\/Page\b/g) ?? []).length;
        expect(pages, name).toBeGreaterThanOrEqual(1);
        expect(pages, name).toBeLessThanOrEqual(name === 'status' ? 4 : 5);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  }, 120_000);
});

/**
 * A journal written line by line as the commands write it: activations of the same day that differ only in how many
 * notes they hold, so that between them every heading and answer box of the evaluation falls at every height of a page.
 */
function longJournal(dir: string, notes: number[]): string[] {
  const journal = join(dir, 'journal');
  mkdirSync(journal, { mode: 0o700 });
  return notes.map((n, k) => {
    const day = `2026-03-${String(k + 1).padStart(2, '0')}`;
    const id = `${day}T2130-red-${String(k).padStart(4, '0')}`;
    const at = (minute: number) => DateTime.fromISO(`${day}T21:30`, { zone: 'Europe/Copenhagen' }).plus({ minutes: minute }).toISO()!;
    const line = (minute: number, entry: object) => JSON.stringify({ schemaVersion: 1, activation: id, at: at(minute), ...entry });
    const lines = [
      line(0, { type: 'start', level: 'red', reason: 'Uro ved Glarbjergvej' }),
      line(1, { type: 'call', contact: 'lasse-bonde', answered: false }),
      line(3, { type: 'call', contact: 'allan-aarslev', answered: true }),
      ...Array.from({ length: n }, (_, i) => line(10 + i, { type: 'note', text: `Notat ${i + 1}: beboere samlet ved indgangen` })),
      line(800, { type: 'meeting', present: ['louise-hou-kragh', 'claus-hansen'] }),
      line(900, { type: 'close' }),
    ];
    writeFileSync(join(journal, `${id}.jsonl`), lines.join('\n') + '\n', { mode: 0o600 });
    return id;
  });
}

describe.skipIf(!CHROMIUM)(`the evaluation and the status report fitted to A4 pages${CHROMIUM ? '' : ' (skipped: no Chromium installed)'}`, () => {
  let browser: import('playwright-core').Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  }, 60_000);
  afterAll(async () => browser?.close());

  /** Prints to A4; per page the text lines as pdf.js reads them, with their height above the bottom edge (pt). */
  async function printed(html: string) {
    const page = await browser.newPage();
    await page.setContent(html);
    const headings = await page.$$eval('h1, h2, h3', (hs) => hs.map((h) => h.textContent!.trim()));
    const pdf = await page.pdf({ format: 'A4' });
    await page.close();
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: true }).promise;
    const pages: Array<Array<{ text: string; y: number }>> = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const items = (await (await doc.getPage(i)).getTextContent()).items.flatMap((it) => ('str' in it && it.str.trim() ? [{ text: it.str.trim(), y: it.transform[5] as number }] : []));
      pages.push(items);
    }
    return { pages, headings };
  }

  /** No page ends with a heading; every answer box (28 mm high, its "Svar:" about 10 pt below its top) fits above the bottom margin. */
  function expectFitted(name: string, { pages, headings }: Awaited<ReturnType<typeof printed>>) {
    const margin = (15 / 25.4) * 72;
    const box = (28 / 25.4) * 72;
    pages.forEach((items, i) => {
      const last = [...items].sort((a, b) => a.y - b.y)[0]!;
      expect(headings, `${name}, page ${i + 1} of ${pages.length} ends with the heading "${last.text}"`).not.toContain(last.text);
      for (const label of items.filter((it) => it.text === 'Svar:')) {
        expect(label.y - box, `${name}, page ${i + 1}: an answer box split across pages`).toBeGreaterThan(margin - 14);
      }
    });
  }

  it('evaluations of every length and the status report of their year: no page ends with a heading, no answer box split', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-pages-'));
    const roster = join(dir, 'roster.yaml');
    writeFileSync(roster, SHIPPED);
    const notes = Array.from({ length: 12 }, (_, k) => 20 + k * 3);
    const ids = longJournal(dir, notes);
    let multi = 0;
    for (const [k, id] of ids.entries()) {
      const run = await beredskab(['--roster', roster, 'evaluation', id, '--format', 'html'], { env: { BEREDSKAB_JOURNAL: join(dir, 'journal') } });
      expect(run.code, run.stderr).toBe(0);
      const result = await printed(run.stdout);
      if (result.pages.length > 1) multi++;
      expectFitted(`${notes[k]} notes`, result);
    }
    expect(multi).toBeGreaterThan(0);
    // The year of these activations: the list of activations crosses pages.
    const status = await beredskab(['--roster', roster, 'status-report', '--year', '2026', '--format', 'html'], { env: { BEREDSKAB_JOURNAL: join(dir, 'journal') } });
    expect(status.code, status.stderr).toBe(0);
    const report = await printed(status.stdout);
    expect(report.pages.length).toBeGreaterThan(1);
    expectFitted('status report', report);
  }, 180_000);
});
