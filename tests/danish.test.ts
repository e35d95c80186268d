import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, SHIPPED } from './helpers.js';

const SEED = join(ROOT, 'tests/fixtures/import/beredskabsplan-randers-2025-2029.md');

/**
 * Words that do not belong in what a Danish coordinator reads: English, internal keys, and the words the review of
 * the texts replaced ("roster" → "planfilen"). File names, option names and environment variables stay as they are,
 * and are taken out before the scan.
 */
const FORBIDDEN: Array<[RegExp, string]> = [
  [/\broster(en|ens|-fil|-filen|-filer|-filens|e)?\b/i, '"roster": say planfilen'],
  [/\bDRILL\b/, 'English "DRILL"'],
  [/people\/organisations|\bpeople\b|Afsnittet (people|organisations|hotlines|group|levels|activation)\b/, 'an internal key'],
  [/standard-ud\b|standard-output/i, 'one word: standardoutput'],
  [/før journal\b/, '"før" reads as "before"'],
  [/Friiss\b|[a-zæøå]s's\b/i, 'the possessive of a name ending in s'],
  [/\bundefined\b|\bNaN\b|\[object Object\]|\bnull\b/, 'a programming value'],
  [/Kæden "[a-z-]+"/, 'a chain by its id, not its title'],
  [/\b(default|choices|true|false|lastChanged|working-days|convene)\b/, 'English or an internal key'],
  [/(?<!--level |--format |: |valg: |\()\b(Yellow|Green|Red)\b/, 'an English level'],
  [/ændret til (Gult|Rødt|Grønt)\b|\((Gult|Rødt|Grønt) niveau\)/, 'a level name in capitals mid-sentence'],
  [/\bRing i denne rækkefølge\b/, '"Opkaldsrækkefølge"'],
];

/** What a user may see verbatim: file names, options, environment variables, ids from the roster, the JSON Schema's name. */
function allowed(text: string): string {
  return text
    .replace(/\broster\.(yaml|schema\.json)\b/g, '')
    .replace(/--[a-z][a-z-]*/g, '')
    .replace(/BEREDSKAB_ROSTER\b/g, '')
    .replace(/\bbeskeder\b/g, '')
    .replace(/default-src/g, '')
    // Where no command sets a field, the review list names the field of the file to edit, as it is written there.
    .replace(/^(\s*Ret i planfilen:) [a-zA-Z.]+: \S+$/gm, '$1');
}

const home = mkdtempSync(join(tmpdir(), 'beredskab-danish-'));
const roster = join(home, 'roster.yaml');
writeFileSync(roster, readFileSync(SHIPPED));
const broken = join(home, 'broken.yaml');
writeFileSync(broken, readFileSync(SHIPPED, 'utf8').replace('  municipality: Randers Kommune', '  municipality: Randers: Kommune').replace(/people:/, 'peeple:'));
const answers = join(home, 'answers.yaml');
writeFileSync(answers, '- { contact: lasse-bonde, answer: no-answer }\n- { contact: allan-aarslev, answer: answered }\n');
const run = (args: string[], cwd = home) => cli(['--roster', roster, ...args], { cwd });

const COMMANDS = ['activate', 'deadline', 'invite', 'contacts', 'log', 'evaluation', 'status-report', 'drill', 'plan', 'lint', 'diff', 'schema', 'init', 'person', 'member', 'substitute', 'organisation', 'confirm'];
const SUB: Record<string, string[]> = {
  log: ['start', 'call', 'level', 'meeting', 'informed', 'note', 'action', 'evaluation', 'close', 'show', 'list'],
  person: ['add', 'set', 'remove'],
  member: ['add', 'remove', 'replace'],
  substitute: ['set', 'remove'],
  organisation: ['add', 'set'],
  plan: ['set'],
};

/** Every command's output in Danish: help, success and error paths, every human format. */
function outputs(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const add = (name: string, args: string[], cwd?: string) => {
    const r = run(args, cwd);
    out.push([`${name} (exit ${r.code})`, `${r.stdout}\n${r.stderr}`]);
  };
  add('--help', ['--help']);
  // Every command and subcommand the help names, as well as those listed here.
  const named = (help: string) => [...(help.split(/^Kommandoer:$/m)[1] ?? '').matchAll(/^ {2}([a-z][a-z-]*)\b/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
  for (const c of new Set([...named(run(['--help']).stdout), ...COMMANDS])) {
    const help = run([c, '--help']).stdout;
    add(`${c} --help`, [c, '--help']);
    for (const s of new Set([...named(help), ...(SUB[c] ?? [])])) add(`${c} ${s} --help`, [c, s, '--help']);
  }
  add('list personer', ['list', 'personer']);
  for (const level of ['rød', 'gul', 'grøn']) {
    add(`activate ${level}`, ['activate', '--level', level, '--at', '18.12.2026 21.30']);
    add(`activate ${level} html`, ['activate', '--level', level, '--format', 'html', '--at', '18.12.2026 21.30']);
  }
  add('deadline', ['deadline', '--level', 'gul', '--at', '2026-12-23 10.00']);
  for (const f of ['text', 'markdown', 'html', 'csv']) add(`contacts ${f}`, ['contacts', '--format', f]);
  for (const f of ['text', 'sms', 'email']) add(`invite ${f}`, ['invite', '--level', 'rød', '--at', '2026-12-01T16:00', '--format', f]);
  add('invite after the deadline', ['invite', '--level', 'rød', '--at', '2026-12-01T16:00', '--meeting', '2026-12-03T10:00']);
  for (const f of ['markdown', 'html']) add(`plan ${f}`, ['plan', '--format', f]);
  add('lint', ['lint']);
  add('lint --strict', ['lint', '--strict']);
  add('lint broken', ['lint', broken]);
  add('diff', ['diff', SHIPPED, roster]);
  add('log start', ['log', 'start', '--level', 'rød', '--at', '2026-03-03T21:30', '--reason', 'Uro']);
  add('log call', ['log', 'call', 'lasse-bonde', '--no-answer', '--at', '2026-03-03T21:32']);
  add('log level', ['log', 'level', 'gul', '--at', '2026-03-04T09:00']);
  add('log informed', ['log', 'informed', 'beboere', '--channel', 'email', '--at', '2026-03-04T09:30']);
  add('log close', ['log', 'close', '--at', '2026-03-04T12:00']);
  add('log list', ['log', 'list']);
  add('log show', ['log', 'show']);
  add('log call, closed', ['log', 'call', 'lasse-bonde', '--answered']);
  for (const f of ['markdown', 'html']) add(`evaluation ${f}`, ['evaluation', '--format', f]);
  add('drill', ['drill', '--level', 'rød', '--answers', answers, '--at', '2026-05-04T10:00', '--no-log']);
  for (const f of ['markdown', 'html']) add(`status-report ${f}`, ['status-report', '--year', '2026', '--format', f]);
  add('person add, unquoted', ['person', 'add', '--name', 'Karen', 'Olsen']);
  add('person add --dry-run', ['person', 'add', '--name', 'Jonas Friis', '--title', 'Boligsocial medarbejder', '--organisation', 'lejerbo', '--phone', '26789012', '--dry-run']);
  add('unknown option', ['activate', '--levle', 'rød']);
  add('unknown command', ['aktiver']);
  add('bad level', ['activate', '--level', 'orange']);
  add('bad time', ['activate', '--level', 'rød', '--at', 'i morgen']);
  add('repeated hour', ['activate', '--level', 'rød', '--at', '25.10.2026 02.30']);
  add('missing level', ['deadline']);
  add('green deadline', ['deadline', '--level', 'grøn']);
  add('output is input', ['contacts', '--output', roster]);
  add('status', ['status']);
  add('sign --dry-run', ['sign', 'claus-hansen', '--date', '03.02.2025', '--dry-run']);
  add('approve --dry-run', ['approve', '--by', 'Landsbyggefonden', '--date', '2025-03-01', '--dry-run']);
  add('chain show', ['chain', 'show']);
  add('text show', ['text', 'show', 'kommissorium']);
  add('level set --dry-run', ['level', 'set', 'yellow', '--working-days', '2', '--dry-run']);
  add('import', ['import', SEED, '--dry-run']);
  return out;
}

describe('the Danish of every command', () => {
  const all = outputs();
  it.each(all)('%s: no English, no internal keys, no replaced words', (_name, text) => {
    const lines = allowed(text).split('\n');
    const found = FORBIDDEN.flatMap(([pattern, why]) => lines.filter((line) => pattern.test(line)).map((line) => `${why}: ${line.trim().slice(0, 160)}`));
    expect(found).toEqual([]);
  });
  it('ran the commands it names', () => expect(all.length).toBeGreaterThan(80));
});
