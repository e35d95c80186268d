import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Lexer } from 'marked';
import { chromium } from 'playwright-core';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { run as beredskab } from './run.js';

const SHIPPED = readFileSync(join(ROOT, 'roster.yaml'), 'utf8');

function git(cwd: string, args: string[], date?: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: date ?? '', GIT_COMMITTER_DATE: date ?? '', GIT_CONFIG_NOSYSTEM: '1', HOME: cwd };
  const r = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}

/** A roster in a git repository with one revision before 2025 and two during it, and a journal for 2025. */
async function year2025(): Promise<{ home: string; roster: string }> {
  const home = mkdtempSync(join(tmpdir(), 'beredskab-status-'));
  const roster = join(home, 'plan', 'roster.yaml');
  mkdirSync(join(home, 'plan'));
  git(home, ['init', '-q']);
  writeFileSync(roster, SHIPPED);
  git(home, ['add', '.']);
  git(home, ['commit', '-qm', 'first'], '2024-11-01T10:00:00+01:00');
  writeFileSync(roster, SHIPPED.replace(/^revision: \d+/m, 'revision: 41').replace('phone: "40867408"', 'phone: "40867409"'));
  git(home, ['commit', '-qam', 'phone'], '2025-04-02T10:00:00+02:00');
  writeFileSync(roster, SHIPPED.replace(/^revision: \d+/m, 'revision: 42').replace('phone: "40867408"', 'phone: "40867409"').replace(/(id: lasse-bonde\n(?:.*\n){3}.*phone: .*\n)/, '$1    confirmed: 2024-01-15\n'));
  git(home, ['commit', '-qam', 'confirmed'], '2025-09-02T10:00:00+02:00');
  const log = async (args: string[]) => {
    const r = await beredskab(['--roster', roster, ...args]);
    if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
    return r.stdout.trim();
  };
  // Red in March: met, evaluated.
  const red = await log(['log', 'start', '--level', 'red', '--at', '2025-03-10T21:00']);
  await log(['log', 'meeting', '--at', '2025-03-11T10:00', '--activation', red]);
  await log(['log', 'evaluation', '--decided', 'yes', '--due', '2025-03-31', '--at', '2025-03-12T10:00', '--activation', red]);
  await log(['log', 'evaluation', '--held', '2025-03-20', '--at', '2025-03-20T10:00', '--activation', red]);
  await log(['log', 'close', '--at', '2025-03-12T12:00', '--activation', red]);
  // A red drill in May: shown apart.
  const drill = await log(['log', 'start', '--level', 'red', '--at', '2025-05-05T09:00', '--drill']);
  await log(['log', 'close', '--at', '2025-05-05T11:00', '--activation', drill]);
  // Green in June: no meeting required.
  const green = await log(['log', 'start', '--level', 'green', '--at', '2025-06-01T12:00']);
  await log(['log', 'close', '--at', '2025-06-02T12:00', '--activation', green]);
  // Yellow before Christmas: deadline Tuesday 30 December 16.00, met only on the 31st; evaluation decided, never held.
  const yellow = await log(['log', 'start', '--level', 'yellow', '--at', '2025-12-23T10:00', '--reason', '<img src=x onerror=alert(1)> | x']);
  await log(['log', 'meeting', '--at', '2025-12-31T09:00', '--activation', yellow]);
  await log(['log', 'evaluation', '--decided', 'yes', '--due', '2026-01-15', '--at', '2025-12-31T10:00', '--activation', yellow]);
  await log(['log', 'close', '--at', '2025-12-31T12:00', '--activation', yellow]);
  // The next year does not count.
  const next = await log(['log', 'start', '--level', 'red', '--at', '2026-01-05T09:00']);
  await log(['log', 'close', '--at', '2026-01-05T11:00', '--activation', next]);
  return { home, roster };
}

