import { choiceOption, type Runners } from './declare.js';
import { activateCommand } from './commands/activate.js';
import { deadlineCommand } from './commands/deadline.js';
import { inviteCommand } from './commands/invite.js';
import { contactsCommand } from './commands/contacts.js';
import { logCommand } from './commands/log.js';
import { evaluationCommand } from './commands/evaluation.js';
import { statusReportCommand } from './commands/status-report.js';
import { statusCommand } from './commands/status.js';
import { drillCommand } from './commands/drill.js';
import { planCommand } from './commands/plan.js';
import { lintCommand } from './commands/lint.js';
import { diffCommand } from './commands/diff.js';
import { schemaCommand } from './commands/schema.js';
import { initCommand } from './commands/init.js';
import { importCommand } from './commands/import.js';
import { personCommand } from './commands/person.js';
import { memberCommand } from './commands/member.js';
import { substituteCommand } from './commands/substitute.js';
import { organisationCommand } from './commands/organisation.js';
import { confirmCommand } from './commands/confirm.js';
import { textCommand } from './commands/text.js';
import { chainCommand } from './commands/chain.js';
import { hotlineCommand } from './commands/hotline.js';
import { signatoryCommand } from './commands/signatory.js';
import { pressCommand } from './commands/press.js';
import { informCommand } from './commands/inform.js';
import { adhocCommand } from './commands/adhoc.js';
import { calendarCommand } from './commands/calendar.js';
import { levelCommand } from './commands/level.js';
import { listCommand } from './commands/list.js';
import { approveCommand, signCommand } from './commands/sign.js';
import type { Io } from '../io/stdio.js';
import { attachIo } from './context.js';
import { Command, CommanderError, Help, Option } from 'commander';
import { cacheMessages, helpMessages, isLang, messages, type Lang, type Messages } from '../i18n/index.js';
declare const BEREDSKAB_VERSION: string;

/** A subcommand: its name, its declaration (options, arguments, help: light) and how to load its runner. */
interface CommandEntry {
  name: string;
  make(lang: Lang): Command;
}

/** The runner of every command that changes the roster. */
const edit = () => import('./run/edit.js');

function command<M>(name: string, declare: (lang: Lang, runners: Runners<M>) => Command, run: () => Promise<M>): CommandEntry {
  return { name, make: (lang) => declare(lang, { run, edit }) };
}

/**
 * The subcommands, in the order the help lists them (the crisis first, then the paperwork). The one lazy boundary:
 * a runner, and all it imports, is loaded only when its command runs; a run declares only the command it runs (see
 * subcommandOf).
 */
