// Spawned: the package as npm packs and installs it, and the installed bin run from another folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * What a coordinator does: the packed package installed globally (into a prefix of its own), then `beredskab` run
 * from a folder that has nothing of the project. A file missing from package.json's `files` fails here.
 */
describe('the packed package, installed', () => {
  it('npm pack, npm install -g of the tarball, and beredskab runs from another folder', () => {
    const work = mkdtempSync(join(tmpdir(), 'beredskab-install-'));
    // The dist/ that `npm run build` left, packed as it is: without --ignore-scripts, npm pack would run `prepare` and
    // rebuild dist/ (with a new build id) under the other tests that are running the bin at the same time.
    const packed = execFileSync(npm, ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').at(-1)!;
    const tarball = join(work, packed);
    const prefix = join(work, 'prefix');
    const install = spawnSync(npm, ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], { encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
    expect(install.stderr).not.toContain('EBADENGINE');
    // The code caches for the Node that built, the whole one and each command's own; not the benchmark's floor.
    const dist = readdirSync(join(prefix, 'lib', 'node_modules', 'beredskab', 'dist'));
    const v8 = `${process.versions.v8}-${process.arch}`;
    expect(dist).toEqual(expect.arrayContaining(['cli.cjs', `cli.cjs.${v8}.cache`, `cli.cjs.activate.${v8}.cache`, `cli.cjs.lint.${v8}.cache`]));
    expect(dist.filter((name) => name.startsWith('floor'))).toEqual([]);

    const elsewhere = mkdtempSync(join(tmpdir(), 'beredskab-elsewhere-'));
    const env = { ...process.env, PATH: `${join(prefix, 'bin')}:${process.env.PATH}`, NO_COLOR: '1' } as Record<string, string | undefined>;
    delete env.BEREDSKAB_ROSTER;
    delete env.BEREDSKAB_LANG;
    const run = (args: string[]) => spawnSync('beredskab', args, { cwd: elsewhere, env: env as NodeJS.ProcessEnv, encoding: 'utf8' });

    const activate = run(['activate', '--level', 'red', '--at', '18.12.2026 21.30']);
    expect(activate.status, activate.stderr).toBe(0);
    expect(activate.stdout).toContain('Lasse Bonde');
    expect(activate.stderr).toContain('bruger den medfølgende plan for Randers');

    const plan = run(['plan', '--format', 'docx', '--output', 'plan.docx']);
    expect(plan.status, plan.stderr).toBe(0);
    expect(plan.stderr).toContain('Skrev plan.docx');
    expect(readdirSync(elsewhere)).toEqual(['plan.docx']);
    // A .docx is a ZIP file.
    expect(readFileSync(join(elsewhere, 'plan.docx')).subarray(0, 2).toString()).toBe('PK');
  }, 180_000);
});
