import { ioMessages, messages, shellMessages, type Lang } from '../i18n/index.js';
import type { IoProblem } from '../io/problem.js';
import { codeOf, createFile, isNoSpace } from '../io/atomic.js';
import { writeTarget } from '../io/output.js';
import { OutputError, UsageError } from './exit.js';
import type { Globals } from './context.js';

export interface WriteOptions {
  /** Every file the command read; the output may not be any of them. */
  inputs: readonly string[];
  /** What the file holds, said after its name once it is written ("1 side A4"). */
  detail?: string;
  /** The journal folder the command uses (--journal), when it has one. */
  journal?: string;
}

/**
 * A command's output to --output or standard output (`-` or none), through io/output.ts with its guards. A file
 * written is said once on stderr, so a coordinator knows where to look; a device or a pipe is not a file to find.
 */
export async function writeOutput(g: Pick<Globals, 'io' | 'lang'>, target: string | undefined, content: string | Uint8Array, options: WriteOptions): Promise<void> {
  const written = await writeTarget(target, content, { ...options, cwd: g.io.cwd, env: g.io.env, stdout: g.io.stdout });
  if (written === 'file') g.io.stderr.write(shellMessages(g.lang).output.wrote(target!, options.detail) + '\n');
}

/** A file problem from src/io in the user's words. */
export function ioProblemText(problem: IoProblem, lang: Lang): string {
  const msg = messages(lang);
  const say = shellMessages(lang);
  const io = ioMessages(lang);
  switch (problem.code) {
    case 'output-empty':
      return say.output.empty();
    case 'output-is-input':
      return say.output.isInput(problem.target);
    case 'output-yaml':
      return say.output.yaml(problem.target);
    case 'output-is-directory':
      return say.output.isDirectory(problem.target);
    case 'output-into-journal':
      return io.output.intoJournal(problem.target, problem.journal);
    case 'write-failed':
      return msg.usage.writeFailed(problem.target === '-' ? say.output.stdout : problem.target, problem.reason);
    case 'write-no-space':
      return problem.existed ? io.write.noSpace(problem.target, problem.reason) : io.write.noSpaceNew(problem.target, problem.reason);
    case 'write-refused':
      return problem.existed ? io.write.failed(problem.target, problem.reason) : io.write.failedNew(problem.target, problem.reason);
    case 'git-bad-ref':
      return say.git.badRef(problem.ref);
    case 'git-missing':
      return msg.usage.gitMissing(problem.spec, problem.reason);
    case 'git-no-such-ref':
      return msg.usage.gitMissing(problem.spec, say.git.noSuchRef(problem.ref));
    case 'git-outside':
      return say.git.outside(problem.spec, problem.root);
    case 'git-too-large':
      return msg.diag['file-too-large']({ size: problem.size, max: problem.max });
  }
}

/**
 * A new file (`init`, `import`), never over anything already there, not even a dangling link: made whole beside its
 * name and linked into place, so a full disk leaves no file rather than half a roster. 0600: it holds names and phone
 * numbers. `exists` is what to say when the name is taken.
 */
export function createNewFile(g: Pick<Globals, 'lang' | 'msg' | 'path'>, name: string, content: string, exists: string): void {
  try {
    createFile(g.path(name), content, 0o600);
  } catch (error) {
    const code = codeOf(error);
    if (code === 'EEXIST') throw new UsageError(exists);
    // A folder that does not exist is a mistake in the command line; anything else is a failed write.
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError(g.msg.usage.writeFailed(name, code));
    const io = ioMessages(g.lang);
    throw new OutputError(isNoSpace(error) ? io.write.noSpaceNew(name, code) : io.write.failedNew(name, code));
  }
}
