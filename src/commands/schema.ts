import { Command } from 'commander';
import { messages, type Lang } from '../i18n/index.js';
import { exitWith } from './context.js';

export function schemaCommand(lang: Lang): Command {
  return new Command('schema').description(messages(lang).cli.schemaDescription).action(
    exitWith(async () => {
      const { rosterJsonSchema } = await import('../roster/schema.js');
      process.stdout.write(JSON.stringify(rosterJsonSchema(), null, 2) + '\n');
      return 0;
    }),
  );
}
