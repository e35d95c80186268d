import { choiceOption } from './declare.js';
import type { Io } from '../io/stdio.js';
import { attachIo } from './context.js';
import { Command, CommanderError, Help, Option } from 'commander';
import { isLang, messages, type Lang, type Messages } from '../i18n/index.js';
import { helpMessages } from '../i18n/help.js';
import { cacheMessages } from '../i18n/cache.js';
declare const BEREDSKAB_VERSION: string;

type Declaration = (lang: Lang) => Command;

/**
 * The subcommands by name, in the order the help lists them (the crisis first, then the paperwork), each declaration
 * loaded only when that command is made: a run makes only the command it runs (see subcommandOf).
 */
const COMMANDS: ReadonlyArray<readonly [string, () => Promise<Declaration>]> = [
  ['activate', async () => (await import('./commands/activate.js')).activateCommand],
  ['deadline', async () => (await import('./commands/deadline.js')).deadlineCommand],
  ['invite', async () => (await import('./commands/invite.js')).inviteCommand],
  ['contacts', async () => (await import('./commands/contacts.js')).contactsCommand],
  ['log', async () => (await import('./commands/log.js')).logCommand],
  ['evaluation', async () => (await import('./commands/evaluation.js')).evaluationCommand],
  ['status-report', async () => (await import('./commands/status-report.js')).statusReportCommand],
  ['status', async () => (await import('./commands/status.js')).statusCommand],
  ['drill', async () => (await import('./commands/drill.js')).drillCommand],
  ['plan', async () => (await import('./commands/plan.js')).planCommand],
  ['lint', async () => (await import('./commands/lint.js')).lintCommand],
  ['diff', async () => (await import('./commands/diff.js')).diffCommand],
  ['schema', async () => (await import('./commands/schema.js')).schemaCommand],
  ['init', async () => (await import('./commands/init.js')).initCommand],
  ['import', async () => (await import('./commands/import.js')).importCommand],
  ['person', async () => (await import('./commands/person.js')).personCommand],
  ['member', async () => (await import('./commands/member.js')).memberCommand],
  ['substitute', async () => (await import('./commands/substitute.js')).substituteCommand],
  ['organisation', async () => (await import('./commands/organisation.js')).organisationCommand],
  ['confirm', async () => (await import('./commands/confirm.js')).confirmCommand],
  ['text', async () => (await import('./commands/text.js')).textCommand],
  ['chain', async () => (await import('./commands/chain.js')).chainCommand],
  ['hotline', async () => (await import('./commands/hotline.js')).hotlineCommand],
  ['signatory', async () => (await import('./commands/signatory.js')).signatoryCommand],
  ['press', async () => (await import('./commands/press.js')).pressCommand],
  ['inform', async () => (await import('./commands/inform.js')).informCommand],
  ['adhoc', async () => (await import('./commands/adhoc.js')).adhocCommand],
  ['calendar', async () => (await import('./commands/calendar.js')).calendarCommand],
  ['level', async () => (await import('./commands/level.js')).levelCommand],
  ['list', async () => (await import('./commands/list.js')).listCommand],
  ['sign', async () => (await import('./commands/sign.js')).signCommand],
  ['approve', async () => (await import('./commands/sign.js')).approveCommand],
];

/** The program's own options that take a value: commander takes the next argument as it, whatever it is. */
const PROGRAM_VALUES = ['--roster', '--lang'];
const PROGRAM_FLAGS = ['--no-color', '--no-cache'];

/**
 * The subcommand commander will run, found as commander finds it: the first argument that is neither one of the
 * program's options nor its value. Undefined when commander would see anything else first (an unknown option,
 * `--help`, `help`): then every command is made, as the help and commander's own errors need them all.
 */
export function subcommandOf(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return args[i + 1];
    if (PROGRAM_VALUES.includes(arg)) i++;
    else if (PROGRAM_VALUES.some((o) => arg.startsWith(`${o}=`)) || PROGRAM_FLAGS.includes(arg)) continue;
    else if (arg.length > 1 && arg.startsWith('-')) return undefined;
    else return arg;
  }
  return undefined;
}

