import { countBySeverity, type Finding, type FindingArgs } from '../roster/finding.js';
import { messages, type Lang, type Messages } from '../i18n/index.js';
import { style } from './style.js';
import { terminalSafe, workflowData, workflowProperty } from './escape.js';

export type DiagnosticFormat = 'text' | 'json' | 'github';

/** A finding as it is shown: its place, its code and the sentence its code and arguments make in a language. */
export interface Diagnostic {
  severity: Finding['severity'];
  code: string;
  message: string;
  file: string;
  line: number;
  col: number;
  path: string;
}

/** The sentence of a finding, in the language of `t`. */
export function findingMessage(finding: Finding, t: Messages): string {
  // The table has a sentence for every code, each taking that code's arguments (FindingSentences).
  const sentence = t.diag[finding.code] as (args: FindingArgs[typeof finding.code], file: string) => string;
  return sentence(finding.args, finding.file);
}

/** Findings with their sentences, in the order and the fields `lint --format json` gives. */
export function diagnosticsOf(findings: readonly Finding[], t: Messages): Diagnostic[] {
  return findings.map((f) => ({ severity: f.severity, code: f.code, message: findingMessage(f, t), file: f.file, line: f.line, col: f.col, path: f.path }));
}

/** Findings with their sentences in a language. */
export function diagnosticsIn(findings: readonly Finding[], lang: Lang): Diagnostic[] {
  return diagnosticsOf(findings, messages(lang));
}

export function renderDiagnostics(
  findings: readonly Finding[],
  format: DiagnosticFormat,
  options: { t: Messages; color: boolean; files: readonly string[] },
): string {
  const diagnostics = diagnosticsOf(findings, options.t);
  if (format === 'json') return JSON.stringify(diagnostics, null, 2) + '\n';
  if (format === 'github') return diagnostics.map(githubAnnotation).join('');
  return renderText(diagnostics, options);
}

function renderText(diagnostics: readonly Diagnostic[], { t, color, files }: { t: Messages; color: boolean; files: readonly string[] }): string {
  const s = style(color);
  const paint = { error: s.red.bold, warning: s.yellow, notice: s.cyan };
  const lines = diagnostics.map((d) => {
    const where = terminalSafe(d.line > 0 ? `${d.file}:${d.line}:${d.col}` : d.file);
    return `${s.dim(where)}  ${paint[d.severity](t.severity[d.severity])}  ${s.dim(d.code)}  ${terminalSafe(d.message)}`;
  });
  const counts = countBySeverity(diagnostics);
  if (diagnostics.length === 0) return files.map((f) => `${terminalSafe(t.lint.clean(f))}\n`).join('');
  const summary = t.lint.summary({ ...counts, files: files.length });
  return `${lines.join('\n')}\n\n${counts.errors ? s.red.bold(summary) : s.yellow(summary)}\n`;
}

/** GitHub workflow command; data and properties escaped as the runner expects. */
function githubAnnotation(d: Diagnostic): string {
  const props = [`file=${workflowProperty(d.file)}`];
  if (d.line > 0) props.push(`line=${d.line}`, `col=${d.col}`);
  props.push(`title=${workflowProperty(d.code)}`);
  return `::${d.severity} ${props.join(',')}::${workflowData(d.message)}\n`;
}
