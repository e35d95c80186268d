import { describe, expect, it } from 'vitest';
import { run } from '../../tests/run.js';
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

describe("commander's errors, named from the program's declarations and said in the user's language", () => {
  it.each([
    [['deadline', '--level', 'red', '--at', '--lang', 'da'], 'beredskab: tilvalget --at mangler en værdi\n'],
    [['contacts', '--format', '--lang', 'en'], 'beredskab: option --format needs a value\n'],
    [['--lang', 'da', 'deadline', '--level'], 'beredskab: tilvalget --level mangler en værdi\n'],
    [['activate', '--levle', 'red'], 'beredskab: tilvalget --level skal angives\n'],
    [['person', 'set', '--bogus', 'x', 'ida'], 'beredskab: ukendt tilvalg --bogus\n'],
    [['deadline', '--level', 'red', '--json=yes'], 'beredskab: ukendt tilvalg --json=yes\n'],
    [['chain', 'nope'], 'beredskab: ukendt kommando nope; se beredskab --help\n'],
    [['member', 'add'], 'beredskab: mangler <id>; se --help\n'],
    [['member', 'add', '--lang', 'en'], 'beredskab: missing <id>; see --help\n'],
    [['evaluation', '--format', 'pdf'], 'beredskab: --format: "pdf" er ikke gyldig; vælg en af markdown, html, json\n'],
    [['invite', '--level', 'red', '--at', '2026-12-01T10:00', 'extra', 'words'], 'beredskab: for mange argumenter: står der mellemrum i en værdi, skal den i anførselstegn, fx --at "2026-12-01T10:00 extra words"\n'],
  ])('%j', async (args, stderr) => {
    expect(await run(args)).toEqual({ code: 2, stdout: '', stderr });
  });
});
