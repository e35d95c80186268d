import type { ShellMessages } from '../da/shell.js';
import { lazy } from '../lazy.js';

/** The command shell's own sentences: output files, git versions, option values, the roster chosen. */

const table = (): ShellMessages => ({
  output: {
    empty: () => `--output: empty value; give a file, or - for standard output`,
    isInput: (file: string) => `--output: ${file} is one of the files this command reads; choose another file so the roster is not overwritten`,
    isDirectory: (file: string) => `--output: ${file} is a directory; give a file`,
    yaml: (file: string) =>
      `--output: ${file} is a YAML file name, as rosters have; no command writes YAML, and a roster is never overwritten by an output. Choose another file name (e.g. ending in .html, .csv, .ics, .md or .docx). Nothing was written`,
    stdout: 'standard output',
    wrote: (file: string, detail?: string) => `Wrote ${file}${detail ? ` (${detail})` : ''}`,
  },
  git: {
    badRef: (ref: string) => `"${ref}" is not a git ref; a ref cannot be empty or start with -`,
    noSuchRef: (ref: string) => `there is no commit at "${ref}"`,
    outside: (spec: string, root: string) => `${spec}: the file lies outside the git repository ${root}`,
    baseAndPrevious: () => `--base and --previous cannot be used together; choose one earlier version to compare with`,
    previousInvalid: (name: string) =>
      `the previous version ${name} could not be read as a roster (see the errors above); the change cannot be checked`,
  },
  option: {
    empty: (option: string) => `${option}: empty value; leave the option out or give it a value`,
    emptyEnv: (name: string) => `${name} is set but empty; unset it (unset ${name}) or give a file`,
    emptyFile: () => `a file name is empty (""); give a file`,
  },
  roster: {
    shipped: (path: string) => `using the shipped Randers roster (${path}); no --roster, BEREDSKAB_ROSTER or ./roster.yaml`,
    waiting: (name: string) => `waiting for data from ${name} (a pipe or FIFO); stop with Ctrl-C`,
  },
  at: {
    offset: (value: string) => `--at: "${value}" has an offset outside -14:00 … +14:00 or minutes above 59`,
    range: (value: string) => `--at: "${value}" lies outside the years 1900–2200`,
  },
  plan: {
    expired: (end: string, when: string) =>
      `WARNING: the plan's period ended ${end}; ${when} is later. Contacts and rules may be out of date – find the plan in force`,
    notStarted: (start: string, when: string) =>
      `WARNING: the plan's period only begins ${start}; ${when} is earlier. Check that this is the plan in force`,
  },
  help: {
    unknown: (name: string) => `there is no command ${name}; see beredskab --help`,
  },
});

export const en = lazy(table);
