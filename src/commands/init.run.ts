import { ioMessages } from '../i18n/io.js';
import { codeOf, createFile, isNoSpace } from '../io/atomic.js';
import { editMessages } from '../i18n/edit.js';
import { dateIn } from '../plan/zone.js';
import { rosterTemplate } from '../roster/template.js';
import { loadRoster } from '../roster/load.js';
import { blankFill } from '../roster/blanks.js';
import { blanksOf } from '../roster/rules.js';
import type { Command } from 'commander';
import type { Lang } from '../i18n/index.js';
import { globalsOf } from './context.js';
import { ExitCode, OutputError, UsageError } from './exit.js';

/** Writes a new roster from the template; an existing file is never touched. */
export async function runInit(command: Command, lang: Lang, file: string | undefined, opts: { municipality: string; title: string; area?: string[] }): Promise<ExitCode> {
  const g = globalsOf(command, lang);
  const e = editMessages(g.lang);
  const name = file ?? 'roster.yaml';
  for (const [option, value] of [['--municipality', opts.municipality], ['--title', opts.title], ...(opts.area ?? []).map((a) => ['--area', a])] as const) {
    if (value.trim() === '') throw new UsageError(e.emptyValue(option));
  }
  const text = rosterTemplate({ municipality: opts.municipality, title: opts.title, areas: opts.area ?? [], today: dateIn('Europe/Copenhagen', Date.now()) });
  const fresh = loadRoster(new TextEncoder().encode(text), { file: name, lang: g.lang }).roster!;
  // The blanks, one command for each entry they belong to: `person set koordinator --name … --title … --phone …`.
  const groups = new Map<string, { hints: string[]; options: Array<[string, string]> }>();
  const blanks = blanksOf(fresh);
  for (const { path, hint } of blanks) {
    const fill = blankFill(fresh, path);
    const key = fill?.command ?? path.join('.');
    const group = groups.get(key) ?? { hints: [], options: [] };
    group.hints.push(hint);
    if (fill) group.options.push([fill.option, fill.value]);
    groups.set(key, group);
  }
  if (name === '-') {
    process.stdout.write(text);
    return ExitCode.ok;
  }
  try {
    // Made whole beside it and linked into place: an existing file (even a dangling link) is never touched, and a full
    // disk leaves no file rather than half a roster. 0600: the roster will hold names and phone numbers.
    createFile(name, text, 0o600);
  } catch (error) {
    const code = codeOf(error);
    if (code === 'EEXIST') throw new UsageError(e.initExists(name));
    const io = ioMessages(g.lang);
    // A folder that does not exist is a mistake in the command line; anything else is a failed write.
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError(g.t.usage.writeFailed(name, code));
    throw new OutputError(isNoSpace(error) ? io.write.noSpaceNew(name, code) : io.write.failedNew(name, code));
  }
  const list = [...groups].map(([command, group]) => e.initBlank(name, command, group.hints, group.options)).join('\n');
  process.stdout.write(`${e.initDone(name, blanks.length)}\n\n${list}\n\n${e.initNext(name)}\n`);
  return ExitCode.ok;
}
