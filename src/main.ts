import { CommanderError } from 'commander';
import { messages } from './i18n/index.js';
import { shellMessages } from './i18n/shell.js';
import { ExitCode, ExitError, OutputError, UsageError } from './cli/exit.js';
import { buildProgram, languageOf, unknownHelpTopic, usageMessage } from './cli/program.js';

export async function main(argv: readonly string[]): Promise<ExitCode> {
  const { lang, bad } = languageOf(argv.slice(2), process.env);
  const t = messages(lang);
  // A reader that goes away (`| head`) is no error and stops quietly. Any other failed write to standard output (a
  // full disk) ends with one line and exit 70, also where a command wrote without commands/output.ts (which says so
  // itself: then this is not said twice).
  let stdoutFailure: string | undefined;
  let answered = false;
  const sayStdoutFailed = (reason: string) =>
    process.stderr.write(t.usage.prefix + t.usage.writeFailed(shellMessages(lang).output.stdout, reason) + '\n');
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || stdoutFailure !== undefined) return;
    stdoutFailure = error.code ?? error.message;
    // A write that fails after the command has finished still decides the exit code.
    if (answered) {
      sayStdoutFailed(stdoutFailure);
      process.once('exit', () => (process.exitCode = ExitCode.internal));
    }
  });
  try {
    if (bad !== undefined) throw new UsageError(t.usage.badLang(bad));
    const program = await buildProgram(lang, argv.slice(2));
    const topic = unknownHelpTopic(program, argv.slice(2));
    if (topic !== undefined) throw new UsageError(shellMessages(lang).help.unknown(topic));
    await program.parseAsync(argv as string[]);
    answered = true;
    if (stdoutFailure !== undefined) {
      sayStdoutFailed(stdoutFailure);
      return ExitCode.internal;
    }
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return ExitCode.ok;
      process.stderr.write(t.usage.prefix + usageMessage(error, t, lang, argv.slice(2)) + '\n');
      return ExitCode.usage;
    }
    if (error instanceof UsageError) {
      process.stderr.write(t.usage.prefix + error.message + '\n');
      return ExitCode.usage;
    }
    if (error instanceof ExitError) return error.exitCode;
    if (process.env.BEREDSKAB_DEBUG) process.stderr.write(String((error as Error)?.stack ?? error) + '\n');
    // A write that failed (disk full, no permission) already has its one line; anything else is a bug.
    const message = error instanceof OutputError ? error.message : t.usage.internal(String((error as Error)?.message ?? error));
    process.stderr.write(t.usage.prefix + message + '\n');
    return ExitCode.internal;
  }
}
