import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { runEdit } from '../edit-roster.js';
import { editMessages } from '../../i18n/edit.js';
import type { Lang } from '../../i18n/index.js';
import { planTextMessages } from '../../i18n/plantext.js';
import { headingOf } from '../../roster/text.js';
import { TEXT_SECTIONS } from '../../roster/schema.js';
import { terminalSafe } from '../../render/escape.js';
import { globalsOf, loadRosterOrExit, type Globals } from '../context.js';
import { ExitCode, UsageError } from '../exit.js';
import { writeOutput } from '../output.js';

const MAX_BYTES = 1024 * 1024;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** `text show [SECTION]`: the plan's text as the roster keeps it, inserts and all, in the language of --lang. */
export async function runTextShow(section: string | undefined, command: Command, lang: Lang): Promise<ExitCode> {
  const g = globalsOf(command, lang);
  const e = editMessages(g.lang);
  if (section !== undefined && !(TEXT_SECTIONS as readonly string[]).includes(section)) {
    throw new UsageError(e.refusal['unknown-section']({ section, known: TEXT_SECTIONS.join(', ') }));
  }
  const { roster } = await loadRosterOrExit(g);
  const m = planTextMessages(g.lang);
  const sections = (roster.text ?? []).filter((s) => section === undefined || s.section === section);
  const out: string[] = [];
  for (const s of sections) {
    const body = g.lang === 'en' ? s.body.en : s.body.da;
    // One section alone is printed as it is kept, so that it can be saved, edited and set again.
    if (section !== undefined) out.push(body ?? '');
    else out.push(`## ${headingOf(s, g.lang, m.headings)} (${s.section})`, '', body ?? '', '');
  }
  const text = out.join('\n').replace(/\n*$/, '\n');
  await writeOutput(g, '-', g.io.stdout.isTTY ? terminalSafe(text) : text, { inputs: [g.rosterPath] });
  return ExitCode.ok;
}

/** `text set SECTION --file F`: a section's words from a file, as any other edit (checked, atomic, revision raised). */
export async function runTextSet(section: string, opts: { file: string; dryRun?: boolean }, command: Command, lang: Lang): Promise<ExitCode> {
  const g = globalsOf(command, lang);
  const body = readSectionFile(opts.file, g);
  return runEdit(command, lang, { kind: 'text-set', section, lang: g.lang, body }, opts);
}

/** The section's text: UTF-8, line ends made \n, blank lines at the start and end dropped. */
export function readSectionFile(file: string, g: Pick<Globals, 't' | 'say' | 'io' | 'path'>): string {
  const path = file === '-' ? '/dev/stdin' : file;
  if (file === '') throw new UsageError(g.say.option.empty('--file'));
  let bytes: Buffer;
  try {
    if (file !== '-' && statSync(g.path(path)).isDirectory()) throw new UsageError(g.t.diag['file-is-directory']({ file }));
    // Standard input by its descriptor: /dev/stdin cannot be opened when it is a socket (a parent process's pipe), ENXIO.
    bytes = file === '-' ? Buffer.from(g.io.stdin.readAll()) : readFileSync(g.path(path));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? g.t.diag['file-missing']({ file }) : g.t.diag['file-unreadable']({ file, reason: code ?? String(error) }));
  }
  if (bytes.length > MAX_BYTES) throw new UsageError(`${file}: ${g.t.diag['file-too-large']({ size: bytes.length, max: MAX_BYTES })}`);
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    throw new UsageError(`${file}: ${g.t.diag['encoding-invalid']()}`);
  }
  // An empty or blank file is named as such, not reported as an empty --file option.
  const body = normaliseSectionText(text);
  if (body === '') throw new UsageError(`${file}: ${g.t.diag['file-empty']()}`);
  return body;
}

/**
 * Line ends made \n, a byte-order mark and blank lines at the start dropped, white space at the end dropped.
 * Written without a backtracking pattern: `/\s+$/` takes quadratic time on a long run of spaces inside the text.
 */
export function normaliseSectionText(text: string): string {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  let first = 0;
  while (first < lines.length && lines[first]!.trim() === '') first++;
  return lines.slice(first).join('\n').trimEnd();
}
