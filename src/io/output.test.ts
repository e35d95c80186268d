import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTarget, type TargetOptions } from './output.js';
import { IoError } from './problem.js';

const stdout = { write: (_chunk: string | Uint8Array, done?: () => void) => (done?.(), true) };
const opts = (inputs: string[]): TargetOptions => ({ inputs, cwd: '/', env: {}, stdout });
const refusedAs = (kind: 'usage' | 'failed') => (error: unknown) => error instanceof IoError && error.kind === kind;

const dir = () => mkdtempSync(join(tmpdir(), 'beredskab-output-'));

describe('writeTarget', () => {
  it('never follows a file planted at the temporary name the old code used', async () => {
    const d = dir();
    const victim = join(d, 'victim.txt');
    writeFileSync(victim, 'keep');
    // The name `.NAME.PID.tmp` was predictable; a link there once redirected the write.
    symlinkSync(victim, join(d, `.sheet.txt.${process.pid}.tmp`));
    await writeTarget(join(d, 'sheet.txt'), 'new', opts([]));
    expect(readFileSync(victim, 'utf8')).toBe('keep');
    expect(readFileSync(join(d, 'sheet.txt'), 'utf8')).toBe('new');
    expect(readdirSync(d).sort()).toEqual([`.sheet.txt.${process.pid}.tmp`, 'sheet.txt', 'victim.txt']);
  });

  it('leaves no temporary file behind, and a random one each time', async () => {
    const d = dir();
    const target = join(d, 'a.txt');
    for (let i = 0; i < 20; i++) await writeTarget(target, `v${i}`, opts([]));
    expect(readdirSync(d)).toEqual(['a.txt']);
    expect(readFileSync(target, 'utf8')).toBe('v19');
  });

  it('keeps the mode of the file it replaces and writes the real file behind a link', async () => {
    const d = dir();
    const real = join(d, 'real.txt');
    writeFileSync(real, 'old');
    chmodSync(real, 0o640);
    symlinkSync('real.txt', join(d, 'link.txt'));
    await writeTarget(join(d, 'link.txt'), 'new', opts([]));
    expect(lstatSync(join(d, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect(statSync(real).mode & 0o777).toBe(0o640);
  });

  it('a link to a file not yet made: the file is made where the link points, and the link stays', async () => {
    const d = dir();
    symlinkSync('made.txt', join(d, 'link.txt'));
    await writeTarget(join(d, 'link.txt'), 'new', opts([]));
    expect(lstatSync(join(d, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(d, 'made.txt'), 'utf8')).toBe('new');
  });

  it('never writes a YAML file, new or existing, by its name or through a link', async () => {
    const d = dir();
    for (const name of ['other.yaml', 'OTHER.YML', 'settings.yml']) {
      writeFileSync(join(d, name), 'plan: {}\n');
      await expect(writeTarget(join(d, name), 'sheet', opts([]))).rejects.toSatisfy(
        (error: unknown) => error instanceof IoError && error.kind === 'usage' && error.problem.code === 'output-yaml',
      );
      expect(readFileSync(join(d, name), 'utf8')).toBe('plan: {}\n');
    }
    symlinkSync('other.yaml', join(d, 'sheet.html'));
    await expect(writeTarget(join(d, 'sheet.html'), 'sheet', opts([]))).rejects.toSatisfy(refusedAs('usage'));
    expect(readFileSync(join(d, 'other.yaml'), 'utf8')).toBe('plan: {}\n');
    await expect(writeTarget(join(d, 'new.yaml'), 'made', opts([]))).rejects.toSatisfy(refusedAs('usage'));
    expect(readdirSync(d).sort()).toEqual(['OTHER.YML', 'other.yaml', 'settings.yml', 'sheet.html']);
    // A name that only looks like one is another file.
    await writeTarget(join(d, 'other.yaml.html'), 'sheet', opts([]));
    expect(readFileSync(join(d, 'other.yaml.html'), 'utf8')).toBe('sheet');
  });

  it('refuses an input, a directory and an empty name; other failures are failed writes', async () => {
    const d = dir();
    const input = join(d, 'roster.yaml');
    writeFileSync(input, 'roster');
    await expect(writeTarget(input, 'x', opts([input]))).rejects.toSatisfy(refusedAs('usage'));
    await expect(writeTarget(d, 'x', opts([]))).rejects.toSatisfy(refusedAs('usage'));
    await expect(writeTarget('', 'x', opts([]))).rejects.toSatisfy(refusedAs('usage'));
    expect(readFileSync(input, 'utf8')).toBe('roster');
    if (process.getuid?.() !== 0) {
      chmodSync(d, 0o500);
      await expect(writeTarget(join(d, 'new.txt'), 'x', opts([]))).rejects.toSatisfy(refusedAs('failed'));
    }
  });
});
