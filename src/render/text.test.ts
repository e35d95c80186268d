import { describe, expect, it } from 'vitest';
import { fitName, terminalSafe, terminalSafeData, visibleLength, wrap } from './text.js';

describe('terminalSafe', () => {
  it.each([
    ['\x1b[2J\x1b[31mClaus\x1b]0;pwned\x07', '\ufffd[2J\ufffd[31mClaus\ufffd]0;pwned\ufffd'],
    ['Claus\0Hansen', 'Claus\ufffdHansen'],
    ['Claus\nHansen\t!', 'Claus Hansen !'],
    ['Claus\r\nHansen', 'Claus\ufffd Hansen'],
    ['a\u202eb\u2066c\u2069', 'a\ufffdb\ufffdc\ufffd'],
    ['\x9b31m', '\ufffd31m'],
    ['Søren Ærø – “citat” 😀', 'Søren Ærø – “citat” 😀'],
  ])('%j → %j', (input, expected) => {
    expect(terminalSafe(input)).toBe(expected);
  });

  it('cleans every string in plain data and keeps other objects', () => {
    const date = new Date(0);
    const data = terminalSafeData({ a: ['x\x1by'], b: { c: 'p\nq', d: 3 }, date });
    expect(data).toEqual({ a: ['x\ufffdy'], b: { c: 'p q', d: 3 }, date });
    expect(data.date).toBe(date);
  });
});

describe('fitName and wrap', () => {
  it('cuts a name with an ellipsis at the width, and leaves a short one', () => {
    expect(fitName('Louise Hou Kragh', 30)).toBe('Louise Hou Kragh');
    expect(fitName('x'.repeat(31), 30)).toBe('x'.repeat(29) + '…');
    expect(fitName('x'.repeat(31), 30)).toHaveLength(30);
  });

  it.each([
    ['short words', 'a '.repeat(200), 80, '   '],
    ['one long word', 'X'.repeat(1000), 80, '   '],
    ['a long word among others', `Titel ${'Y'.repeat(300)} slut`, 80, '   • '],
  ])('%s: no line is wider than the width', (_name, textIn, width, first) => {
    const lines = wrap(textIn, width, first);
    for (const line of lines) expect(visibleLength(line)).toBeLessThanOrEqual(width);
    // Nothing lost: the same characters, in the same order.
    expect(lines.join('').replace(/\s/g, '')).toBe((first + textIn).replace(/\s/g, ''));
  });
});
