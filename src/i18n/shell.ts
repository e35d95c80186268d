import { quote } from 'shell-quote';

/** What a terminal would not show as it is: C0 and C1 controls, DEL, the bidirectional marks and overrides. */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * A file's path as it is typed in a command the user is told to run, so that the command copied as printed runs on
 * that file: quoted where the shell would split it or read something into it (`'plan med mellemrum.yaml'`), as it is
 * where it would not (`roster.yaml`); `./-x.yaml` for a name the command would take for an option; and for a name with
 * a character a terminal would not show as it is, bash's and zsh's `$'…'` with that character as an escape.
 */
export function shellWord(path: string): string {
  const word = path.startsWith('-') ? `./${path}` : path;
  if (!UNPRINTABLE.test(word)) return quote([word]);
  const escaped = [...word].map((c) => {
    if (c === '\\' || c === "'") return `\\${c}`;
    if (!UNPRINTABLE.test(c)) return c;
    const code = c.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
  return `$'${escaped.join('')}'`;
}
