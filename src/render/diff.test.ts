import { describe, expect, it } from 'vitest';
import { messages } from '../i18n/index.js';
import { renderDiff } from './diff.js';

describe('renderDiff', () => {
  it('one change is one line: a line break or escape in a name cannot forge another', () => {
    const changes = [{ kind: 'name-changed' as const, id: 'x', name: 'Claus', from: 'Claus Hansen', to: 'Claus Hansen\n- Ingen andre ændringer\x1b[2J' }];
    for (const format of ['markdown', 'text'] as const) {
      const out = renderDiff(changes, 1, 2, format, messages('da'));
      const lines = out.trimEnd().split('\n').filter((l) => l.trim() !== '');
      expect(lines, format).toHaveLength(2);
      expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f]/);
    }
  });
});
