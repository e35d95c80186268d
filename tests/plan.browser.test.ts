import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayPhone } from '../src/roster/phone.js';
import type { Roster } from '../src/roster/schema.js';
import { NORDBY, ROOT, SHIPPED } from './helpers.js';
import { run as beredskab } from './run.js';
import { HEADINGS_DA, rosterOf } from './helpers.js';

const HOSTILE = `${ROOT}tests/fixtures/hostile.yaml`;


const tmp = mkdtempSync(join(tmpdir(), 'beredskab-plan-'));
let counter = 0;

/** The shipped roster without the plan's text (its last key): the document written from the data alone. */
const SHIPPED_DATA = join(tmp, 'randers-data.yaml');
writeFileSync(SHIPPED_DATA, readFileSync(SHIPPED, 'utf8').split('\ntext:\n')[0]!.replace('$schema=./roster.schema.json', `$schema=${ROOT}roster.schema.json`));


const name = '<script>alert(1)</script> Hansen';
const title = 'Plan <script>alert(\'x\')</script> & "co"; ok, fine';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!CHROMIUM && process.env.CI) throw new Error('CI must have Chromium installed (.ci/run installs it)');

describe.skipIf(!CHROMIUM)('the HTML plan in headless Chromium', () => {
  let browser: import('playwright-core').Browser;
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  }, 60_000);
  afterAll(async () => browser?.close());

  /** Opens an HTML file; any request it makes (it must make none) is recorded. */
  async function open(file: string) {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => void (r.url().startsWith('file:') ? undefined : requests.push(r.url())));
    await page.goto(`file://${file}`);
    return { page, requests };
  }

  /** Prints to A4 and reads the PDF back: the text of every page, as pdf.js finds it. */
  async function printed(file: string): Promise<string[]> {
    const { page } = await open(file);
    const pdf = await page.pdf({ format: 'A4' });
    await page.close();
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: true }).promise;
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
    }
    return pages;
  }

  async function htmlFile(roster: string, extra: string[] = []): Promise<string> {
    const out = join(tmp, `plan-${++counter}.html`);
    expect((await beredskab(['--roster', roster, 'plan', '--format', 'html', '--output', out, ...extra])).code).toBe(0);
    return out;
  }

  it('the hostile roster: no element injected, the text intact, nothing fetched', async () => {
    const { page, requests } = await open(await htmlFile(HOSTILE));
    const found = await page.evaluate(() => ({
      injected: document.querySelectorAll('script, img, b, i, u, forum').length,
      title: document.title,
      h1: document.querySelector('h1')!.textContent,
      text: document.body.innerText,
    }));
    // Laid out for print at the width of A4 less the margins (176 mm at 96 px per inch), nothing sticks out: a long
    // unbreakable name would otherwise make Chromium shrink every page to fit it.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 665, height: 1000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.close();
    expect(overflow).toBeLessThanOrEqual(0);
    expect(found.injected).toBe(0);
    expect(found.title).toBe(title);
    expect(found.h1).toBe(title);
    for (const needle of [name, 'Linje Skift | *ikke* en ny række', 'Ikke\u00a0brud 😀', '<b>Område</b> og a|b', 'Vagt <b>&amp;</b>', '<img src=x onerror=alert(1)>', 'Ring <u>nu</u>', '<forum>']) expect(found.text).toContain(needle);
    expect(requests).toEqual([]);
  });

  it('Randers prints on A4 with page numbers and the roster on every page', async () => {
    const pages = await printed(await htmlFile(SHIPPED));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((text, i) => {
      expect(text).toContain(`Side ${i + 1} af ${pages.length}`);
      expect(text).toMatch(/Version 1 · ændret 27\. november 2026 · indhold [0-9a-f]{12}/);
    });
    const all = pages.join('\n');
    for (const needle of ['inden for 3 arbejdsdage', 'inden for 24 timer', '114', '§ 115']) expect(all.replace(/\n/g, ' ')).toContain(needle);
  }, 60_000);

  it('a long roster: no table row or signature split across pages, no heading last on a page', async () => {
    // Forty members with titles over several lines, and as many signatories: the tables must cross pages.
    const roster = rosterOf(NORDBY) as Roster & Record<string, unknown>;
    const n = 40;
    const ids = Array.from({ length: n }, (_, i) => `medlem-${i + 1}`);
    roster.people.push(
      ...ids.map((id, i) => ({
        id,
        name: `Medlem${i + 1} Navnesen`,
        title: `T${i + 1}a konsulent med en lang titel der fylder flere linjer i den smalle kolonne T${i + 1}z`,
        organisation: 'nordby-kommune',
        phone: `61${String(i + 100).padStart(6, '0')}`,
      })),
    );
    roster.group.members.push(...ids.map((person) => ({ person })));
    roster.signatories = ids.map((person, i) => ({ person, title: `S${i + 1}a underskriver`, organisation: `med en organisation på flere ord S${i + 1}z` }));
    const file = join(tmp, 'long.yaml');
    // JSON is YAML.
    writeFileSync(file, JSON.stringify(roster));
    const pages = await printed(await htmlFile(file));
    const pageOf = (needle: string) => {
      const found = pages.flatMap((text, i) => (text.includes(needle) ? [i] : []));
      expect(found, needle).toHaveLength(1);
      return found[0]!;
    };
    const rowPages = ids.map((_, i) => {
      const k = i + 1;
      const page = pageOf(`T${k}a`);
      expect(pageOf(`T${k}z`), `row ${k}`).toBe(page);
      expect(pageOf(displayPhone(`61${String(i + 100).padStart(6, '0')}`)), `row ${k}`).toBe(page);
      expect(pageOf(`S${k}a`), `signature ${k}`).toBe(pageOf(`S${k}z`));
      return page;
    });
    expect(new Set(rowPages).size).toBeGreaterThan(1);
    // A heading is never the last thing on its page (the footer lines come first in the page's text).
    for (const [i, text] of pages.entries()) {
      const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
      const last = lines[lines.length - 1]!;
      expect(HEADINGS_DA, `page ${i + 1} ends with a heading`).not.toContain(last);
    }
  }, 90_000);
});
