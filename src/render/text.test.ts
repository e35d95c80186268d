import { describe, expect, it } from 'vitest';
import { fitName, visibleLength, wrap } from './text.js';

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
