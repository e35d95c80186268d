import { Command } from 'commander';
import { messages, type Lang } from '../i18n/index.js';
import { journalMessages } from '../i18n/journal.js';
import { exitWith, withActivationOptions, globalsOf, levelOption, loadValidRoster, momentOption } from './context.js';

export function activateCommand(lang: Lang): Command {
  const t = messages(lang);
  const j = journalMessages(lang);
  return withActivationOptions(new Command('activate').description(t.cli.activateDescription), t)
    .option('--log', j.cli.activateLog)
    .option('--journal <dir>', j.cli.journal)
    .action(
      exitWith(async (opts: { level: string; at?: string; json?: boolean; log?: boolean; journal?: string }, command: Command) => {
        const g = globalsOf(command, lang);
        const level = await levelOption(opts.level, g.t);
        const roster = await loadValidRoster(g);
        const activatedAt = await momentOption(opts.at, roster.plan.timezone, g.t);
        const { WorkingCalendar } = await import('../plan/calendar.js');
        const { planActivation } = await import('../plan/activation.js');
        const { activationData, activationText } = await import('../render/activation.js');
        const activation = planActivation(roster, level, activatedAt, new WorkingCalendar(roster.calendar), g.lang);
        const view = { t: g.t, lang: g.lang, color: g.color };
        // The journal entry first: if it cannot be written, the user learns so before acting on the printed plan.
        if (opts.log) await (await import('./log.run.js')).startFromActivate(g, opts.journal, level, activatedAt);
        process.stdout.write(opts.json ? JSON.stringify(activationData(activation, view), null, 2) + '\n' : activationText(activation, roster, view));
        return 0;
      }),
    );
}
