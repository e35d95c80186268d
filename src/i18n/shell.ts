import { quote } from 'shell-quote';

/**
 * A file's path as it is typed in a command the user is told to run: quoted where the shell would split it or read
 * something into it (`'plan med mellemrum.yaml'`), as it is where it would not (`roster.yaml`).
 */
export function shellWord(path: string): string {
  return quote([path]);
}
