import { describe, expect, it } from 'vitest';
import { lazy } from './lazy.js';
import { cacheMessages, messages, planTextMessages } from './index.js';
import { da as rosterDa } from './da/roster.js';

describe('a table made when first read', () => {
  it('is made on the first call only, and the same table is given every time', () => {
    let made = 0;
    const table = lazy(() => ({ n: ++made }));
    expect(made).toBe(0);
    const first = table();
    expect(table()).toBe(first);
    expect(made).toBe(1);
  });

  it('is one table whichever way it is reached: messages(lang), a namespace alone, or the file', () => {
    for (const lang of ['da', 'en'] as const) {
      expect(messages(lang)).toBe(messages(lang));
      expect(messages(lang).cache).toBe(cacheMessages(lang));
      expect(messages(lang).planText).toBe(planTextMessages(lang));
    }
    expect(messages('da').diag).toBe(rosterDa().diag);
    expect(messages('en').cache).not.toBe(messages('da').cache);
    expect(messages('en').lint.clean('x.yaml')).toBe('x.yaml: no errors');
    expect(messages('da').lint.clean('x.yaml')).toBe('x.yaml: ingen fejl');
  });
});
