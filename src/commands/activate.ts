import { resolve } from 'node:path';
import { Command } from 'commander';
import { messages, type Lang } from '../i18n/index.js';
import { inviteMessages } from '../i18n/invite.js';
import { emit, exitWith, withActivationOptions, globalsOf, levelOption, loadValidRoster, momentOption, parseChoice, UsageError } from './context.js';

const ACTIVATE_FORMATS = ['text', 'json', 'html'] as const;

export function activateCommand(lang: Lang): Command {
  const t = messages(lang);
  return withActivationOptions(new Command('activate').description(t.cli.activateDescription), t)
    .option('--format <format>', inviteMessages(lang).cli.activateFormat)
    .option('--output <file>', t.cli.output)
    .action(
      exitWith(async (opts: { level: string; at?: string; json?: boolean; format?: string; output?: string }, command: Command) => {
        const g = globalsOf(command, lang);
        const format = opts.json ? 'json' : parseChoice(opts.format ?? 'text', '--format', ACTIVATE_FORMATS, g.t);
        const level = await levelOption(opts.level, g.t);
        if (opts.output && opts.output !== '-' && resolve(opts.output) === g.rosterPath) throw new UsageError(inviteMessages(g.lang).usage.outputIsRoster(opts.output));
        const roster = await loadValidRoster(g);
        const activatedAt = await momentOption(opts.at, roster.plan.timezone, g.t);
        const { WorkingCalendar } = await import('../plan/calendar.js');
        const { planActivation } = await import('../plan/activation.js');
        const activation = planActivation(roster, level, activatedAt, new WorkingCalendar(roster.calendar), g.lang);
        const output = opts.output === '-' ? undefined : opts.output;
        const view = { t: g.t, lang: g.lang, color: g.color && !output && format === 'text' };
        if (format === 'html') {
          const { activationHtml } = await import('../render/activation-html.js');
          emit(activationHtml(activation, roster, view, inviteMessages(g.lang)), output, g.t);
          return 0;
        }
        const { activationData, activationText } = await import('../render/activation.js');
        emit(format === 'json' ? JSON.stringify(activationData(activation, view), null, 2) + '\n' : activationText(activation, roster, view), output, g.t);
        return 0;
      }),
    );
}
