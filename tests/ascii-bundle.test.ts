// The build's last step (scripts/ascii.mjs): the bundle made ASCII for a Latin-1 read, without changing what it does.
import { describe, expect, it } from 'vitest';

const { asciiBundle } = (await import(new URL('../scripts/ascii.mjs', import.meta.url).href)) as {
  asciiBundle: (source: string, file?: string) => string;
};

/** Runs a snippet of code that ends in an expression, as the bundle's code would run. */
const evaluate = (code: string): unknown => new Function(`return (${code});`)();

describe('a bundle made ASCII', () => {
  it('escapes the letters of a regular expression, which then matches exactly what it matched before', () => {
    const source = "[/^[æøå]+$/i, /ærø\\s+–/, /😀$/u, /^.$/u, /[’']/g]";
    const ascii = asciiBundle(source);
    expect(ascii).toBe("[/^[\\u00e6\\u00f8\\u00e5]+$/i, /\\u00e6r\\u00f8\\s+\\u2013/, /\\ud83d\\ude00$/u, /^.$/u, /[\\u2019']/g]");
    expect([...ascii].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    const before = evaluate(source) as RegExp[];
    const after = evaluate(ascii) as RegExp[];
    for (const text of ['æøå', 'ÆØÅ', 'aeoa', 'ærø  –', 'ærø–', 'smil 😀', '😀', 'x', '’', "'", 'ab']) {
      expect(after.map((r) => new RegExp(r.source, r.flags).test(text))).toEqual(before.map((r) => new RegExp(r.source, r.flags).test(text)));
    }
  });

  it('leaves ASCII code as it is, division included', () => {
    const source = 'const a = 6 / 3 / 2; const b = "x" + `y${a}`;';
    expect(asciiBundle(source)).toBe(source);
  });

  it('stops at a character an escape would change: in a tagged template, a string or a name esbuild left, or after a backslash', () => {
    expect(() => asciiBundle('const r = String.raw`’`;')).toThrow(/1:22: a non-ASCII character that cannot be escaped/);
    expect(() => asciiBundle('const t = (s) => s.raw[0]; t`æ`;')).toThrow(/cannot be escaped/);
    expect(() => asciiBundle('const s = "æ";')).toThrow(/cannot be escaped/);
    expect(() => asciiBundle('const x = /\\é/;')).toThrow(/cannot be escaped/);
    expect(() => asciiBundle('const x = 1 / 2; const y = `ø`;', 'dist/cli.cjs')).toThrow(/^dist\/cli\.cjs:1:/);
  });
});
