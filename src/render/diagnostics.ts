import type { Diagnostic } from '../roster/diagnostic.js';
import { countBySeverity } from '../roster/diagnostic.js';
import type { Messages } from '../i18n/index.js';
import { style } from './style.js';
import { terminalSafe, workflowData, workflowProperty } from './escape.js';

export type DiagnosticFormat = 'text' | 'json' | 'github';

export function renderDiagnostics(
  diagnostics: readonly Diagnostic[],
  format: DiagnosticFormat,
  options: { t: Messages; color: boolean; files: readonly string[] },
): string {
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
