import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../tests/run.js';

/*
 * A chain that names an id nobody has (a hand edit, a typo): the plan document, and so the content's hash, cannot be
 * made from such a roster. Lint and the edits say the roster's error like any other, instead of failing inside.
 */
const NORDBY = new URL('../../tests/fixtures/nordby.yaml', import.meta.url);
const NOW = Date.parse('2026-12-01T12:00:00Z');
let dir: string;
let file: string;

// The roster named relative to the working directory, as a coordinator in its folder names it.
const cli = (...args: string[]) => run([...args, '--roster', 'roster.yaml'], { cwd: dir, now: NOW, env: { BEREDSKAB_CACHE: 'off' } });
const breakChain = () => writeFileSync(file, readFileSync(file, 'utf8').replace('contacts: [sara-holm, omar-bakr, vagtchef]', 'contacts: [sara-holm, omar-bak, vagtchef]'));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'beredskab-unresolved-'));
  file = join(dir, 'roster.yaml');
  copyFileSync(NORDBY, file);
});

// A chain may list a person or a hotline: the message names both.
const INVALID = 'roster.yaml:69:29  fejl  ref-unknown  "omar-bak" henviser ikke til en person i people eller et nummer i hotlines';

/** What every edit of a roster that already has errors says: the errors, and that nothing was written. */
function saysAlreadyInvalid(result: { code: number; stdout: string; stderr: string }, before: string): void {
  expect(result.code).toBe(1);
  expect(result.stderr).toContain(INVALID);
  expect(result.stderr).toContain('beredskab: roster.yaml indeholder allerede fejl; ret dem først (beredskab lint roster.yaml). Intet er skrevet');
  expect(result.stderr).not.toContain('intern fejl');
  expect(readFileSync(file, 'utf8')).toBe(before);
}

describe('a roster whose chain names an unknown id', () => {
  it('an edit elsewhere is refused with the roster\'s errors, as on any invalid roster', async () => {
    breakChain();
    const before = readFileSync(file, 'utf8');
    saysAlreadyInvalid(await cli('person', 'set', 'ida-berg', '--phone', '61234599'), before);
  });

  describe('with signatures recorded (content version and hash)', () => {
    beforeEach(async () => {
      expect((await cli('sign', 'mette-lund', '--date', '2026-11-01')).code).toBe(0);
      expect(readFileSync(file, 'utf8')).toMatch(/^content:\n {2}version: 1\n {2}hash: "[0-9a-f]{12}"$/m);
      breakChain();
    });

    it('lint names the error and exits 1', async () => {
      const { code, stderr, stdout } = await run(['lint', 'roster.yaml'], { cwd: dir, env: { BEREDSKAB_CACHE: 'off' } });
      expect(code).toBe(1);
      expect(stdout).toContain(INVALID);
      expect(stderr).not.toContain('intern fejl');
      // The hash is not said to be stale: without a document there is no hash to compare, only the error to fix.
      expect(stdout).not.toContain('content-hash-stale');
    });

    it('an edit elsewhere and a signature are refused with the roster\'s errors', async () => {
      const before = readFileSync(file, 'utf8');
      saysAlreadyInvalid(await cli('person', 'set', 'ida-berg', '--phone', '61234599'), before);
      saysAlreadyInvalid(await cli('sign', 'mette-lund', '--date', '2026-11-02'), before);
    });

    it('the edit that repairs it is written, and raises the version as the document changed', async () => {
      const repaired = await cli('person', 'add', '--id', 'omar-bak', '--name', 'Omar Bak', '--title', 'Lokalbetjent', '--organisation', 'nordjyllands-politi', '--phone', '61234570');
      expect(repaired.stderr).not.toContain('intern fejl');
      expect(repaired.code).toBe(0);
      expect(readFileSync(file, 'utf8')).toMatch(/^content:\n {2}version: 2\n/m);
      const lint = await run(['lint', 'roster.yaml'], { cwd: dir, env: { BEREDSKAB_CACHE: 'off' } });
      expect(lint.code).toBe(0);
      expect(lint.stdout).not.toContain('fejl  ');
      expect(lint.stdout).not.toContain('content-hash-stale');
    });
  });
});
