/** Exit codes, as the README lists them. Actions return one; cli.ts hands it to the process. */
export const ExitCode = {
  ok: 0,
  invalid: 1,
  usage: 2,
  internal: 70,
  /** drill ended by SIGHUP (its terminal closed), as shells report it */
  hangup: 129,
  /** drill stopped with Ctrl-C, as shells report SIGINT */
  interrupted: 130,
  /** drill ended by SIGTERM (kill, a shutdown), as shells report it */
  terminated: 143,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A mistake in how the command was called: printed as one line, exit code 2. */
export class UsageError extends Error {}

/** A value not among an option's choices (`--format pdf`): said with the choices, exit code 2. */
export class ChoiceError extends Error {
  constructor(
    readonly option: string,
    readonly value: string,
    readonly allowed: readonly string[],
  ) {
    super(`${option} ${value}`);
  }
}

/** A write that failed for a reason other than the command line (disk full, no permission): one line, exit 70. */
export class OutputError extends Error {}

/** A command that has already said why it stops: exit with this code, print nothing more. */
export class ExitError extends Error {
  constructor(readonly exitCode: ExitCode) {
    super(`exit ${exitCode}`);
  }
}

/**
 * Wraps a command action so that the code it returns reaches main() in cli.ts. Commander drops an action's return
 * value, so any code but ok travels as an ExitError, which main() turns back into the code.
 */
export function exitWith<A extends unknown[]>(action: (...args: A) => Promise<ExitCode>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    const code = await action(...args);
    if (code !== ExitCode.ok) throw new ExitError(code);
  };
}
