import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { editMessages } from '../i18n/edit.js';
import { dateIn } from '../plan/zone.js';
import { rosterTemplate } from '../roster/template.js';
import { loadRoster } from '../roster/load.js';
import { controlCharacterIn } from '../roster/rules.js';
import type { Command } from 'commander';
import type { Lang } from '../i18n/index.js';
import { globalsOf } from './context.js';
import { ExitCode, UsageError } from './exit.js';

/** Writes a new roster from the template; an existing file is never touched. */
export async function runInit(command: Command, lang: Lang, file: string | undefined, opts: { municipality: string; title: string; area?: string[] }): Promise<ExitCode> {
  const g = globalsOf(command, lang);
  const e = editMessages(g.lang);
  const name = file ?? 'roster.yaml';
  // Text as the roster holds it (NFC), and nothing the roster's rules would refuse: no roster that no edit could fix.
  const given = { municipality: opts.municipality.normalize('NFC'), title: opts.title.normalize('NFC'), areas: (opts.area ?? []).map((a) => a.normalize('NFC')) };
  for (const [option, value] of [['--municipality', given.municipality], ['--title', given.title], ...given.areas.map((a) => ['--area', a])] as const) {
    if (value.trim() === '') throw new UsageError(e.emptyValue(option));
    const control = controlCharacterIn(value);
    if (control) throw new UsageError(e.initControl(option, control));
    if (value.trim().includes('\n')) throw new UsageError(e.initMultiline(option));
  }
  const text = rosterTemplate({ ...given, today: dateIn('Europe/Copenhagen', Date.now()) });
  const diagnostics = loadRoster(new TextEncoder().encode(text), { file: name, lang: g.lang }).diagnostics;
  const wrong = diagnostics.find((d) => d.severity === 'error' && d.code !== 'blank-unfilled');
  if (wrong) throw new UsageError(e.initInvalid(wrong.message));
  const blanks = diagnostics.filter((d) => d.code === 'blank-unfilled').length;
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
  process.stdout.write(`${e.initDone(name, blanks)}\n\n${e.initNext(name)}\n`);
  return ExitCode.ok;
}
