import type { Command } from 'commander';
import type { Lang } from '../../i18n/index.js';
import { planMessages } from '../../i18n/plan.js';
import { planDocument } from '../../document/plan.js';
import { planHtml } from '../../render/plan-html.js';
import { planMarkdown } from '../../render/plan-markdown.js';
import { rosterHash } from '../../roster/hash.js';
import { globalsOf, loadRosterOrExit, nonEmpty, parseChoice } from '../context.js';
import { ExitCode, UsageError } from '../exit.js';
import { writeOutput } from '../output.js';

export interface PlanOptions {
  format?: string;
  output?: string;
}

const PLAN_FORMATS = ['markdown', 'html', 'docx'] as const;

/** `beredskab plan`: the plan document from the roster, for signing (docx), printing (html) or a wiki (markdown). */
export async function runPlan(opts: PlanOptions, command: Command, lang: Lang): Promise<ExitCode> {
  const g = globalsOf(command, lang);
  const p = planMessages(g.lang);
  const format = parseChoice(nonEmpty(opts.format, '--format', g) ?? 'markdown', '--format', PLAN_FORMATS, g.t);
  const output = nonEmpty(opts.output, '--output', g);
  // A .docx is a zip archive: on a terminal it is noise that can upset the terminal. Refuse before any work.
  if (format === 'docx' && (output === undefined || output === '-') && g.io.stdout.isTTY) throw new UsageError(p.binaryToTerminal);
  const { roster, bytes } = await loadRosterOrExit(g);
  // The same content hash as the contact sheet's footer, of the same bytes, so a printed plan and a sheet can be matched.
  const doc = planDocument(roster, { lang: g.lang, hash: rosterHash(bytes) });
  // The Word writer (docx, a megabyte of code) is loaded only when a .docx is asked for.
  const content = format === 'docx' ? await (await import('../../render/plan-docx.js')).planDocx(doc, p.documentLanguage) : format === 'html' ? planHtml(doc) : planMarkdown(doc);
  await writeOutput(g, output, content, { inputs: [g.rosterPath] });
  return ExitCode.ok;
}
