import type { Messages } from '../i18n/index.js';

export type Severity = 'error' | 'warning' | 'notice';
export type DiagnosticCode = keyof Messages['diag'] | string;
export type YamlPath = ReadonlyArray<string | number>;

/** A finding before it has a place in the file and a sentence in a language. */
export interface Finding {
  severity: Severity;
  code: keyof Messages['diag'];
  path: YamlPath;
  args?: Record<string, string | number>;
  /** Point at the key of the last path segment rather than at its value. */
  atKey?: boolean;
  /** A place inside a text value (0-based line and column of the value): the plan's text, which spans many lines. */
  inText?: { line: number; col: number };
  /** A position already known (syntax errors), 1-based. */
  pos?: { line: number; col: number };
}

export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  file: string;
  line: number;
  col: number;
  path: string;
}

/** `people[3].phone` */
export function formatPath(path: YamlPath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]) {
  const counts = { errors: 0, warnings: 0, notices: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') counts.errors++;
    else if (d.severity === 'warning') counts.warnings++;
    else counts.notices++;
  }
  return counts;
}
