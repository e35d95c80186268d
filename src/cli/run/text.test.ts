import { describe, expect, it } from 'vitest';
import { normaliseSectionText } from './text.js';

describe('normaliseSectionText', () => {
  it('makes line ends \\n and drops the byte-order mark and blank lines around the text', () => {
    expect(normaliseSectionText('\uFEFF \r\n\r\n  Første linje\r\nAnden\rTredje \r\n\r\n  ')).toBe('  Første linje\nAnden\nTredje');
    expect(normaliseSectionText('')).toBe('');
    expect(normaliseSectionText(' \n\t\n')).toBe('');
  });

  it('keeps a long run of spaces inside the text and handles it in linear time', () => {
    const text = `a${' '.repeat(400_000)}b`;
    const started = Date.now();
    expect(normaliseSectionText(`${text}\n`)).toBe(text);
    expect(normaliseSectionText(`${'\n'.repeat(200_000)}${' '.repeat(200_000)}x`)).toBe(`${' '.repeat(200_000)}x`);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('readSectionFile', () => {
  it('names an empty or blank section file as empty, in Danish and English', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readSectionFile } = await import('./text.js');
    const { messages } = await import('../../i18n/index.js');
    const { shellMessages } = await import('../../i18n/shell.js');
    const dir = mkdtempSync(join(tmpdir(), 'afsnit-'));
    const empty = join(dir, 'tom.md');
    const blank = join(dir, 'blank.md');
    writeFileSync(empty, '');
    writeFileSync(blank, '\uFEFF \n\n\t\n');
    const io = { stdin: { readAll: () => new Uint8Array() } } as never;
    const path = (name: string) => name;
    const da = { t: messages('da'), say: shellMessages('da'), io, path };
    const en = { t: messages('en'), say: shellMessages('en'), io, path };
    expect(() => readSectionFile(empty, da)).toThrow(`${empty}: Filen er tom`);
    expect(() => readSectionFile(blank, da)).toThrow(`${blank}: Filen er tom`);
    expect(() => readSectionFile(empty, en)).toThrow(`${empty}: The file is empty`);
    expect(() => readSectionFile(empty, da)).not.toThrow('--file');
  });
});
