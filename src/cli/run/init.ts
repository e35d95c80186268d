import { editMessages } from '../../i18n/edit.js';
import { dateIn } from '../../domain/zone.js';
import { rosterTemplate } from '../../roster/template.js';
import { loadRoster } from '../../roster/load.js';
import { findingMessage } from '../../render/diagnostics.js';
import { blankFill } from '../../roster/blanks.js';
import { blanksOf, controlCharacterIn } from '../../roster/rules.js';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/index.js';
import type { Interpretations } from '../../roster/schema.js';
import { globalsOf, parseChoice, type Globals } from '../context.js';
import { ExitCode, UsageError } from '../exit.js';
import { createNewFile } from '../output.js';

export interface InitOptions {
  municipality: string;
  title: string;
  area?: string[];
  activationDayCounts?: boolean;
  workdayEnds?: string;
  christmasEve?: string;
  newYearsEve?: string;
  meetingDeadline?: string;
}

/** The choices the plan leaves open, as given on the command line; those not given keep their defaults. */
function interpretationsOf(opts: InitOptions, g: Globals): Interpretations {
  const out: Interpretations = {};
  if (opts.activationDayCounts) out.activationDayCounts = true;
  if (opts.workdayEnds !== undefined) {
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(opts.workdayEnds) || opts.workdayEnds < '12:00') throw new UsageError(editMessages(g.lang).workdayEndsInvalid(opts.workdayEnds));
    out.workdayEnds = opts.workdayEnds;
  }
  const day = (value: string | undefined, option: string) => (value === undefined ? undefined : parseChoice(value, option, ['working-day', 'day-off'] as const, g.t) === 'working-day');
  const christmas = day(opts.christmasEve, '--christmas-eve');
  if (christmas !== undefined) out.christmasEveWorkingDay = christmas;
  const newYear = day(opts.newYearsEve, '--new-years-eve');
  if (newYear !== undefined) out.newYearsEveWorkingDay = newYear;
  if (opts.meetingDeadline !== undefined) out.meetingDeadline = parseChoice(opts.meetingDeadline, '--meeting-deadline', ['start', 'end'] as const, g.t);
  return out;
}

/** Writes a new roster from the template; an existing file is never touched. */
export async function runInit(command: Command, lang: Lang, file: string | undefined, opts: InitOptions): Promise<ExitCode> {
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
  const text = rosterTemplate({ ...given, today: dateIn('Europe/Copenhagen', g.io.now()), interpretations: interpretationsOf(opts, g) });
  const loaded = loadRoster(new TextEncoder().encode(text), { file: name });
  const wrong = loaded.findings.find((d) => d.severity === 'error' && d.code !== 'blank-unfilled');
  if (wrong || !loaded.roster) throw new UsageError(e.initInvalid(wrong ? findingMessage(wrong, g.t) : ''));
  const fresh = loaded.roster;
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
    g.io.stdout.write(text);
    return ExitCode.ok;
  }
  createNewFile(g, name, text, e.initExists(name));
  const list = [...groups].map(([command, group]) => e.initBlank(name, command, group.hints, group.options)).join('\n');
  g.io.stdout.write(`${e.initDone(name, blanks.length)}\n\n${list}\n\n${e.initNext(name)}\n`);
  return ExitCode.ok;
}
