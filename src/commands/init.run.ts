import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { editMessages } from '../i18n/edit.js';
import { dateIn } from '../plan/zone.js';
import { rosterTemplate } from '../roster/template.js';
import { loadRoster } from '../roster/load.js';
import { blankFill } from '../roster/blanks.js';
import { blanksOf } from '../roster/rules.js';
import type { Command } from 'commander';
import type { Lang } from '../i18n/index.js';
import { globalsOf } from './context.js';
import { ExitCode, UsageError } from './exit.js';

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
  let fd: number;
  try {
    // 'wx': fails when anything, even a dangling link, is already there.
    fd = openSync(name, 'wx', 0o644);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(e.initExists(name));
    throw new UsageError(g.t.usage.writeFailed(name, code ?? (error as Error).message));
  }
  try {
    writeSync(fd, text);
    closeSync(fd);
  } catch (error) {
    closeSync(fd);
    // The file is ours, made a moment ago: a half-written roster is worse than none.
    rmSync(name, { force: true });
    throw new UsageError(g.t.usage.writeFailed(name, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
  }
  const list = [...groups].map(([command, group]) => e.initBlank(name, command, group.hints, group.options)).join('\n');
  process.stdout.write(`${e.initDone(name, blanks.length)}\n\n${list}\n\n${e.initNext(name)}\n`);
  return ExitCode.ok;
}
