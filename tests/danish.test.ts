import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SHIPPED } from './helpers.js';
import { run as beredskab } from './run.js';

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
const run = async (args: string[], cwd = home) => await beredskab(['--roster', roster, ...args], { cwd });

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
async function outputs(): Promise<Array<[string, string]>> {
  const out: Array<[string, string]> = [];
  const add = async (name: string, args: string[], cwd?: string) => {
    const r = await run(args, cwd);
    out.push([`${name} (exit ${r.code})`, `${r.stdout}\n${r.stderr}`]);
  };
  await add('--help', ['--help']);
  // Every command and subcommand the help names, as well as those listed here.
  const named = (help: string) => [...(help.split(/^Kommandoer:$/m)[1] ?? '').matchAll(/^ {2}([a-z][a-z-]*)\b/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
  for (const c of new Set([...named((await run(['--help'])).stdout), ...COMMANDS])) {
    const help = (await run([c, '--help'])).stdout;
    await add(`${c} --help`, [c, '--help']);
    for (const s of new Set([...named(help), ...(SUB[c] ?? [])])) await add(`${c} ${s} --help`, [c, s, '--help']);
  }
  await add('list personer', ['list', 'personer']);
  for (const level of ['rød', 'gul', 'grøn']) {
    await add(`activate ${level}`, ['activate', '--level', level, '--at', '18.12.2026 21.30']);
    await add(`activate ${level} html`, ['activate', '--level', level, '--format', 'html', '--at', '18.12.2026 21.30']);
  }
  await add('deadline', ['deadline', '--level', 'gul', '--at', '2026-12-23 10.00']);
  for (const f of ['text', 'markdown', 'html', 'csv']) await add(`contacts ${f}`, ['contacts', '--format', f]);
  for (const f of ['text', 'sms', 'email']) await add(`invite ${f}`, ['invite', '--level', 'rød', '--at', '2026-12-01T16:00', '--format', f]);
  await add('invite after the deadline', ['invite', '--level', 'rød', '--at', '2026-12-01T16:00', '--meeting', '2026-12-03T10:00']);
  for (const f of ['markdown', 'html']) await add(`plan ${f}`, ['plan', '--format', f]);
  await add('lint', ['lint']);
  await add('lint --strict', ['lint', '--strict']);
  await add('lint broken', ['lint', broken]);
  await add('diff', ['diff', SHIPPED, roster]);
  await add('log start', ['log', 'start', '--level', 'rød', '--at', '2026-03-03T21:30', '--reason', 'Uro']);
  await add('log call', ['log', 'call', 'lasse-bonde', '--no-answer', '--at', '2026-03-03T21:32']);
  await add('log level', ['log', 'level', 'gul', '--at', '2026-03-04T09:00']);
  await add('log informed', ['log', 'informed', 'beboere', '--channel', 'email', '--at', '2026-03-04T09:30']);
  await add('log close', ['log', 'close', '--at', '2026-03-04T12:00']);
  await add('log list', ['log', 'list']);
  await add('log show', ['log', 'show']);
  await add('log call, closed', ['log', 'call', 'lasse-bonde', '--answered']);
  for (const f of ['markdown', 'html']) await add(`evaluation ${f}`, ['evaluation', '--format', f]);
  await add('drill', ['drill', '--level', 'rød', '--answers', answers, '--at', '2026-05-04T10:00', '--no-log']);
  for (const f of ['markdown', 'html']) await add(`status-report ${f}`, ['status-report', '--year', '2026', '--format', f]);
  await add('person add, unquoted', ['person', 'add', '--name', 'Karen', 'Olsen']);
  await add('person add --dry-run', ['person', 'add', '--name', 'Jonas Friis', '--title', 'Boligsocial medarbejder', '--organisation', 'lejerbo', '--phone', '26789012', '--dry-run']);
  await add('unknown option', ['activate', '--levle', 'rød']);
  await add('unknown command', ['aktiver']);
  await add('bad level', ['activate', '--level', 'orange']);
  await add('bad time', ['activate', '--level', 'rød', '--at', 'i morgen']);
  await add('repeated hour', ['activate', '--level', 'rød', '--at', '25.10.2026 02.30']);
  await add('missing level', ['deadline']);
  await add('green deadline', ['deadline', '--level', 'grøn']);
  await add('output is input', ['contacts', '--output', roster]);
  await add('status', ['status']);
  await add('sign --dry-run', ['sign', 'claus-hansen', '--date', '03.02.2025', '--dry-run']);
  await add('approve --dry-run', ['approve', '--by', 'Landsbyggefonden', '--date', '2025-03-01', '--dry-run']);
  await add('chain show', ['chain', 'show']);
  await add('text show', ['text', 'show', 'kommissorium']);
  await add('level set --dry-run', ['level', 'set', 'yellow', '--working-days', '2', '--dry-run']);
  await add('import', ['import', SEED, '--dry-run']);
  return out;
}

describe('the Danish of every command', async () => {
  const all = await outputs();
  it.each(all)('%s: no English, no internal keys, no replaced words', (_name, text) => {
    const lines = allowed(text).split('\n');
    const found = FORBIDDEN.flatMap(([pattern, why]) => lines.filter((line) => pattern.test(line)).map((line) => `${why}: ${line.trim().slice(0, 160)}`));
    expect(found).toEqual([]);
  });
  it('ran the commands it names', () => expect(all.length).toBeGreaterThan(80));
});
