import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { run as beredskab } from './run.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const chromiumFlags = (profile: string) => [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--user-data-dir=${profile}`,
];

if (!CHROMIUM && process.env.CI) throw new Error('CI must have Chromium installed (.ci/run installs it)');

describe.skipIf(!CHROMIUM)(`the HTML sheet in headless Chromium${CHROMIUM ? '' : ' (skipped: no Chromium installed; apt-get install chromium)'}`, () => {
  it('prints the Randers sheet on one A4 page and renders a PNG', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-print-'));
    const htmlFile = join(dir, 'kontaktark.html');
    expect((await beredskab(['contacts', '--format', 'html', '--output', htmlFile])).code).toBe(0);
    const pdf = join(dir, 'kontaktark.pdf');
    const png = join(dir, 'kontaktark.png');
    const print = spawnSync(CHROMIUM!, [...chromiumFlags(join(dir, 'p1')), '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${htmlFile}`], { encoding: 'utf8', timeout: 60_000 });
    expect(existsSync(pdf), print.stderr).toBe(true);
    const pdfText = readFileSync(pdf).toString('latin1');
    const counts = [...pdfText.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
    expect(counts.length).toBeGreaterThan(0);
    expect(Math.max(...counts)).toBe(1);
    // A4 in points: 595 × 842.
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)/.exec(pdfText)!;
    expect(Math.round(Number(box[1]))).toBe(595);
    expect(Math.round(Number(box[2]))).toBe(842);
    spawnSync(CHROMIUM!, [...chromiumFlags(join(dir, 'p2')), '--hide-scrollbars', '--window-size=794,1123', `--screenshot=${png}`, `file://${htmlFile}`], { timeout: 60_000 });
    const image = readFileSync(png);
    expect(image.subarray(1, 4).toString()).toBe('PNG');
    expect(image.readUInt32BE(16)).toBe(794);
    writeFileSync(join(ROOT, 'dist', 'kontaktark.png'), image);
  }, 120_000);
});

