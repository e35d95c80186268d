import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellWord } from './shell.js';

/** The word as bash reads it back: what the command it is printed in gets as its argument. */
const asBashReadsIt = (word: string): string => execFileSync('bash', ['-c', `printf '%s' ${word}`], { encoding: 'utf8' });

describe('a file name in a printed command', () => {
  it('is read back by bash as the very name, whatever it holds', () => {
    const names = ['roster.yaml', 'plan med mellemrum.yaml', "Nordby's plan.yaml", 'a"b.yaml', '$HOME.yaml', '`id`.yaml', 'a;b&c*?.yaml', '~x.yaml', 'æøå 🚨.yaml', 'a\\b.yaml', "it's a \\ 'x'.yaml"];
    for (const name of names) expect(asBashReadsIt(shellWord(name)), name).toBe(name);
  });

  it('shows every character a terminal would not as an escape, and bash reads the name back exactly', () => {
    for (const name of ['c\x1b[31md.yaml', 'a\rb.yaml', 'a\nb.yaml', 'a\tb.yaml', 'x\x01y.yaml', 'a\u202eb.yaml', "q'\x07.yaml"]) {
      const word = shellWord(name);
      expect(word, JSON.stringify(name)).toMatch(/^\$'[\x20-\x7e\u00a0-\u200d\u2010-\u2029\u202f-\u2065\u206a-\uffff]*'$/u);
      expect(asBashReadsIt(word), JSON.stringify(name)).toBe(name);
    }
    expect(shellWord('c\x1b[31md.yaml')).toBe("$'c\\x1b[31md.yaml'");
  });

  it('a name beginning with a hyphen is given as ./-x.yaml, so the command does not take it for an option', () => {
    expect(shellWord('-x.yaml')).toBe('./-x.yaml');
    expect(shellWord('-x y.yaml')).toBe("'./-x y.yaml'");
    expect(shellWord('/tmp/-x.yaml')).toBe('/tmp/-x.yaml');
  });

  it('leaves a name the shell reads as it is untouched', () => {
    expect(shellWord('roster.yaml')).toBe('roster.yaml');
    expect(shellWord('/srv/planer/nordby/roster.yaml')).toBe('/srv/planer/nordby/roster.yaml');
  });
});
