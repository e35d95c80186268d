import type { Command } from 'commander';
import type { Lang } from '../../i18n/index.js';
import { contactSheet } from '../../domain/sheet.js';
import { renderSheet, SHEET_FORMATS } from '../../render/sheet.js';
import { rosterHash } from '../../roster/hash.js';
import { globalsOf, levelOption, loadRosterOrExit, nonEmpty, parseChoice, todayFromClock } from '../context.js';
import { ExitCode } from '../exit.js';
import { writeOutput } from '../output.js';

export interface ContactsOptions {
  format: string;
  output?: string;
  level?: string;
}

export async function contacts(opts: ContactsOptions, command: Command, lang: Lang): Promise<ExitCode> {
  const g = globalsOf(command, lang);
  const format = parseChoice(opts.format, '--format', SHEET_FORMATS, g.t);
  const output = nonEmpty(opts.output, '--output', g);
  const order = nonEmpty(opts.level, '--level', g) ? levelOption(opts.level!, g.t) : undefined;
  const { roster, bytes } = await loadRosterOrExit(g);
  // The hash of the bytes the sheet was made from, read once (a pipe gives them only once).
  const hash = rosterHash(bytes);
  const sheet = contactSheet(roster, { lang: g.lang, hash, madeOn: todayFromClock(g)(roster.plan.timezone), order });
  const toTerminal = output === undefined || output === '-';
  const color = g.color && toTerminal && format === 'text';
  await writeOutput(g, output, renderSheet(sheet, format, { t: g.t, lang: g.lang, color }), {
    inputs: [g.rosterPath],
    ...(format === 'html' ? { detail: g.t.sheet.onePage } : {}),
  });
  return ExitCode.ok;
}
