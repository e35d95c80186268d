import type { InviteOptions } from '../run/invite.js';
import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { messages, type Lang } from '../../i18n/index.js';
import { inviteMessages } from '../../i18n/invite.js';
import { exitWith } from '../exit.js';

/** Repeated or comma-separated ids, kept as given: the run refuses an empty one and splits the rest. Defaults are applied in the run, so help shows none in English. */
const collect = (value: string, previous: string[] = []) => [...previous, value];

export function inviteCommand(lang: Lang, runners: Runners<typeof import('../run/invite.js')>): Command {
  const t = messages(lang);
  const m = inviteMessages(lang).cli;
  return new Command('invite')
    .description(m.description)
    .requiredOption('--level <level>', m.level)
    .option('--at <time>', m.at)
    .option('--meeting <time>', m.meeting)
    .option('--duration <duration>', m.duration)
    .option('--place <text>', m.place)
    .option('--online <url>', m.online)
    .option('--dial-in <number>', m.dialIn)
    .option('--pin <digits>', m.pin)
    .option('--reason <text>', m.reason)
    .option('--without <id>', m.without, collect)
    .option('--also <id>', m.also, collect)
    .option('--format <format>', m.format)
    .option('--id <id>', m.id)
    .option('--sequence <n>', m.sequence)
    .option('--output <file>', t.cli.output)
    .action(
      exitWith(async (opts: InviteOptions, command: Command) => {
        const { runInvite } = await runners.run();
        return runInvite(opts, command, lang);
      }),
    );
}
