/**
 * What went wrong with a file, as data: the shell (src/cli/io-text.ts) says it in the user's language. `usage` is a
 * mistake on the command line (exit 2); `failed` a write the system refused (a full disk, no permission: exit 70).
 */
export type IoProblem =
  | { code: 'output-empty' }
  | { code: 'output-is-input'; target: string }
  | { code: 'output-yaml'; target: string }
  | { code: 'output-is-directory'; target: string }
  | { code: 'output-into-journal'; target: string; journal: string }
  | { code: 'write-failed'; target: string; reason: string }
  | { code: 'write-no-space'; target: string; reason: string; existed: boolean }
  | { code: 'write-refused'; target: string; reason: string; existed: boolean }
  | { code: 'git-bad-ref'; ref: string }
  | { code: 'git-missing'; spec: string; reason: string }
  | { code: 'git-no-such-ref'; spec: string; ref: string }
  | { code: 'git-outside'; spec: string; root: string }
  | { code: 'git-too-large'; size: number; max: number };

export class IoError extends Error {
  constructor(
    readonly problem: IoProblem,
    readonly kind: 'usage' | 'failed',
  ) {
    super(problem.code);
  }
}
