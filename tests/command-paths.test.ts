// The commands the tool tells a user to run name the plan file as the shell must be given it: copied as printed,
// they run.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'shell-quote';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const INIT = ['init', '--municipality', 'Testrup', '--title', 'Beredskabsplan for Nordby', '--area', 'Nordby'];

/** A printed command line split as the shell splits it, without the program's name. */
function asTyped(line: string): string[] {
  const words = parse(line.trim());
  expect(words.every((w) => typeof w === 'string'), line).toBe(true);
  expect(words[0]).toBe('beredskab');
  return (words as string[]).slice(1);
}

describe('a plan file whose name the shell would split', () => {
  it("init's next steps quote it, and the step copied as printed fills in the coordinator", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-paths-'));
    const made = await run([...INIT, 'plan med mellemrum.yaml'], { cwd: dir });
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain("    beredskab --roster 'plan med mellemrum.yaml' person set koordinator --name NAVN --title TITEL --phone NUMMER");
    expect(made.stdout).toContain("  kontrol:       beredskab lint --strict 'plan med mellemrum.yaml'");
    expect(made.stdout).not.toMatch(/--roster plan med/);

    const printed = made.stdout.split('\n').find((l) => l.includes('person set koordinator'))!;
    const values: Record<string, string> = { NAVN: 'Karin Holm', TITEL: 'Boligsocial koordinator', NUMMER: '40 86 74 08' };
    const args = asTyped(printed).map((w) => values[w] ?? w);
    const filled = await run(args, { cwd: dir });
    expect(filled.code, filled.stderr).toBe(0);
    expect(readFileSync(join(dir, 'plan med mellemrum.yaml'), 'utf8')).toContain('Karin Holm');

    const check = made.stdout.split('\n').find((l) => l.includes('lint --strict'))!;
    const linted = await run(asTyped(check.replace(/^.*?(beredskab )/, '$1')), { cwd: dir });
    expect(linted.stdout).toContain('plan med mellemrum.yaml');
    expect([0, 1]).toContain(linted.code);
  });

  it("lint's command for a blank names the plan it linted, and runs on it as copied", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-paths-'));
    expect((await run([...INIT, 'plan med mellemrum.yaml'], { cwd: dir })).code).toBe(0);
    const lint = await run(['lint', 'plan med mellemrum.yaml', '--format', 'json'], { cwd: dir });
    const blanks = (JSON.parse(lint.stdout) as Array<{ code: string; message: string }>).filter((d) => d.code === 'blank-unfilled');
    const phone = blanks.map((d) => d.message).find((m) => m.includes('(koordinator)') && m.includes('--phone'))!;
    expect(phone).toContain("udfyld med: beredskab --roster 'plan med mellemrum.yaml' person set koordinator --phone NUMMER");
    const args = asTyped(phone.slice(phone.indexOf('udfyld med: ') + 'udfyld med: '.length)).map((w) => (w === 'NUMMER' ? '40 86 74 08' : w));
    const filled = await run(args, { cwd: dir });
    expect(filled.code, filled.stderr).toBe(0);
    expect(readFileSync(join(dir, 'plan med mellemrum.yaml'), 'utf8')).toContain('40 86 74 08');
  });

  it('a name the command would take for an option, or one with a character a terminal hides, is still the file when copied', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-paths-'));
    const made = await run([...INIT, '--', '-x.yaml'], { cwd: dir });
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain('  kontrol:       beredskab lint --strict ./-x.yaml');
    const odd = await run([...INIT, 'a\x1bb.yaml'], { cwd: dir });
    expect(odd.stdout).toContain("beredskab lint --strict $'a\\x1bb.yaml'");
  });

  it('in English too, and a name the shell leaves whole is printed as it is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-paths-'));
    const english = await run(['--lang', 'en', ...INIT, "Nordby's plan.yaml"], { cwd: dir });
    expect(english.code, english.stderr).toBe(0);
    expect(english.stdout).toContain(`  check:         beredskab lint --strict "Nordby's plan.yaml"`);
    const plain = await run([...INIT, 'roster.yaml'], { cwd: dir });
    expect(plain.stdout).toContain('  kontrol:       beredskab lint --strict roster.yaml');
  });

  it('the advice to lint a plan with errors, from a command that reads it and from an edit, quotes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-paths-'));
    writeFileSync(join(dir, 'min plan.yaml'), 'plan:\n  title: x\n');
    const read = await run(['--roster', 'min plan.yaml', 'activate', '--level', 'red'], { cwd: dir });
    expect(read.code).toBe(1);
    expect(read.stderr).toContain("beredskab: min plan.yaml indeholder fejl; kør beredskab lint 'min plan.yaml'");
    const edit = await run(['--lang', 'en', '--roster', 'min plan.yaml', 'person', 'set', 'x', '--name', 'Y'], { cwd: dir });
    expect(edit.code).toBe(1);
    expect(edit.stderr).toContain("(beredskab lint 'min plan.yaml'). Nothing was written");
  });
});
