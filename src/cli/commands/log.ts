import type { LogAction } from '../run/log.js';
import type { Runners } from '../declare.js';
import { choiceOption } from '../declare.js';
import { Command } from 'commander';
import { messages, type Lang } from '../../i18n/index.js';
import { journalMessages } from '../../i18n/journal.js';
import { withNote } from '../declare.js';
import { exitWith } from '../exit.js';

/** `log` and its subcommands; every action loads its work from log.run.js. */
export function logCommand(lang: Lang, runners: Runners<typeof import('../run/log.js')>): Command {
  const j = journalMessages(lang);
  const log = withNote(new Command('log').description(j.cli.log), j.privacy);
  log.helpCommand('help [command]', messages(lang).cli.helpCommand);
  const sub = (name: LogAction, args: string, description: string, entry = true) => {
    const c = new Command(name).description(description).option('--journal <dir>', j.cli.journal);
    if (args) c.arguments(args);
    if (entry && name !== 'start') c.option('--activation <id>', j.cli.activation);
    if (entry) c.option('--at <time>', j.cli.at).option('--by <name>', j.cli.by);
    withNote(c, j.privacy);
    c.action(
      exitWith(async (...received: unknown[]) => {
        const command = received[received.length - 1] as Command;
        const positional = received.slice(0, -2) as (string | string[] | undefined)[];
        const { runLog } = await runners.run();
        return runLog(name, positional, command, lang);
      }),
    );
    log.addCommand(c);
    return c;
  };
  sub('start', '', j.cli.start)
    .requiredOption('--level <level>', j.cli.startLevel)
    .option('--reason <text>', j.cli.reason)
    .option('--drill', j.cli.drill);
  sub('call', '<contact>', j.cli.call).option('--answered', j.cli.answered).option('--no-answer', j.cli.noAnswer);
  sub('level', '<level>', j.cli.level);
  sub('meeting', '', j.cli.meeting).option('--present <ids>', j.cli.present);
  sub('informed', '<what...>', j.cli.informed).addOption(choiceOption('--channel <channel>', j.cli.channel, ['phone', 'sms', 'email', 'meeting', 'other']));
  sub('note', '<text...>', j.cli.note);
  sub('action', '<text...>', j.cli.action).option('--owner <id>', j.cli.owner).option('--due <date>', j.cli.due);
  sub('evaluation', '', j.cli.evaluation)
    .addOption(choiceOption('--decided <yesno>', j.cli.decided, ['yes', 'no']))
    .option('--due <date>', j.cli.due)
    .option('--held [date]', j.cli.held);
  sub('close', '', j.cli.close);
  sub('show', '[id]', j.cli.show, false).option('--json', j.cli.json);
  sub('list', '', j.cli.list, false).option('--json', j.cli.json);
  return log;
}
