import type { LogAction } from '../run/log.js';
import type { Runners } from '../declare.js';
import { choiceOption } from '../declare.js';
import { Command } from 'commander';
import { journalMessages, messages, type Lang } from '../../i18n/index.js';
import { withNote } from '../declare.js';
import { exitWith } from '../exit.js';

/** `log` and its subcommands; every action loads its work from log.run.js. */
export function logCommand(lang: Lang, runners: Runners<typeof import('../run/log.js')>): Command {
  const journalText = journalMessages(lang);
  const log = withNote(new Command('log').description(journalText.cli.log), journalText.privacy);
  log.helpCommand('help [command]', messages(lang).cli.helpCommand);
  const sub = (name: LogAction, args: string, description: string, entry = true) => {
    const c = new Command(name).description(description).option('--journal <dir>', journalText.cli.journal);
    if (args) c.arguments(args);
    if (entry && name !== 'start') c.option('--activation <id>', journalText.cli.activation);
    if (entry) c.option('--at <time>', journalText.cli.at).option('--by <name>', journalText.cli.by);
    withNote(c, journalText.privacy);
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
  sub('start', '', journalText.cli.start)
    .requiredOption('--level <level>', journalText.cli.startLevel)
    .option('--reason <text>', journalText.cli.reason)
    .option('--drill', journalText.cli.drill);
  sub('call', '<contact>', journalText.cli.call).option('--answered', journalText.cli.answered).option('--no-answer', journalText.cli.noAnswer);
  sub('level', '<level>', journalText.cli.level);
  sub('meeting', '', journalText.cli.meeting).option('--present <ids>', journalText.cli.present);
  sub('informed', '<what...>', journalText.cli.informed).addOption(choiceOption('--channel <channel>', journalText.cli.channel, ['phone', 'sms', 'email', 'meeting', 'other']));
  sub('note', '<text...>', journalText.cli.note);
  sub('action', '<text...>', journalText.cli.action).option('--owner <id>', journalText.cli.owner).option('--due <date>', journalText.cli.due);
  sub('evaluation', '', journalText.cli.evaluation)
    .addOption(choiceOption('--decided <yesno>', journalText.cli.decided, ['yes', 'no']))
    .option('--due <date>', journalText.cli.due)
    .option('--held [date]', journalText.cli.held);
  sub('close', '', journalText.cli.close);
  sub('show', '[id]', journalText.cli.show, false).option('--json', journalText.cli.json);
  sub('list', '', journalText.cli.list, false).option('--json', journalText.cli.json);
  return log;
}
