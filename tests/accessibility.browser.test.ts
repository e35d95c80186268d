import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SHIPPED } from './helpers.js';
import { run as beredskab } from './run.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const INVITE = `${ROOT}tests/fixtures/invite.yaml`;

/** A folder with a copy of the shipped roster and a journal of one activation (red, lowered to yellow, closed) and one drill. */
async function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'beredskab-a11y-'));
  const roster = join(dir, 'roster.yaml');
  writeFileSync(roster, readFileSync(SHIPPED));
  const log = async (...args: string[]) => {
    const run = await beredskab(['--roster', roster, 'log', ...args]);
    expect(run.code, run.stderr).toBe(0);
  };
  await log('start', '--level', 'red', '--at', '2026-03-03T21:30', '--reason', 'Uro ved Glarbjergvej');
  await log('call', 'lasse-bonde', '--no-answer', '--at', '2026-03-03T21:32');
  await log('call', 'allan-aarslev', '--answered', '--at', '2026-03-03T21:35');
  await log('level', 'gul', '--at', '2026-03-04T09:00');
  await log('meeting', '--at', '2026-03-04T10:00', '--present', 'louise-hou-kragh,claus-hansen');
  await log('close', '--at', '2026-03-04T12:00');
  return { dir, roster };
}

/** Every HTML output of the tool, by name. */
async function pages(): Promise<Array<[string, string]>> {
  const w = await workspace();
  const html = async (args: string[], roster = w.roster) => {
    const run = await beredskab(['--roster', roster, ...args]);
    expect(run.code, run.stderr).toBe(0);
    return run.stdout;
  };
  return [
    ['activate red (the phone page)', await html(['activate', '--level', 'red', '--format', 'html', '--at', '2026-03-03T21:30'])],
    ['activate yellow', await html(['activate', '--level', 'yellow', '--format', 'html', '--at', '2026-03-03T21:30'])],
    ['activate green', await html(['activate', '--level', 'green', '--format', 'html', '--at', '2026-03-03T21:30'])],
    ['contacts', await html(['contacts', '--format', 'html'])],
    ['contacts with e-mail', await html(['contacts', '--format', 'html'], INVITE)],
    ['plan', await html(['plan', '--format', 'html'])],
    ['evaluation', await html(['evaluation', '--format', 'html'])],
    ['status report', await html(['status-report', '--year', '2026', '--format', 'html'])],
    ['activate red, English', await html(['--lang', 'en', 'activate', '--level', 'red', '--format', 'html', '--at', '2026-03-03T21:30'])],
  ];
}

describe.skipIf(!CHROMIUM)(`every HTML output in headless Chromium${CHROMIUM ? '' : ' (skipped: no Chromium installed)'}`, async () => {
  let browser: Browser;
  const outputs = await pages();
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 60_000);
  afterAll(async () => browser?.close());

  it.each(outputs)('%s passes axe-core’s WCAG 2.1 A and AA rules', async (_name, html) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    // The pages forbid scripts by their Content-Security-Policy; axe is injected by the test only.
    await page.setContent(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
    await page.addScriptTag({ content: AXE });
    const result = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown; failureSummary?: string }> }> }> } }).axe;
      const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`) }));
    });
    await page.close();
    expect(result).toEqual([]);
  }, 60_000);

  it('the contact sheet on a phone (390 px) needs no sideways scrolling and shows e-mail addresses as links', async () => {
    const html = outputs.find(([name]) => name === 'contacts with e-mail')![1];
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.setContent(html);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    const mail = await page.$$eval('a[href^="mailto:"]', (links) => links.map((a) => a.getAttribute('href')));
    expect(mail).toContain('mailto:clha@randers.dk');
    await page.close();
  }, 60_000);
});
