import { describe, expect, it } from 'vitest';
import { normaliseSectionText } from './text.run.js';

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
