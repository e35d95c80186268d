import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendLine, createFile, removeStaleTemps, replaceFile, WriteFailure } from './atomic.js';
import { acquireLock } from './lock.js';

vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  return { ...real, writeSync: vi.fn(real.writeSync) };
});

const realWrite = (await vi.importActual<typeof import('node:fs')>('node:fs')).writeSync;

/** write(2) as a nearly full disk does it: `room` bytes in all, at most `chunk` a call, then ENOSPC. */
function diskWith(room: number, chunk = room) {
  let left = room;
  vi.mocked(fs.writeSync).mockImplementation(((fd: number, buffer: Uint8Array, offset?: number, length?: number) => {
    if (left === 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const from = offset ?? 0;
    const n = Math.min(length ?? buffer.length - from, left, chunk);
    left -= n;
    return realWrite(fd, buffer, from, n);
  }) as typeof fs.writeSync);
}

afterEach(() => vi.mocked(fs.writeSync).mockRestore());

const dir = () => mkdtempSync(join(tmpdir(), 'beredskab-atomic-'));
const deadPid = () => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);

describe('replaceFile', () => {
  it('writes every byte when write(2) comes back short', () => {
    const d = dir();
    const target = join(d, 'roster.yaml');
    writeFileSync(target, 'old');
    diskWith(1_000_000, 7);
    const content = 'æøå '.repeat(5000);
    replaceFile(target, content, { existing: statSync(target) });
    expect(readFileSync(target, 'utf8')).toBe(content);
  });

  it('a full disk part-way: WriteFailure ENOSPC, the old file byte for byte, no temporary file', () => {
    const d = dir();
    const target = join(d, 'roster.yaml');
    writeFileSync(target, 'the roster as it was');
    diskWith(8192);
    expect(() => replaceFile(target, 'x'.repeat(12_955), { existing: statSync(target) })).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
    expect(readFileSync(target, 'utf8')).toBe('the roster as it was');
    expect(readdirSync(d)).toEqual(['roster.yaml']);
  });

  it('a check before the rename stops the write and its error comes through as it is', () => {
    const d = dir();
    const target = join(d, 'roster.yaml');
    writeFileSync(target, 'old');
    const refusal = new Error('changed meanwhile');
    expect(() => replaceFile(target, 'new', { beforeRename: () => { throw refusal; } })).toThrow(refusal);
    expect(readdirSync(d)).toEqual(['roster.yaml']);
  });

  it('a new file gets the mode asked for, an existing one keeps its own', () => {
    const d = dir();
    replaceFile(join(d, 'new.csv'), 'x', { mode: 0o600 });
    expect(statSync(join(d, 'new.csv')).mode & 0o777).toBe(0o600);
    writeFileSync(join(d, 'shared.csv'), '', { mode: 0o644 });
    replaceFile(join(d, 'shared.csv'), 'x', { existing: statSync(join(d, 'shared.csv')), mode: 0o600 });
    expect(statSync(join(d, 'shared.csv')).mode & 0o777).toBe(0o644);
  });
});

describe('createFile', () => {
  it('never touches what is there, and on a full disk leaves nothing', () => {
    const d = dir();
    writeFileSync(join(d, 'roster.yaml'), 'mine');
    expect(() => createFile(join(d, 'roster.yaml'), 'new', 0o600)).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(readFileSync(join(d, 'roster.yaml'), 'utf8')).toBe('mine');
    diskWith(4096);
    expect(() => createFile(join(d, 'ny.yaml'), 'x'.repeat(6000), 0o600)).toThrow(WriteFailure);
    expect(readdirSync(d)).toEqual(['roster.yaml']);
  });
});

describe('appendLine', () => {
  it('continues a short write, and cuts a failed one off so no torn line is left', () => {
    const d = dir();
    const file = join(d, 'a.jsonl');
    writeFileSync(file, '{"first":1}\n');
    const fd = fs.openSync(file, fs.constants.O_RDWR | fs.constants.O_APPEND);
    diskWith(1_000, 3);
    appendLine(fd, file, '{"second":2}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"first":1}\n{"second":2}\n');
    diskWith(10);
    expect(() => appendLine(fd, file, '{"third":3, "text": "long enough"}\n')).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
    fs.closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe('{"first":1}\n{"second":2}\n');
  });
});

describe('temporary files and the lock of a writer that died', () => {
  it('removes the temporary files of dead processes only, and only of that file', () => {
    const d = dir();
    const dead = deadPid();
    for (const name of [`.roster.yaml.${dead}-0123456789abcdef.tmp`, `.roster.yaml.${process.pid}-0123456789abcdef.tmp`, `.other.yaml.${dead}-0123456789abcdef.tmp`, '.roster.yaml.0123456789ab.tmp']) {
      writeFileSync(join(d, name), '');
    }
    expect(removeStaleTemps(join(d, 'roster.yaml'))).toEqual([`.roster.yaml.${dead}-0123456789abcdef.tmp`]);
    expect(removeStaleTemps(join(d, 'roster.yaml'), { legacy: true })).toEqual(['.roster.yaml.0123456789ab.tmp']);
    expect(readdirSync(d).sort()).toEqual([`.other.yaml.${dead}-0123456789abcdef.tmp`, `.roster.yaml.${process.pid}-0123456789abcdef.tmp`]);
  });

  it('takes over a lock whose process is gone; respects a live one and a fresh lock without a pid', () => {
    const d = dir();
    const target = join(d, 'roster.yaml');
    const lock = join(d, '.roster.yaml.lock');
    writeFileSync(lock, `${deadPid()}\n${hostname()}\n`);
    const taken = acquireLock(target);
    expect(taken).toMatchObject({ held: true, tookOver: true });
    expect(readFileSync(lock, 'utf8')).toBe(`${process.pid}\n${hostname()}\n`);
    expect(acquireLock(target)).toMatchObject({ held: false, code: 'EEXIST', pid: process.pid });
    if (taken.held) taken.release();
    writeFileSync(lock, `${deadPid()}\nanother-host\n`);
    expect(acquireLock(target)).toMatchObject({ held: false, code: 'EEXIST' });
    writeFileSync(lock, '');
    expect(acquireLock(target)).toMatchObject({ held: false, code: 'EEXIST' });
    utimesSync(lock, new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
    expect(acquireLock(target)).toMatchObject({ held: true, tookOver: true });
  });
});
