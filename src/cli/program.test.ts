import { describe, expect, it } from 'vitest';
import { subcommandOf } from './program.js';

describe('the subcommand a run makes', () => {
  it.each([
    [['activate', '--level', 'red'], 'activate'],
    [['--roster', 'x.yaml', 'lint'], 'lint'],
    [['--roster=x.yaml', '--lang', 'en', '--no-color', '--no-cache', 'log', 'show'], 'log'],
    // The value of --roster is taken whatever it is, as commander takes it.
    [['--roster', 'activate', 'deadline'], 'deadline'],
    [['--lang=en', 'plan', '--help'], 'plan'],
    [['--', 'contacts'], 'contacts'],
  ])('%j runs %s', (args, name) => {
    expect(subcommandOf(args)).toBe(name);
  });

  it.each([[[]], [['--help']], [['-h', 'activate']], [['-V']], [['--level', 'red', 'activate']], [['--roster']], [['--no-color=1', 'activate']]])(
    '%j: none known before commander reads it, so every command is made',
    (args) => {
      expect(subcommandOf(args)).toBeUndefined();
    },
  );
});
