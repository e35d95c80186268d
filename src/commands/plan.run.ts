import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import type { Command } from 'commander';
import type { Lang } from '../i18n/index.js';
import { planMessages } from '../i18n/plan.js';
import { planDocument } from '../plan/document.js';
import { planHtml } from '../render/plan-html.js';
import { planMarkdown } from '../render/plan-markdown.js';
import { UsageError, emit, globalsOf, loadValidRoster, parseChoice } from './context.js';

export const PLAN_FORMATS = ['markdown', 'html', 'docx'] as const;

/** `beredskab plan`: the plan document from the roster, for signing (docx), printing (html) or a wiki (markdown). */
export async function runPlan(opts: { format?: string; output?: string }, command: Command, lang: Lang): Promise<number> {
  const g = globalsOf(command, lang);
  const p = planMessages(g.lang);
  const format = parseChoice(opts.format ?? 'markdown', '--format', PLAN_FORMATS, g.t);
  const output = opts.output === '-' ? undefined : opts.output;
  // A .docx is a zip archive: on a terminal it is noise that can upset the terminal. Refuse before any work.
  if (format === 'docx' && output === undefined && process.stdout.isTTY) throw new UsageError(p.binaryToTerminal);
  // The document never replaces the roster it is made from.
  if (output !== undefined && existsSync(output) && existsSync(g.rosterPath) && realpathSync(output) === realpathSync(g.rosterPath)) {
    throw new UsageError(p.outputIsRoster(output));
  }
  const roster = await loadValidRoster(g);
  // The same short content hash as the contact sheet's footer, so a printed plan and a sheet can be matched.
  const hash = createHash('sha256').update(readFileSync(g.rosterPath)).digest('hex').slice(0, 12);
  const doc = planDocument(roster, { lang: g.lang, hash });
  // The Word writer (docx, a megabyte of code) is loaded only when a .docx is asked for.
  const content = format === 'docx' ? await (await import('../render/plan-docx.js')).planDocx(doc, p.documentLanguage) : format === 'html' ? planHtml(doc) : planMarkdown(doc);
  emit(content, output, g.t);
  return 0;
}
