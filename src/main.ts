import { CommanderError, type Command } from 'commander';
import { messages, shellMessages } from './i18n/index.js';
import { ChoiceError, ExitCode, ExitError, OutputError, UsageError } from './cli/exit.js';
import type { Io } from './io/stdio.js';
import { IoError } from './io/problem.js';
import { ioProblemText } from './cli/output.js';
export { processIo } from './io/stdio.js';
import { buildProgram, languageOf, unknownHelpTopic, usageMessage } from './cli/program.js';

/**
 * Runs one command line (`argv` as process.argv: the node binary and the script first) with `io` as its process, and
 * says how it ended: the one place where an error becomes an exit code. It never exits the process and never throws.
 */
export async function main(argv: readonly string[], io: Io): Promise<ExitCode> {
  const { lang, bad } = languageOf(argv.slice(2), io.env);
  const msg = messages(lang);
  // A reader that goes away (`| head`) is no error and stops quietly. Any other failed write to standard output (a
  // full disk) ends with one line and exit 70, also where a command wrote without commands/output.ts (which says so
  // itself: then this is not said twice).
  let stdoutFailure: string | undefined;
  let answered = false;
  const sayStdoutFailed = (reason: string) =>
    io.stderr.write(msg.usage.prefix + msg.usage.writeFailed(shellMessages(lang).output.stdout, reason) + '\n');
  io.stdout.on?.('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || stdoutFailure !== undefined) return;
    stdoutFailure = error.code ?? error.message;
    // A write that fails after the command has finished still decides the exit code.
    if (answered) {
      sayStdoutFailed(stdoutFailure);
      io.exitLater?.(ExitCode.internal);
    }
  });
  // Standard output handed on before the command is said to have succeeded: a full disk is found here, not after.
  const finished = async (): Promise<ExitCode> => {
    await new Promise<void>((done) => io.stdout.write('', () => done()));
    answered = true;
    if (stdoutFailure === undefined) return ExitCode.ok;
    sayStdoutFailed(stdoutFailure);
    return ExitCode.internal;
  };
  let program: Command | undefined;
  try {
    if (bad !== undefined) throw new UsageError(msg.usage.badLang(bad));
    program = await buildProgram(lang, argv.slice(2), io);
    const topic = unknownHelpTopic(program, argv.slice(2));
    if (topic !== undefined) throw new UsageError(shellMessages(lang).help.unknown(topic));
    await program.parseAsync(argv as string[]);
    return await finished();
  } catch (error) {
    if (error instanceof CommanderError) {
      // The help and the version are output like any other: lost on a full disk, they are a failed write.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return await finished();
      io.stderr.write(msg.usage.prefix + usageMessage(error, program!, msg, lang, argv.slice(2)) + '\n');
      return ExitCode.usage;
    }
    if (error instanceof ChoiceError) {
      io.stderr.write(msg.usage.prefix + msg.usage.invalidChoice(error.option, error.value, error.allowed.join(', ')) + '\n');
      return ExitCode.usage;
    }
    if (error instanceof UsageError) {
      io.stderr.write(msg.usage.prefix + error.message + '\n');
      return ExitCode.usage;
    }
    if (error instanceof ExitError) return error.exitCode;
    if (error instanceof IoError) {
      io.stderr.write(msg.usage.prefix + ioProblemText(error.problem, lang) + '\n');
      return error.kind === 'usage' ? ExitCode.usage : ExitCode.internal;
    }
    if (io.env.BEREDSKAB_DEBUG) io.stderr.write(String((error as Error)?.stack ?? error) + '\n');
    // A write that failed (disk full, no permission) already has its one line; anything else is a bug.
    const message = error instanceof OutputError ? error.message : msg.usage.internal(String((error as Error)?.message ?? error));
    io.stderr.write(msg.usage.prefix + message + '\n');
    return ExitCode.internal;
  }
}