describe('status-report', async () => {
  const { home, roster } = await year2025();

  it('counts the year by level and month, drills apart, deadlines and evaluations (JSON)', async () => {
    const run = await beredskab(['--roster', roster, 'status-report', '--year', '2025', '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const r = JSON.parse(run.stdout);
    expect(r.activations.total).toBe(3);
    expect(r.activations.byLevel).toEqual({ green: 1, yellow: 1, red: 1 });
    expect(r.activations.byMonth.red[2]).toBe(1);
    expect(r.activations.byMonth.yellow[11]).toBe(1);
    expect(r.drills).toMatchObject({ total: 1, byLevel: { green: 0, yellow: 0, red: 1 } });
    expect(r.drills.byMonth.red[4]).toBe(1);
    expect(r.deadlines).toEqual({ met: 1, missed: 1, noMeeting: 0, notRequired: 1, pending: 0 });
    expect(r.list.find((a: { level: string; drill: boolean }) => a.level === 'yellow')).toMatchObject({ meeting: 'missed', lateMinutes: 17 * 60, evaluation: 'missing' });
    expect(r.evaluations).toEqual({ decided: 2, held: 1, missing: 1, due: 0, notDecided: 1, declined: 0 });
  });

  it('reads the roster\'s revisions of the year from git, in the words of diff', async () => {
    const r = JSON.parse((await beredskab(['--roster', roster, 'status-report', '--year', '2025', '--format', 'json'])).stdout);
    expect(r.roster.map((v: { revision: number; date: string }) => [v.revision, v.date])).toEqual([
      [41, '2025-04-02'],
      [42, '2025-09-02'],
    ]);
    expect(r.roster[0].changes).toEqual([expect.objectContaining({ kind: 'phone-changed', id: 'claus-hansen', from: '40 86 74 08', to: '40 86 74 09' })]);
    const md = (await beredskab(['--roster', roster, 'status-report', '--year', '2025'])).stdout;
    expect(md).toContain('### Revision 41');
    expect(md).toMatch(/40 86 74 08 → 40 86 74 09/);
  });

  it('a roster file whose name reads like a git option is still read as a path', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'beredskab-status-'));
    git(repo, ['init', '-q']);
    const file = join(repo, '--all.yaml');
    writeFileSync(file, SHIPPED);
    git(repo, ['add', '--', '--all.yaml']);
    git(repo, ['commit', '-qm', 'first'], '2024-11-01T10:00:00+01:00');
    writeFileSync(file, SHIPPED.replace(/^revision: \d+/m, 'revision: 41').replace('phone: "40867408"', 'phone: "40867409"'));
    git(repo, ['commit', '-qam', 'phone'], '2025-04-02T10:00:00+02:00');
    mkdirSync(join(repo, 'journal'), { mode: 0o700 });
    const run = await beredskab(['--roster', file, 'status-report', '--year', '2025', '--format', 'json'], { env: { BEREDSKAB_JOURNAL: join(repo, 'journal') } });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).roster.map((v: { revision: number }) => v.revision)).toEqual([41]);
  });

  it('shows readiness today: stale and never-confirmed contacts, members without substitute, chains ending at a person', async () => {
    const r = JSON.parse((await beredskab(['--roster', roster, 'status-report', '--year', '2025', '--format', 'json'])).stdout);
    expect(r.readiness.stale).toEqual([{ name: 'Lasse Bonde', confirmed: '2024-01-15' }]);
    expect(r.readiness.neverConfirmed).toContain('Claus Hansen');
    expect(r.readiness.neverConfirmed).not.toContain('Lasse Bonde');
    expect(r.readiness.withoutSubstitute).toContain('Morten Strange');
    expect(r.readiness.withoutSubstitute).not.toContain('Lasse Bonde');
    expect(r.readiness.chainsEndingAtPerson).toEqual([{ chain: 'koordinator', name: 'Louise Hou Kragh' }]);
  });

  it('markdown parses back into its tables; outside git it says so', async () => {
    const md = (await beredskab(['--roster', roster, 'status-report', '--year', '2025'])).stdout;
    const tables = Lexer.lex(md).filter((t) => t.type === 'table') as unknown as { rows: { text: string }[][] }[];
    expect(tables[0]!.rows).toHaveLength(13);
    expect(tables[0]!.rows[12]!.map((c) => c.text)).toEqual(['I alt', '1', '1', '1', '3']);
    const bare = mkdtempSync(join(tmpdir(), 'beredskab-nogit-'));
    writeFileSync(join(bare, 'roster.yaml'), SHIPPED);
    const run = await beredskab(['status-report', '--year', '2025', '--format', 'json'], { cwd: bare });
    expect(JSON.parse(run.stdout).roster).toBeNull();
    expect((await beredskab(['status-report', '--year', '2025'], { cwd: bare })).stdout).toContain('ligger ikke i et git-arkiv');
  });

  it('HTML: self-contained, the chart inline, the reason escaped', async () => {
    const out = join(home, 'status.html');
    expect((await beredskab(['--roster', roster, 'status-report', '--year', '2025', '--format', 'html', '--output', out])).code).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page).toMatch(/<svg [^>]*role="img"/);
    expect(page).not.toMatch(/<(script|link|img)\b|src=|href=/);
    expect(existsSync(out)).toBe(true);
  });
});

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