/** --lang must be known before the help text is built, so it is read ahead of commander. */
export function languageOf(argv: readonly string[], env: NodeJS.ProcessEnv): { lang: Lang; bad?: string } {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') value = argv[i + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  }
  value ??= env.BEREDSKAB_LANG;
  if (value === undefined || value === '') return { lang: 'da' };
  return isLang(value) ? { lang: value } : { lang: 'da', bad: value };
}

/**
 * `sign` and `approve` have a `--version` of their own (the version of the plan that was signed): commander reads the
 * program's options anywhere on the line, so for them the program goes without its `-V, --version`.
 */
const OWN_VERSION = new Set(['sign', 'approve']);

export async function buildProgram(lang: Lang, args: readonly string[], io: Io): Promise<Command> {
  const command = subcommandOf(args);
  const t = messages(lang);
  const program = new Command('beredskab').description(t.cli.description);
  attachIo(program, io);
  if (!OWN_VERSION.has(command ?? '')) program.version(typeof BEREDSKAB_VERSION === 'string' ? BEREDSKAB_VERSION : '0.0.0', '-V, --version', t.cli.version);
  program
    .helpOption('-h, --help', t.cli.help)
    .helpCommand(true)
    .option('--roster <file>', t.cli.roster)
    .addOption(choiceOption('--lang <lang>', t.cli.lang, ['da', 'en']))
    .option('--no-color', t.cli.noColor)
    .option('--no-cache', cacheMessages(lang).cli.noCache);
  program.helpCommand('help [command]', t.cli.helpCommand);
  const only = COMMANDS.filter(([n]) => n === command);
  for (const [, declaration] of only.length === 1 ? only : COMMANDS) program.addCommand((await declaration())(lang));
  configure(program, t, localHelp(lang, t), io);
  return program;
}

/** Commander's help in the user's language: its titles, its placeholders (`[options]`, `<file>`), choices and defaults. */
function localHelp(lang: Lang, t: Messages): Partial<Help> {
  const h = helpMessages(lang);
  const words = (text: string) => text.replace(/([[<])([a-z]+)((?:\.\.\.)?[\]>])/g, (all, open: string, word: string, close: string) => (h.words[word] ? open + h.words[word] + close : all));
  const base = Help.prototype;
  return {
    showGlobalOptions: true,
    styleTitle: (title: string) => t.cli.titles[title] ?? title,
    commandUsage(this: Help, cmd: Command) {
      return words(base.commandUsage.call(this, cmd));
    },
    subcommandTerm(this: Help, cmd: Command) {
      return words(base.subcommandTerm.call(this, cmd));
    },
    // Only the program's own options are common to all commands: `plan --format` is not an option of `plan set`.
    visibleGlobalOptions(this: Help, cmd: Command) {
      let root = cmd;
      while (root.parent) root = root.parent;
      return base.visibleGlobalOptions.call(this, cmd).filter((option) => root.options.includes(option));
    },
    optionTerm: (option: Option) => words(option.flags),
    argumentTerm: (argument) => h.words[argument.name()] ?? argument.name(),
    optionDescription: (option: Option) => {
      const extra: string[] = [];
      if (option.argChoices) extra.push(h.choices(option.argChoices.join(', ')));
      if (option.defaultValue !== undefined && !option.negate) extra.push(h.default(option.defaultValueDescription ?? String(option.defaultValue)));
      return extra.length ? `${option.description} (${extra.join('; ')})` : option.description;
    },
  } as Partial<Help>;
}

function configure(command: Command, t: Messages, help: Partial<Help>, io: Io): void {
  command
    .exitOverride()
    // Help and the version to the command's stdout; commander's own errors are not printed: main() says them.
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => {},
      getOutHelpWidth: () => (io.stdout.isTTY ? io.stdout.columns : undefined) as number,
      getErrHelpWidth: () => (io.stderr.isTTY ? io.stderr.columns : undefined) as number,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .configureHelp(help)
    .helpOption('-h, --help', t.cli.help);
  if (command.parent && command.commands.length > 0) command.helpCommand('help [command]', t.cli.helpCommand);
  for (const sub of command.commands) configure(sub, t, help, io);
}

/**
 * `--name Karen Olsen` unquoted: the shell splits the value, and commander sees a stray argument. The option before
 * the stray words is the one whose value wanted quotes.
 */
