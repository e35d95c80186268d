import { describe, expect, it } from 'vitest';
import { colorWanted } from './context.js';

describe('colorWanted', () => {
  it.each([
    [undefined, {}, true, true],
    [undefined, {}, false, false],
    [false, {}, true, false],
    [undefined, { NO_COLOR: '1' }, true, false],
    [undefined, { NO_COLOR: '' }, true, true],
    [undefined, { FORCE_COLOR: '0' }, true, false],
    [undefined, { FORCE_COLOR: 'false' }, true, false],
    [undefined, { TERM: 'dumb' }, true, false],
    [undefined, { TERM: 'xterm-256color' }, true, true],
  ] as const)('--color %s, env %j, terminal %s → %s', (flag, env, tty, expected) => {
    expect(colorWanted(flag, env as NodeJS.ProcessEnv, tty)).toBe(expected);
  });
});
