import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { SHIPPED } from './helpers.js';
import { run as beredskab } from './run.js';

let repo: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
const roster = () => readFileSync(join(repo, 'roster.yaml'), 'utf8');
const edit = (from: string | RegExp, to: string) => {
  const before = roster();
  const after = before.replace(from, to);
  expect(after).not.toBe(before);
  writeFileSync(join(repo, 'roster.yaml'), after);
};
const bump = () => edit(/^revision: (\d+)$/m, 'revision: 2');
const lint = async (...extra: string[]) => await beredskab(['lint', 'roster.yaml', '--base', 'HEAD', '--today', '2026-12-01', ...extra], { cwd: repo });

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'beredskab-git-'));
  git('init', '-q');
  git('config', 'user.email', 'ci@example.invalid');
  git('config', 'user.name', 'CI');
  writeFileSync(join(repo, 'roster.yaml'), readFileSync(SHIPPED, 'utf8'));
  git('add', 'roster.yaml');
  git('commit', '-qm', 'roster');
});

const replaceClaus = () => {
  edit('  - id: claus-hansen\n    name: Claus Hansen\n    title: SSP-konsulent\n    organisation: randers-ungdomsskole\n    phone: "40867408"', '  - id: claus-hansen\n    name: Claus Hansen\n    title: SSP-konsulent\n    organisation: randers-ungdomsskole\n    phone: "40867408"\n  - id: sofie-dam\n    name: Sofie Dam\n    title: SSP-konsulent\n    organisation: randers-ungdomsskole\n    phone: "40867410"');
  edit('    - person: claus-hansen\n', '    - person: sofie-dam\n');
  edit('    by: [claus-hansen]', '    by: [sofie-dam]');
};

describe('lint --base on a real git repository', () => {
  it('an unchanged roster passes', async () => {
    expect((await lint()).code).toBe(0);
  });

  it('a change without a new revision fails; with one it passes and names the coordinator', async () => {
    edit('phone: "30359684"', 'phone: "30359685"');
    const unbumped = await lint();
    expect(unbumped.code).toBe(1);
    expect(unbumped.stdout).toMatch(/roster\.yaml:\d+:\d+ {2}fejl {2}revision-not-bumped/);
    bump();
    const bumped = await lint();
    expect(bumped.code).toBe(0);
    expect(bumped.stdout).toContain('notify-coordinator  Giv koordinatoren Louise Hou Kragh (42 14 86 00) besked');
  });

  it('a member removed without a successor fails and names the organisation', async () => {
    edit('    - person: morten-strange\n', '');
    bump();
    const run = await lint('--lang', 'en');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('successor-missing  Morten Strange (Centerleder, Børne- og ungecenter) was removed from the group but no successor from Børne- og ungecenter was added');
  });

  it('a replacement passes and prints the coordinator’s name', async () => {
    replaceClaus();
    bump();
    const run = await lint();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Louise Hou Kragh');
    expect(run.stdout).not.toContain('successor-missing');
  });

  it('a date of last change that goes backwards or lies after today fails', async () => {
    bump();
    edit('lastChanged: 2026-11-27', 'lastChanged: 2026-01-01');
    edit('phone: "30359684"', 'phone: "30359685"');
    expect((await lint()).stdout).toContain('last-changed-backwards');
    edit('lastChanged: 2026-01-01', 'lastChanged: 2027-01-01');
    expect((await lint()).stdout).toContain('last-changed-future');
  });

  it('signatories or period changes call for re-signing; GitHub annotations work', async () => {
    edit('end: 2029-12-31', 'end: 2030-12-31');
    bump();
    const run = await lint('--format', 'github');
    expect(run.stdout).toMatch(/^::notice file=roster\.yaml,line=\d+,col=\d+,title=re-sign::.*Landsbyggefonden/m);
  });

  it('--previous compares with a file', async () => {
    const old = join(repo, 'old.yaml');
    writeFileSync(old, roster());
    edit('phone: "30359684"', 'phone: "30359685"');
    expect((await beredskab(['lint', 'roster.yaml', '--previous', old], { cwd: repo })).stdout).toContain('revision-not-bumped');
  });

  it('a --base that does not exist is a usage error', async () => {
    const run = await lint('--base', 'no-such-branch');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('beredskab: kan ikke læse no-such-branch:roster.yaml fra git');
  });
});

describe('beredskab diff', () => {
  it('prints each change once, in Danish and English', async () => {
    replaceClaus();
    edit('phone: "30359684"', 'phone: "30359685"');
    edit('      contacts: [lasse-bonde, allan-aarslev, politi-vagtchef]', '      contacts: [allan-aarslev, lasse-bonde, politi-vagtchef]');
    bump();
    const da = await beredskab(['diff', 'HEAD:roster.yaml', 'roster.yaml'], { cwd: repo });
    expect(da.code).toBe(0);
    expect(da.stdout).toBe(
      [
        'Ændringer fra revision 1 til revision 2',
        '  • Erstattet: Claus Hansen → Sofie Dam (SSP-konsulent, Randers Ungdomsskole)',
        '  • Telefon for Morten Strange: 30 35 96 84 → 30 35 96 85',
        '  • Ringe-rækkefølge "politi": Lasse Bonde → Allan Aarslev → 114  ⇒  Allan Aarslev → Lasse Bonde → 114',
        '',
      ].join('\n'),
    );
    const en = await beredskab(['diff', 'HEAD:roster.yaml', 'roster.yaml', '--lang', 'en', '--format', 'markdown'], { cwd: repo });
    expect(en.stdout).toContain('### Changes from revision 1 to revision 2');
    expect(en.stdout).toContain('- Replaced: Claus Hansen → Sofie Dam (SSP-konsulent, Randers Ungdomsskole)');
    expect(en.stdout.match(/Phone of Morten Strange/g)).toHaveLength(1);
    const json = JSON.parse((await beredskab(['diff', 'HEAD:roster.yaml', 'roster.yaml', '--format', 'json'], { cwd: repo })).stdout) as { changes: Array<{ kind: string }> };
    expect(json.changes.map((c) => c.kind)).toEqual(['person-replaced', 'phone-changed', 'chain-changed']);
  });
});

describe('the README’s pre-commit hook', () => {
  it('refuses a commit whose change breaks the rules and lets a correct one through', async () => {
    const { BIN } = await import('./helpers.js');
    const { chmodSync } = await import('node:fs');
    const hook = join(repo, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" lint roster.yaml --base HEAD\n`);
    chmodSync(hook, 0o755);
    edit('phone: "30359684"', 'phone: "30359685"');
    const commit = () => {
      try {
        git('commit', '-qam', 'change');
        return 0;
      } catch {
        return 1;
      }
    };
    expect(commit()).toBe(1);
    bump();
    expect(commit()).toBe(0);
  });
});
