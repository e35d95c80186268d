import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { SHIPPED } from '../../tests/helpers.js';
import { loadRoster } from './load.js';
import { lintRoster } from './report-rules.js';

const shipped = readFileSync(SHIPPED, 'utf8');
/** The codes of the report rules: what the plan's text says against the data, the signatures and the approval. */
const REPORT_CODE = /^(text-(insert|person|deadline|phone)-|signatures?-|approval-|content-)/;
const enc = (text: string) => new TextEncoder().encode(text);

/** The shipped roster, changed so that each report rule and some of the others have something to say. */
const ROSTERS: Array<[string, string, RegExp[]]> = [
  ['the shipped roster', shipped, [/^signatures-unrecorded$/]],
  [
    'a text that disagrees with the data',
    shipped
      .replace('kontakt til Lasse Bonde eller Allan Aarslev', 'kontakt til Lasse Bonne eller Allan Aarslev')
      .replace('        {{presse}}', '        {{pressen}}')
      .replace(/(type: working-days\n\s+days: )3/, '$11'),
    [/^text-person-unknown$/, /^text-insert-unknown$/, /^text-deadline-differs$/],
  ],
  [
    'a section twice, and a broken phone number',
    shipped.replace('  - section: underskrift', '  - section: kommissorium\n    body: { da: "Igen." }\n  - section: underskrift').replace('phone: "40867408"', 'phone: "1234"'),
    [/^text-section-repeat$/, /^phone-invalid$/],
  ],
  ['a content hash that is not the document\'s', `${shipped}\ncontent:\n  version: 1\n  hash: "abcdefabcdef"\n`, [/^content-hash-stale$/]],
];

describe('the report rules run where findings are reported, and change no refusal', () => {
  for (const [name, text, expected] of ROSTERS) {
    it(`${name}: lint finds what it reports; without the report rules the same errors, and the rest but the report rules' warnings`, () => {
      const full = lintRoster(enc(text), { file: 'roster.yaml', today: '2026-12-01' });
      const used = loadRoster(enc(text), { file: 'roster.yaml', today: '2026-12-01' });
      for (const code of expected) expect(full.findings.map((d: { code: string; severity: string }) => d.code)).toContainEqual(expect.stringMatching(code));
      expect(used.roster).toEqual(full.roster);
      expect(used.findings.filter((d: { code: string; severity: string }) => d.severity === 'error')).toEqual(full.findings.filter((d: { code: string; severity: string }) => d.severity === 'error'));
      expect(used.findings).toEqual(full.findings.filter((d: { code: string; severity: string }) => !REPORT_CODE.test(d.code)));
      expect(used.findings.some((d: { code: string; severity: string }) => REPORT_CODE.test(d.code))).toBe(false);
    });
  }

  it('the rules for a change are report rules: asked for without them is a mistake in the code, not a quiet pass', () => {
    const previous = loadRoster(enc(shipped), { file: 'r' }).roster!;
    expect(() => loadRoster(enc(shipped), { file: 'roster.yaml', previous })).toThrow(/report/);
    expect(lintRoster(enc(shipped.replace('revision: 1', 'revision: 2')), { file: 'roster.yaml', previous }).roster).toBeDefined();
  });
});

/**
 * The bundle initialises a module only when the code that runs reaches it by static imports; a command's runner is
 * reached by the dynamic import of the command table (src/cli/program.ts). So what a command can load is what the
 * static imports reach from src/main.ts and from its runner, and the dynamic imports from there on.
 */
describe('a command that uses the roster does not load the report rules', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  let graph: Metafile['inputs'] | undefined;
  const inputs = async () =>
    (graph ??= (await build({ entryPoints: [`${root}src/main.ts`], bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent', absWorkingDir: root })).metafile.inputs);

  async function reached(command: string): Promise<Set<string>> {
    const all = await inputs();
    const seen = new Set<string>();
    const todo = ['src/main.ts', `src/cli/run/${command}.ts`];
    expect(all[todo[1]!], todo[1]).toBeDefined();
    while (todo.length) {
      const file = todo.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const edge of all[file]?.imports ?? []) {
        if (edge.external || (edge.kind === 'dynamic-import' && file === 'src/cli/program.ts')) continue;
        todo.push(edge.path);
      }
    }
    return seen;
  }

  const RULES = ['src/roster/report-rules.ts', 'src/roster/text-rules.ts', 'src/roster/change-rules.ts'];
  const SIGNING = ['src/roster/signing.ts', 'src/document/plan.ts'];
  for (const command of ['activate', 'deadline', 'invite', 'contacts', 'log']) {
    it(`${command}: neither the text and change rules nor the signing rules and the plan document`, async () => {
      const loads = await reached(command);
      expect(loads.has('src/roster/load.ts')).toBe(true);
      for (const file of [...RULES, ...SIGNING]) expect(loads.has(file), file).toBe(false);
    });
  }

  it('plan: not the text and change rules (the document shows the signatures itself)', async () => {
    const loads = await reached('plan');
    for (const file of RULES) expect(loads.has(file), file).toBe(false);
    expect(loads.has('src/document/plan.ts')).toBe(true);
  });

  it('lint and the edits: all of them', async () => {
    for (const command of ['lint', 'edit']) {
      const loads = await reached(command);
      for (const file of [...RULES, ...SIGNING]) expect(loads.has(file), `${command}: ${file}`).toBe(true);
    }
  });
});