const COMMANDS: readonly CommandEntry[] = [
  command('activate', activateCommand, () => import('./run/activate.js')),
  command('deadline', deadlineCommand, () => import('./run/deadline.js')),
  command('invite', inviteCommand, () => import('./run/invite.js')),
  command('contacts', contactsCommand, () => import('./run/contacts.js')),
  command('log', logCommand, () => import('./run/log.js')),
  command('evaluation', evaluationCommand, () => import('./run/evaluation.js')),
  command('status-report', statusReportCommand, () => import('./run/status-report.js')),
  command('status', statusCommand, () => import('./run/status.js')),
  command('drill', drillCommand, () => import('./run/drill.js')),
  command('plan', planCommand, () => import('./run/plan.js')),
  command('lint', lintCommand, () => import('./run/lint.js')),
  command('diff', diffCommand, () => import('./run/diff.js')),
  command('schema', schemaCommand, () => import('./run/schema.js')),
  command('init', initCommand, () => import('./run/init.js')),
  command('import', importCommand, () => import('./run/import.js')),
  command('person', personCommand, edit),
  command('member', memberCommand, edit),
  command('substitute', substituteCommand, edit),
  command('organisation', organisationCommand, edit),
  command('confirm', confirmCommand, edit),
  command('text', textCommand, () => import('./run/text.js')),
  command('chain', chainCommand, () => import('./run/list.js')),
  command('hotline', hotlineCommand, edit),
  command('signatory', signatoryCommand, edit),
  command('press', pressCommand, edit),
  command('inform', informCommand, edit),
  command('adhoc', adhocCommand, edit),
  command('calendar', calendarCommand, edit),
  command('level', levelCommand, edit),
  command('list', listCommand, () => import('./run/list.js')),
  command('sign', signCommand, edit),
  command('approve', approveCommand, edit),
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
  const msg = messages(lang);
  const program = new Command('beredskab').description(msg.cli.description);
  attachIo(program, io);
  if (!OWN_VERSION.has(command ?? '')) program.version(typeof BEREDSKAB_VERSION === 'string' ? BEREDSKAB_VERSION : '0.0.0', '-V, --version', msg.cli.version);
  program
    .helpOption('-h, --help', msg.cli.help)
    .helpCommand(true)
    .option('--roster <file>', msg.cli.roster)
    .addOption(choiceOption('--lang <lang>', msg.cli.lang, ['da', 'en']))
    .option('--no-color', msg.cli.noColor)
    .option('--no-cache', cacheMessages(lang).cli.noCache);
  program.helpCommand('help [command]', msg.cli.helpCommand);
  const only = COMMANDS.filter((entry) => entry.name === command);
  for (const entry of only.length === 1 ? only : COMMANDS) program.addCommand(entry.make(lang));
  configure(program, msg, localHelp(lang, msg), io);
  return program;
}

