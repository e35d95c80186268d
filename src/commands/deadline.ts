import { Command } from 'commander';
import { messages, type Lang } from '../i18n/index.js';
import { exitWith, withActivationOptions, globalsOf, levelOption, loadValidRoster, momentOption, UsageError } from './context.js';

export function deadlineCommand(lang: Lang): Command {
  const t = messages(lang);
  return withActivationOptions(new Command('deadline').description(t.cli.deadlineDescription), t).action(
      exitWith(async (opts: { level: string; at?: string; json?: boolean }, command: Command) => {
        const g = globalsOf(command, lang);
        const level = await levelOption(opts.level, g.t);
        if (level === 'green') throw new UsageError(g.t.level.greenNoDeadline());
        const roster = await loadValidRoster(g);
        const activatedAt = await momentOption(opts.at, roster.plan.timezone, g.t);
        const { WorkingCalendar } = await import('../plan/calendar.js');
        const { meetingDeadline } = await import('../plan/deadline.js');
        const { deadlineData, deadlineText } = await import('../render/deadline.js');
        const deadline = meetingDeadline(roster, level, activatedAt, new WorkingCalendar(roster.calendar));
        if (!deadline) throw new UsageError(g.t.level.greenNoDeadline());
        const view = { t: g.t, lang: g.lang, color: g.color };
        process.stdout.write(opts.json ? JSON.stringify(deadlineData(deadline, view), null, 2) + '\n' : deadlineText(deadline, roster, view));
        return 0;
      }),
    );
}
