import { Command, Option } from 'commander';
import { messages, type Lang } from '../i18n/index.js';
import { ExitError, exitWith, globalsOf, parseChoice, readVersion } from './context.js';

const FORMATS = ['text', 'markdown', 'json'] as const;

export function diffCommand(lang: Lang): Command {
  const t = messages(lang);
  return new Command('diff')
    .description(t.cli.diffDescription)
    .argument('<old>')
    .argument('<new>')
    .addOption(new Option('--format <format>', t.cli.diffFormat).default('text'))
    .action(
      exitWith(async (oldSpec: string, newSpec: string, opts: { format: string }, command: Command) => {
        const g = globalsOf(command, lang);
        const format = parseChoice(opts.format, '--format', FORMATS, g.t);
        const { loadRoster } = await import('../roster/load.js');
        const { diffRosters } = await import('../roster/diff.js');
        const { renderDiff } = await import('../render/diff.js');
        const { renderDiagnostics } = await import('../render/diagnostics.js');
        const [before, after] = [oldSpec, newSpec].map((spec) => {
          const version = readVersion(spec, g.lang, g.t);
          const result = loadRoster(version.bytes, { file: version.name, lang: g.lang });
          const errors = result.diagnostics.filter((d) => d.severity === 'error');
          if (!result.roster || errors.length) {
            process.stderr.write(renderDiagnostics(errors, 'text', { t: g.t, color: false, files: [version.name] }));
            throw new ExitError(1);
          }
          return result.roster;
        }) as [import('../roster/schema.js').Roster, import('../roster/schema.js').Roster];
        process.stdout.write(renderDiff(diffRosters(before, after), before.revision, after.revision, format, g.t));
        return 0;
      }),
    );
}