/** Commander's help in the user's language: its titles, its placeholders (`[options]`, `<file>`), choices and defaults. */
function localHelp(lang: Lang, msg: Messages): Partial<Help> {
  const h = helpMessages(lang);
  const words = (text: string) => text.replace(/([[<])([a-z]+)((?:\.\.\.)?[\]>])/g, (all, open: string, word: string, close: string) => (h.words[word] ? open + h.words[word] + close : all));
  const base = Help.prototype;
  return {
    showGlobalOptions: true,
    styleTitle: (title: string) => msg.cli.titles[title] ?? title,
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

function configure(command: Command, msg: Messages, help: Partial<Help>, io: Io): void {
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
    .helpOption('-h, --help', msg.cli.help);
  if (command.parent && command.commands.length > 0) command.helpCommand('help [command]', msg.cli.helpCommand);
  for (const sub of command.commands) configure(sub, msg, help, io);
}

/**
 * `--name Karen Olsen` unquoted: the shell splits the value, and commander sees a stray argument. The option before
 * the stray words is the one whose value wanted quotes.
 */
export function unquotedValue(args: readonly string[], takesValue: (option: string) => boolean = () => true): { option: string; value: string } | undefined {
  for (let i = 0; i + 2 < args.length; i++) {
    const option = args[i]!;
    // The program's own options come before the command, whose name and words follow them; a flag (--json,
    // --no-color) has no value to quote.
    if (!/^--[a-z][a-z-]*$/.test(option) || option === '--roster' || option === '--lang' || !takesValue(option)) continue;
    let end = i + 1;
    while (end < args.length && !args[end]!.startsWith('-')) end++;
    if (end - (i + 1) >= 2) return { option, value: args.slice(i + 1, end).join(' ') };
  }
  return undefined;
}

/**
 * What commander met on the command line, found from the program's own declarations (its commands, their options and
 * arguments) rather than from commander's English message, by parsing as commander parses: each command takes its
 * own options wherever they stand and hands the rest on to the subcommand its first operand names. Gives the deepest
 * command reached, the operands given to it, the first option it does not know, and the first option left without
 * its value.
 */
export function walkCommandLine(program: Command, args: readonly string[]): { command: Command; operands: string[]; unknown?: string; noValue?: Option } {
  const maybeOption = (arg: string | undefined) => arg !== undefined && arg.length > 1 && arg.startsWith('-');
  const own = (command: Command, flag: string) => command.options.find((o) => o.long === flag || o.short === flag);
  let command = program;
  let operands: string[] = [];
  let rest = [...args];
  let noValue: Option | undefined;
  for (;;) {
    const given: string[] = [];
    const unknown: string[] = [];
    let dest = given;
    for (let i = 0; i < rest.length; i++) {
      const arg = rest[i]!;
      if (arg === '--') {
        if (dest === unknown) dest.push(arg);
        dest.push(...rest.slice(i + 1));
        break;
      }
      const option = maybeOption(arg) ? own(command, arg) : undefined;
      if (option) {
        if (option.required) {
          if (i + 1 < rest.length) i++;
          else noValue ??= option;
        } else if (option.optional && i + 1 < rest.length && !maybeOption(rest[i + 1])) i++;
        continue;
      }
      // -xVALUE and --name=value: a known option with its value in the same word.
      if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-' && own(command, arg.slice(0, 2))) continue;
      const eq = /^--[^=]+=/.test(arg) ? own(command, arg.slice(0, arg.indexOf('='))) : undefined;
      if (eq && (eq.required || eq.optional)) continue;
      if (dest === given && maybeOption(arg)) dest = unknown;
      dest.push(arg);
    }
    operands = operands.concat(given);
    rest = unknown;
    const sub = command.commands.find((c) => c.name() === operands[0] || c.aliases().includes(operands[0] ?? ''));
    if (!sub) return { command, operands, ...(rest[0] !== undefined ? { unknown: rest[0] } : {}), ...(noValue ? { noValue } : {}) };
    command = sub;
    operands = operands.slice(1);
  }
}

/** An option as messages name it: `--municipality`, without commander's placeholder. */
const optionName = (option: Option | undefined) => option?.long ?? option?.short ?? option?.flags ?? '';

/** Commander's own errors, in the user's language, by commander's error code. */
export function usageMessage(error: CommanderError, program: Command, msg: Messages, lang: Lang, args: readonly string[] = []): string {
  const at = walkCommandLine(program, args);
  // An argument is named as the help names it: <id> in Danish, not commander's "ids".
  const words = helpMessages(lang).words;
  switch (error.code) {
    case 'commander.unknownOption':
      return msg.usage.unknownOption(at.unknown ?? '');
    case 'commander.unknownCommand':
      return msg.usage.unknownCommand(at.operands[0] ?? '');
    case 'commander.missingArgument': {
      const missing = at.command.registeredArguments.find((a, i) => a.required && i >= at.operands.length)?.name() ?? '';
      return msg.usage.missingArgument(words[missing] ?? missing);
    }
    case 'commander.optionMissingArgument':
      return msg.usage.missingOptionValue(optionName(at.noValue));
    case 'commander.missingMandatoryOptionValue': {
      const missing = at.command.options.find((o) => o.mandatory && at.command.getOptionValue(o.attributeName()) === undefined);
      return msg.usage.missingMandatoryOption(optionName(missing));
    }
    case 'commander.excessArguments': {
      // An option of the command reached or of a command above it, as commander reads them.
      const takesValue = (flag: string) => {
        for (let c: Command | null = at.command; c; c = c.parent) {
          const option = c.options.find((o) => o.long === flag);
          if (option) return option.required || option.optional;
        }
        return false;
      };
      const split = unquotedValue(args, takesValue);
      return split ? msg.usage.unquoted(split.option, split.value) : msg.usage.excessArguments();
    }
    default:
      return msg.usage.internal(error.code);
  }
}

/** `help NAME` for a NAME that is no command: commander would print the main help and succeed. */
export function unknownHelpTopic(program: Command, args: readonly string[]): string | undefined {
  const operands = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '--roster' && args[i - 1] !== '--lang');
  if (operands[0] !== 'help' || operands[1] === undefined) return undefined;
  const known = program.commands.some((c) => c.name() === operands[1] || c.aliases().includes(operands[1]!));
  return known ? undefined : operands[1];
}
