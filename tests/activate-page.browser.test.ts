import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ROOT } from './helpers.js';
import { run as beredskab } from './run.js';

const FIXTURE = `${ROOT}tests/fixtures/invite.yaml`;
const HOSTILE = `${ROOT}tests/fixtures/hostile.yaml`;
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!CHROMIUM && process.env.CI) throw new Error('CI must have Chromium installed (.ci/run installs it)');

async function page(args: string[], roster = FIXTURE): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'beredskab-page-'));
  const file = join(dir, 'aktivering.html');
  const run = await beredskab(['--roster', roster, 'activate', '--format', 'html', '--output', file, ...args]);
  expect(run.stderr).toBe(`${args.includes('en') ? 'Wrote' : 'Skrev'} ${file}\n`);
  expect(run.code).toBe(0);
  expect(run.stdout).toBe('');
  return file;
}

describe('activate --format html, as a file', () => {
  it('is self-contained: no script, no external reference, a CSP that forbids both', async () => {
    const html = readFileSync(await page(['--level', 'red', '--at', '2026-12-01T16:00']), 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|url\(|@import|src=/i);
    expect(html.match(/href="([^"]*)"/g)!.every((h) => /^href="(tel|sms):\+?\d+"$/.test(h))).toBe(true);
    // The deadline comes before the first number to call.
    expect(html.indexOf('onsdag den 2. december 2026 kl. 16.00')).toBeLessThan(html.indexOf('tel:'));
  });

  it('the same as --format to stdout, and --json still means json', async () => {
    const file = await page(['--level', 'yellow', '--at', '2026-12-23T10:00']);
    const stdout = await beredskab(['--roster', FIXTURE, 'activate', '--level', 'yellow', '--at', '2026-12-23T10:00', '--format', 'html']);
    expect(stdout.stdout).toBe(readFileSync(file, 'utf8'));
    expect(JSON.parse((await beredskab(['activate', '--level', 'red', '--json'])).stdout).level).toBe('red');
    expect((await beredskab(['activate', '--level', 'red', '--format', 'pdf'])).code).toBe(2);
  });
});

describe.skipIf(!CHROMIUM)(`the activation page in headless Chromium${CHROMIUM ? '' : ' (skipped: no Chromium installed)'}`, () => {
  let browser: Browser;
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 60_000);
  afterAll(async () => browser?.close());

  /** Every phone number shown, and the link it sits in. */
  const numbersOnPage = () => {
    const found: Array<{ text: string; href: string | null }> = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.textContent!.matchAll(/\b\d{2} \d{2} \d{2} \d{2}\b|\b11[24]\b/g)) {
        found.push({ text: match[0], href: node.parentElement!.closest('a')?.getAttribute('href') ?? null });
      }
    }
    return found;
  };

  it('at 390 × 844: no horizontal scrolling, every number a tel: link that dials it; a screenshot', async () => {
    const file = await page(['--level', 'red', '--at', '2026-12-01T16:00']);
    const tab = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const requests: string[] = [];
    tab.on('request', (r) => requests.push(r.url()));
    await tab.goto(`file://${file}`);
    expect(requests).toEqual([`file://${file}`]);
    const size = await tab.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(size.scroll).toBeLessThanOrEqual(size.client);
    const numbers = await tab.evaluate(numbersOnPage);
    expect(numbers).toHaveLength(16); // 4 in the call order, 6 members and a substitute, 1 ad hoc, 4 for the press
    for (const n of numbers) {
      const digits = n.text.replace(/ /g, '');
      expect(n.href, n.text).toBe(digits.length === 8 ? `tel:+45${digits}` : `tel:${digits}`);
    }
    // The call order, top to bottom, as the plan gives it; the deadline above it.
    const calls = await tab.$$eval('ol a.call', (links) => links.map((a) => a.getAttribute('href')));
    expect(calls).toEqual(['tel:+4525583249', 'tel:+4522701226', 'tel:114', 'tel:+4542148600']);
    const deadlineTop = await tab.$eval('.deadline', (e) => e.getBoundingClientRect().top);
    expect(deadlineTop).toBeLessThan(844);
    // Large enough to hit with a thumb.
    const heights = await tab.$$eval('a.call, a.sms', (links) => links.map((a) => a.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    const sms = await tab.$$eval('a.sms', (links) => links.map((a) => a.getAttribute('href')));
    expect(sms).toEqual(['sms:+4540867408', 'sms:+4525583249', 'sms:+4522701226', 'sms:+4530359684', 'sms:+4540356073', 'sms:+4570260079', 'sms:+4530840522']);
    expect(await tab.$$eval('script', (s) => s.length)).toBe(0);
    await tab.screenshot({ path: '/tmp/invite-page.png' });
    // On paper: A4, nothing wider than the page.
    await tab.emulateMedia({ media: 'print' });
    await tab.setViewportSize({ width: 718, height: 1047 });
    const print = await tab.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(print.scroll).toBeLessThanOrEqual(print.client);
    const pdf = await tab.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await tab.close();
  }, 60_000);

  it('a hostile roster: shown as text, nothing runs, still no horizontal scrolling', async () => {
    const file = await page(['--level', 'red', '--at', '2026-12-01T16:00'], HOSTILE);
    const tab = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const dialogs: string[] = [];
    tab.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await tab.goto(`file://${file}`);
    expect(dialogs).toEqual([]);
    expect(await tab.$$eval('script, img, b, u', (e) => e.length)).toBe(0);
    const text = await tab.evaluate(() => document.body.innerText);
    expect(text).toContain('<script>alert(1)</script> Hansen');
    expect(text).toContain('Ring <u>nu</u>');
    // The ad hoc entries of the hostile fixture: markup and a line break stay text.
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toMatch(/Linje\sSkift \| \*ikke\* en ny række/);
    const size = await tab.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(size.scroll).toBeLessThanOrEqual(size.client);
    await tab.close();
  }, 60_000);

  it('an activation after the plan period: the warning on stderr and on the page, before the first number', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-page-'));
    const file = join(dir, 'aktivering.html');
    const run = await beredskab(['--roster', FIXTURE, 'activate', '--level', 'red', '--at', '2030-01-07T10:00', '--format', 'html', '--output', file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('planens periode sluttede');
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('planens periode sluttede');
    expect(html.indexOf('planens periode sluttede')).toBeLessThan(html.indexOf('tel:'));
  });

  it.each([
    [['--output', ''], '--output: tom værdi'],
    [['--format', ''], '--format'],
    [['--format', 'pdf'], '--format: "pdf"'],
  ])('%j is a usage error and writes nothing', async (args, message) => {
    const run = await beredskab(['--roster', FIXTURE, 'activate', '--level', 'red', '--format', 'html', ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it('--output onto the roster is refused and the roster is untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-page-'));
    const roster = join(dir, 'roster.yaml');
    writeFileSync(roster, readFileSync(FIXTURE));
    const run = await beredskab(['--roster', roster, 'activate', '--level', 'red', '--format', 'html', '--output', roster]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('er en af de filer, kommandoen læser');
    expect(readFileSync(roster, 'utf8')).toBe(readFileSync(FIXTURE, 'utf8'));
    expect(readdirSync(dir)).toEqual(['roster.yaml']);
  });

  it('- writes the page to stdout', async () => {
    const run = await beredskab(['--roster', FIXTURE, 'activate', '--level', 'red', '--at', '2026-12-01T16:00', '--format', 'html', '--output', '-']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('<!doctype html>') || run.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it("the contact sheet's numbers are tel: links too", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-page-'));
    const file = join(dir, 'kontaktark.html');
    expect((await beredskab(['--roster', FIXTURE, 'contacts', '--format', 'html', '--output', file])).code).toBe(0);
    const tab = await browser.newPage();
    await tab.goto(`file://${file}`);
    const numbers = await tab.evaluate(numbersOnPage);
    expect(numbers.length).toBeGreaterThanOrEqual(14);
    for (const n of numbers) {
      const digits = n.text.replace(/ /g, '');
      expect(n.href, n.text).toBe(digits.length === 8 ? `tel:+45${digits}` : `tel:${digits}`);
    }
    expect(await tab.evaluate(() => document.body.innerText)).toMatch(/Beredskab Østjyllands vagthavende\s+87 12 40 00[^\n]*\s+ad hoc/);
    await tab.close();
  }, 60_000);
});
