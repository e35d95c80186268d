import type { InviteOptions } from '../run/invite.js';
import type { Runners } from '../declare.js';
import { Command } from 'commander';
import { inviteMessages, messages, type Lang } from '../../i18n/index.js';
import { exitWith } from '../exit.js';

/** Repeated or comma-separated ids, kept as given: the run refuses an empty one and splits the rest. Defaults are applied in the run, so help shows none in English. */
const collect = (value: string, previous: string[] = []) => [...previous, value];

export function inviteCommand(lang: Lang, runners: Runners<typeof import('../run/invite.js')>): Command {
  const msg = messages(lang);
  const inviteHelp = inviteMessages(lang).cli;
  return new Command('invite')
    .description(inviteHelp.description)
    .requiredOption('--level <level>', inviteHelp.level)
    .option('--at <time>', inviteHelp.at)
    .option('--meeting <time>', inviteHelp.meeting)
    .option('--duration <duration>', inviteHelp.duration)
    .option('--place <text>', inviteHelp.place)
    .option('--online <url>', inviteHelp.online)
    .option('--dial-in <number>', inviteHelp.dialIn)
    .option('--pin <digits>', inviteHelp.pin)
    .option('--reason <text>', inviteHelp.reason)
    .option('--without <id>', inviteHelp.without, collect)
    .option('--also <id>', inviteHelp.also, collect)
    .option('--format <format>', inviteHelp.format)
    .option('--id <id>', inviteHelp.id)
    .option('--sequence <n>', inviteHelp.sequence)
    .option('--output <file>', msg.cli.output)
    .action(
      exitWith(async (opts: InviteOptions, command: Command) => {
        const { runInvite } = await runners.run();
        return runInvite(opts, command, lang);
      }),
    );
}
