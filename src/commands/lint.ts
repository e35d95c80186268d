import { Command, Option } from 'commander';
import { messages, type Lang } from '../i18n/index.js';
import type { Diagnostic } from '../roster/diagnostic.js';
import { exitWith, globalsOf, readVersion, isFileProblem, parseChoice, parseDateOption, readRosterBytes, todayFromClock } from './context.js';

const FORMATS = ['text', 'json', 'github'] as const;

export function lintCommand(lang: Lang): Command {
  const t = messages(lang);
  return new Command('lint')
    .description(t.cli.lintDescription)
    .argument('[files...]', t.cli.lintFiles)
    .addOption(new Option('--format <format>', t.cli.lintFormat).default('text'))
    .option('--strict', t.cli.lintStrict)
    .option('--today <date>', t.cli.today)
    .option('--base <ref>', t.cli.base)
    .option('--previous <file>', t.cli.previous)
    .action(
      exitWith(async (files: string[], opts: { format: string; strict?: boolean; today?: string; base?: string; previous?: string }, command: Command) => {
      const g = globalsOf(command, lang);
      const format = parseChoice(opts.format, '--format', FORMATS, g.t);
      const today = opts.today ? parseDateOption(opts.today, '--today', g.t) : await todayFromClock();
      const { loadRoster } = await import('../roster/load.js');
      const { renderDiagnostics } = await import('../render/diagnostics.js');
      const targets = files.length > 0 ? files.map((f) => ({ path: f, name: f })) : [{ path: g.rosterPath, name: g.rosterName }];
      const diagnostics: Diagnostic[] = [];
      for (const target of targets) {
        const read = readRosterBytes(target.path, target.name, g.lang);
        if ('diagnostic' in read) {
          diagnostics.push(read.diagnostic);
          continue;
        }
        const before = opts.previous ?? (opts.base ? `${opts.base}:${target.path}` : undefined);
        const previous = before ? loadRoster(readVersion(before, g.lang, g.t).bytes, { file: before, lang: g.lang }).roster : undefined;
        const result = loadRoster(read.bytes, { file: target.name, lang: g.lang, today, previous });
        diagnostics.push(...result.diagnostics);
      }
      const final = opts.strict ? diagnostics.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' as const } : d)) : diagnostics;
      process.stdout.write(renderDiagnostics(final, format, { t: g.t, color: g.color, files: targets.map((x) => x.name) }));
      if (final.some(isFileProblem)) return 2;
      return final.some((d) => d.severity === 'error') ? 1 : 0;
    }),
    );
}
