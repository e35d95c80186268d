import { describe, expect, it } from 'vitest';
import type { Detection } from './finding.js';
import { MAX_DEPTH, parseYaml } from './source.js';

const text = [
  '# a comment first', // 1
  '', // 2
  'plain: value', // 3
  'anchored: &defaults', // 4
  '  x: 1', // 5
  'copy: *defaults', // 6
  'empty:', // 7
  'commented: # a comment', // 8
  '  - one', // 9
  '  - { da: to, en: two }', // 10
  '  - id: three', // 11
  '    name: "Three"', // 12
  '  - - nested', // 13
  'block: >-', // 14
  '  folded', // 15
  '  text', // 16
  '"quoted key": 5', // 17
  'date: 2026-11-27', // 18
  'no: no', // 19
].join('\n');

function parsed(source: string) {
  const findings: Detection[] = [];
  const result = parseYaml(source, findings);
  return { result, findings };
}

describe('the YAML reader', () => {
  const { result } = parsed(text);
  const at = (path: (string | number)[], atKey = false) => {
    const p = result!.locate(path, atKey);
    return `${p.line}:${p.col}`;
  };

  it('reads the data with the core schema: dates and "no" stay strings', () => {
    expect(result!.data).toEqual({
      plain: 'value',
      anchored: { x: 1 },
      copy: { x: 1 },
      empty: null,
      commented: ['one', { da: 'to', en: 'two' }, { id: 'three', name: 'Three' }, ['nested']],
      block: 'folded text',
      'quoted key': 5,
      date: '2026-11-27',
      no: 'no',
    });
  });

  it('finds every key and value, past comments, anchors, aliases and flow collections', () => {
    expect(at(['plain'])).toBe('3:8');
    expect(at(['plain'], true)).toBe('3:1');
    expect(at(['anchored'])).toBe('4:11');
    expect(at(['anchored', 'x'])).toBe('5:6');
    expect(at(['copy'])).toBe('6:7');
    expect(at(['empty'])).toBe('7:7'); // right after the colon, not on the next line
    expect(at(['commented'])).toBe('9:3');
    expect(at(['commented', 0])).toBe('9:5');
    expect(at(['commented', 1])).toBe('10:5');
    expect(at(['commented', 1, 'en'])).toBe('10:19');
    expect(at(['commented', 1, 'en'], true)).toBe('10:15');
    expect(at(['commented', 2, 'name'])).toBe('12:11');
    expect(at(['commented', 3, 0])).toBe('13:7');
    expect(at(['block'])).toBe('14:8');
    expect(at(['quoted key'], true)).toBe('17:1');
    // A path that does not exist stops at the nearest ancestor that does.
    expect(at(['commented', 2, 'missing'])).toBe('11:5');
    expect(at(['nothing', 'here'])).toBe(at([]));
    expect(at([])).toBe('3:1');
  });

  it('refuses a "billion laughs" before expanding it, and counts aliases', () => {
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [i, k] of [...'bcdefghij'].entries()) {
      const prev = 'abcdefghij'[i];
      laughs.push(`${k}: &${k} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const started = performance.now();
    const { result: none, findings } = parsed(laughs.join('\n'));
    expect(performance.now() - started).toBeLessThan(500);
    expect(none).toBeUndefined();
    expect(findings[0]).toMatchObject({ code: 'yaml-too-many-aliases', pos: { line: 5 } });

    const many = parsed(`a: &a x\nb: [${Array(101).fill('*a').join(', ')}]\n`);
    expect(many.findings[0]).toMatchObject({ code: 'yaml-too-many-aliases', pos: { line: 2 } });
  });

  it('refuses nesting deeper than a roster has, with a position', () => {
    const deep = parsed(`a: ${'['.repeat(MAX_DEPTH + 5)}${']'.repeat(MAX_DEPTH + 5)}\n`);
    expect(deep.findings[0]).toMatchObject({ code: 'yaml-too-deep', pos: { line: 1 } });
    const abyss = parsed(`a: ${'['.repeat(100_000)}\n`);
    expect(abyss.findings[0]?.code).toMatch(/^yaml-/);
  });

  it('names a second document and a duplicate key where they are', () => {
    expect(parsed('a: 1\n---\nb: 2\n').findings[0]).toMatchObject({ code: 'yaml-syntax', pos: { line: 3, col: 1 } });
    expect(parsed('a: 1\nb: 2\na: 3\n').findings[0]).toMatchObject({ code: 'yaml-duplicate-key', pos: { line: 3 }, args: { key: 'a' } });
  });
});