export function unquotedValue(args: readonly string[]): { option: string; value: string } | undefined {
  for (let i = 0; i + 2 < args.length; i++) {
    const option = args[i]!;
    // The program's own options come before the command, whose name and words follow them.
    if (!/^--[a-z][a-z-]*$/.test(option) || option === '--roster' || option === '--lang') continue;
    let end = i + 1;
    while (end < args.length && !args[end]!.startsWith('-')) end++;
    if (end - (i + 1) >= 2) return { option, value: args.slice(i + 1, end).join(' ') };
  }
  return undefined;
}

/**
 * What commander met on the command line, found from the program's own declarations (its commands, their options and
 * arguments) rather than from commander's English message: the deepest command the words name, the operands given
 * to it, the first option no command on the way knows, and the first option left without its value.
 */
export function walkCommandLine(program: Command, args: readonly string[]): { command: Command; operands: string[]; unknown?: string; noValue?: Option } {
  let command = program;
  const operands: string[] = [];
  let unknown: string | undefined;
  let noValue: Option | undefined;
  const known = (flag: string) => {
    for (let c: Command | null = command; c; c = c.parent) {
      const option = c.options.find((o) => o.long === flag || o.short === flag);
      if (option) return option;
    }
    return undefined;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (arg.length > 1 && arg.startsWith('-')) {
      const attached = arg.startsWith('--') ? arg.includes('=') : arg.length > 2;
      const option = known(arg.startsWith('--') ? arg.split('=')[0]! : arg.slice(0, 2));
      if (!option) unknown ??= arg;
      else if (option.required && !attached) {
        if (i + 1 < args.length) i++;
        else noValue ??= option;
      } else if (option.optional && !attached && i + 1 < args.length && !args[i + 1]!.startsWith('-')) i++;
      continue;
    }
    const sub = operands.length === 0 ? command.commands.find((c) => c.name() === arg || c.aliases().includes(arg)) : undefined;
    if (sub) command = sub;
    else operands.push(arg);
  }
  return { command, operands, ...(unknown !== undefined ? { unknown } : {}), ...(noValue ? { noValue } : {}) };
}

/** An option as messages name it: `--municipality`, without commander's placeholder. */
const optionName = (option: Option | undefined) => option?.long ?? option?.short ?? option?.flags ?? '';

/** Commander's own errors, in the user's language, by commander's error code. */
export function usageMessage(error: CommanderError, program: Command, t: Messages, lang: Lang, args: readonly string[] = []): string {
  const at = walkCommandLine(program, args);
  // An argument is named as the help names it: <id> in Danish, not commander's "ids".
  const words = helpMessages(lang).words;
  switch (error.code) {
    case 'commander.unknownOption':
      return t.usage.unknownOption(at.unknown ?? '');
    case 'commander.unknownCommand':
      return t.usage.unknownCommand(at.operands[0] ?? '');
    case 'commander.missingArgument': {
      const missing = at.command.registeredArguments.find((a, i) => a.required && i >= at.operands.length)?.name() ?? '';
      return t.usage.missingArgument(words[missing] ?? missing);
    }
    case 'commander.optionMissingArgument':
      return t.usage.missingOptionValue(optionName(at.noValue));
    case 'commander.missingMandatoryOptionValue': {
      const missing = at.command.options.find((o) => o.mandatory && at.command.getOptionValue(o.attributeName()) === undefined);
      return t.usage.missingMandatoryOption(optionName(missing));
    }
    case 'commander.excessArguments': {
      const split = unquotedValue(args);
      return split ? t.usage.unquoted(split.option, split.value) : t.usage.excessArguments();
    }
    default:
      return t.usage.internal(error.code);
  }
}

/** `help NAME` for a NAME that is no command: commander would print the main help and succeed. */
export function unknownHelpTopic(program: Command, args: readonly string[]): string | undefined {
  const operands = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '--roster' && args[i - 1] !== '--lang');
  if (operands[0] !== 'help' || operands[1] === undefined) return undefined;
  const known = program.commands.some((c) => c.name() === operands[1] || c.aliases().includes(operands[1]!));
  return known ? undefined : operands[1];
}
