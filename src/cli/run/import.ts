import { shellWord } from '../../i18n/shell.js';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { importMessages, type ImportMessages, type Lang } from '../../i18n/index.js';
import { extractRoster, sayReview, type ReviewItem } from '../../import/extract.js';
import { PlanFileError, readPlan, sayPlanFileError } from '../../import/read.js';
import { rosterYaml } from '../../import/yaml.js';
import { dateIn } from '../../domain/zone.js';
import { renderDiagnostics } from '../../render/diagnostics.js';
import { terminalSafe } from '../../render/escape.js';
import { countBySeverity } from '../../roster/finding.js';
import { lintRoster } from '../../roster/report-rules.js';
import { globalsOf } from '../context.js';
import { ExitCode, UsageError } from '../exit.js';
import { createNewFile, writeOutput } from '../output.js';

/**
 * Reads the plan, writes the roster (a new file only, atomically, 0600: it holds names and numbers), and prints the
 * review list and what lint says of the result. Exit 0: lints without errors and nothing left to review; 1: written,
 * but it needs review; 2: no plan could be read, nothing written.
 */
export async function runImport(command: Command, lang: Lang, file: string, opts: { output?: string; dryRun?: boolean }): Promise<ExitCode> {
  const g = globalsOf(command, lang);
  const importText = importMessages(g.lang);
  if (file === '') throw new UsageError(g.say.option.emptyFile());
  const target = opts.output ?? 'roster.yaml';
  if (target === '') throw new UsageError(g.say.output.empty());
  let blocks;
  try {
    blocks = await readPlan(g.path(file));
  } catch (error) {
    if (error instanceof PlanFileError) throw new UsageError(sayPlanFileError(importText.refuse, error, file));
    throw error;
  }
  const today = dateIn('Europe/Copenhagen', g.io.now());
  const result = extractRoster(blocks, { today });
  // The comments in the roster are Danish whatever the language of the report, as the roster's own comments are.
  const text = rosterYaml(result, basename(file), today, importMessages('da'));
  const shown = target === '-' ? 'roster.yaml' : target;
  const { findings: diagnostics } = lintRoster(new TextEncoder().encode(text), { file: shown, today });
  const counts = countBySeverity(diagnostics);
  const open = result.review.filter((r) => r.kind !== 'assumption').length;

  // With the roster on standard output, the report goes to standard error.
  // The commands name the roster written, unless it goes to standard output (then the user names it when saving it).
  const report: string[] = [reviewList(result.review, importText, target === '-' ? undefined : target)];
  if (diagnostics.length) report.push(renderDiagnostics(diagnostics, 'text', { t: g.msg, color: g.color, files: [shown] }).trimEnd());
  if (!opts.dryRun && target !== '-') {
    const people = (result.roster.people as unknown[]).length;
    const organisations = (result.roster.organisations as unknown[]).length;
    const chains = ((result.roster.activation as { chains: unknown[] }).chains ?? []).length;
    createNewFile(g, target, text, importText.refuse.exists(target));
    report.push(terminalSafe(importText.written(target, people, organisations, chains)));
  } else if (opts.dryRun) report.push(importText.dryRun);
  report.push(importText.verdict(counts.errors, counts.warnings, open));
  if (target === '-' && !opts.dryRun) {
    await writeOutput(g, '-', text, { inputs: [g.path(file)] });
    g.io.stderr.write(report.join('\n\n') + '\n');
  } else g.io.stdout.write(report.join('\n\n') + '\n');
  return counts.errors === 0 && open === 0 ? ExitCode.ok : ExitCode.invalid;
}

function reviewList(items: readonly ReviewItem[], importText: ImportMessages, roster: string | undefined): string {
  const named = (c: string) => (roster !== undefined && c.startsWith('beredskab ') ? `beredskab --roster ${shellWord(roster)} ${c.slice('beredskab '.length)}` : c);
  const command = (c: string) => named(c.replace(/ÅÅÅÅ-MM-DD|TT:MM|\bFIL\b|[A-ZÆØÅ]{4,}/g, (w) => importText.placeholders[w] ?? w));
  const lines = [importText.reviewHeading(items.length)];
  items.forEach((item, i) => {
    lines.push(`${String(i + 1).padStart(3)}. [${importText.kind[item.kind]}] ${importText.where(item.n, item.line)}: ${sayReview(importText.review, item)}`);
    lines.push(`     ${item.command.startsWith('beredskab ') ? importText.fix : importText.fixField}: ${command(item.command)}`);
  });
  return lines.map(terminalSafe).join('\n');
}
