// Start-up of every command measured against the floor (scripts/floor.ts: `activate --level red`'s job with the card's
// libraries and nothing else, started as the CLI is: scripts/floor-start.cjs) and against bare Node, run by run; then lint throughput and
// status-report over a large journal. Under this Node and under Node 22 and 24 (fetched once from the npm registry by
// scripts/fetch-node.sh); for each, the V8 code cache is made as `npm run build` makes it under that Node.
// Usage: npm run bench [-- --runs 31] [-- --node /path/to/node …] [-- --only startup|journal] [-- --command NAME …]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'beredskab.js');
const floor = join(root, 'scripts', 'floor-start.cjs');
const rss = join(root, 'scripts', 'rss.cjs');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 31;
const nodes = process.argv.flatMap((arg, i) => (arg === '--node' ? [process.argv[i + 1]] : []));
if (nodes.length === 0) {
  nodes.push(process.execPath);
  for (const major of ['22', '24']) {
    const fetched = spawnSync('bash', [join(root, 'scripts', 'fetch-node.sh'), major], { encoding: 'utf8' });
    if (fetched.status === 0) nodes.push(fetched.stdout.trim());
    else console.log(`Node ${major} could not be fetched; not measured.\n${fetched.stderr}`);
  }
}
/** Targets against the floor: wall time (median of the run-by-run ratios) and peak memory (ratio of the medians). */
const FLOOR_TIME = 1.15;
const FLOOR_MEMORY = 1.2;
let node = process.execPath;
// The parsed-roster cache of the measured runs lives in a folder of the benchmark's own, warmed by the first run.
const cacheHome = mkdtempSync(join(tmpdir(), 'beredskab-bench-cache-'));
const journalDir = mkdtempSync(join(tmpdir(), 'beredskab-bench-log-'));

function run(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(node, ['--require', rss, ...args], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1', BENCH_RSS_FD: '3', XDG_CACHE_HOME: cacheHome },
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const [kb, cpu] = String(result.output[3]).trim().split(' ').map(Number);
  return { ms, kb, cpuMs: cpu / 1000 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const nordby = join(root, 'tests', 'fixtures', 'nordby.yaml');
/** [name, arguments, whether it reads the roster] */
const commands = [
  ['activate --level red', ['activate', '--level', 'red'], true],
  ['deadline --level yellow', ['deadline', '--level', 'yellow'], true],
  ['lint', ['lint'], true],
  ['contacts --format html', ['contacts', '--format', 'html'], true],
  ['invite --format ics', ['invite', '--level', 'red', '--format', 'ics'], true],
  ['plan', ['plan'], true],
  ['log show', ['log', 'show', '--journal', journalDir], true],
  ['diff', ['diff', nordby, join(root, 'roster.yaml')], true],
  ['schema', ['schema'], false],
  ['--help', ['--help'], false],
];

/** --command NAME (repeatable, a name as listed: `--command 'log show'`): measure only these. */
const chosen = process.argv.flatMap((arg, i) => (arg === '--command' ? [process.argv[i + 1]] : []));
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

/**
 * Each command paired run by run with the floor and with `node -e 0`: one round runs the three, the order turning
 * from round to round, so that whatever else the machine does weighs on all three alike; the figures are medians.
 */
function startup() {
  console.log(`load average before: ${load()}`);
  console.log('command                    ms  floor ms  node ms  ×floor  ×node  peak MB  floor MB  mem ×floor');
  const worst = { time: 0, memory: 0 };
  for (const [name, args, readsRoster] of commands) {
    if (chosen.length > 0 && !chosen.includes(name)) continue;
    const three = [[bin, ...args], [floor, 'activate', '--level', 'red'], ['-e', '0']];
    for (let i = 0; i < 2; i++) for (const a of three) run(a);
    const rows = [[], [], []];
    for (let i = 0; i < RUNS; i++) {
      for (let k = 0; k < 3; k++) {
        const which = (i + k) % 3;
        rows[which][i] = run(three[which]);
      }
    }
    const [own, fl, bare] = rows;
    const toFloor = median(own.map((r, i) => r.ms / fl[i].ms));
    const toNode = median(own.map((r, i) => r.ms / bare[i].ms));
    const kb = median(own.map((r) => r.kb));
    const floorKb = median(fl.map((r) => r.kb));
    const f = (n, w, d = 1) => n.toFixed(d).padStart(w);
    console.log(
      `${name.padEnd(23)} ${f(median(own.map((r) => r.ms)), 5)} ${f(median(fl.map((r) => r.ms)), 9)} ${f(median(bare.map((r) => r.ms)), 8)} ${f(toFloor, 7, 2)} ${f(toNode, 6, 2)} ${f(kb / 1024, 8)} ${f(floorKb / 1024, 9)} ${f(kb / floorKb, 11, 2)}`,
    );
    if (readsRoster) {
      worst.time = Math.max(worst.time, toFloor);
      worst.memory = Math.max(worst.memory, kb / floorKb);
    }
  }
  console.log(`load average after: ${load()}`);
  return worst;
}

// Lint throughput: many generated rosters of 50 members each in one call.
function generated(dir, count) {
  const shipped = readFileSync(join(root, 'roster.yaml'), 'utf8');
  const extraPeople = [];
  const extraMembers = [];
  for (let i = 0; i < 43; i++) {
    extraPeople.push(`  - id: ekstra-${i}\n    name: Ekstra Person ${i}\n    title: Medarbejder\n    organisation: randers-kommune\n    phone: "${String(40000000 + i * 7919)}"`);
    extraMembers.push(`    - person: ekstra-${i}`);
  }
  const text = shipped
    .replace('\nhotlines:', `\n${extraPeople.join('\n')}\n\nhotlines:`)
    .replace('  coordinator: louise-hou-kragh', `${extraMembers.join('\n')}\n  coordinator: louise-hou-kragh`);
  const files = [];
  for (let i = 0; i < count; i++) {
    const file = join(dir, `roster-${i}.yaml`);
    writeFileSync(file, text.replace('revision: 1', `revision: ${i + 1}`));
    files.push(file);
  }
  return files;
}

const dir = mkdtempSync(join(tmpdir(), 'beredskab-bench-'));
let generatedRosters;

// Three ways: without --cache; --cache into an empty directory (every roster parsed and its entry written); --cache
// again into the directory that run filled (every roster found in the cache).
const MODES = [
  ['no cache', () => ['--no-cache']],
  ['cold --cache', (cacheDir) => (rmSync(cacheDir, { recursive: true, force: true }), ['--cache', '--cache-location', cacheDir])],
  ['warm --cache', (cacheDir) => ['--cache', '--cache-location', cacheDir]],
];

function throughput() {
  console.log('\nLint throughput (rosters of 50 members, one call, median of 5):');
  const timings = {};
  for (const count of [500, 1000]) {
    generatedRosters ??= generated(dir, 1000);
    const files = generatedRosters.slice(0, count);
    const cacheDir = join(dir, `cache-${count}`);
    for (const [mode, options] of MODES) {
      const times = [];
      for (let i = 0; i < 5; i++) times.push(run([bin, 'lint', '--format', 'json', '--today', '2026-11-27', ...options(cacheDir), ...files]).ms);
      const ms = median(times);
      (timings[mode] ??= {})[count] = ms;
      console.log(`  ${String(count).padStart(4)} rosters, ${mode.padEnd(12)}: ${ms.toFixed(0).padStart(6)} ms, ${(ms / count).toFixed(2)} ms per roster`);
    }
  }
  const result = {};
  for (const [mode] of MODES) {
    const t = timings[mode];
    console.log(`  1000/500 time ratio, ${mode.padEnd(12)}: ${(t[1000] / t[500]).toFixed(2)}`);
    result[mode] = { perRoster: t[500] / 500, ratio: t[1000] / t[500] };
  }
  return result;
}

/**
 * A journal of `count` activations of 20 entries each, spread over 2026, written as the journal writes them (one JSON
 * line per entry) but directly, since only reading is measured.
 */
function generatedJournal(dir, count) {
  const levels = ['green', 'yellow', 'red'];
  const contacts = ['lasse-bonde', 'allan-aarslev', 'politi-vagtchef', 'louise-hou-kragh', 'claus-hansen', 'morten-strange'];
  const duties = ['ssp-netvaerk', 'boligsociale-medarbejdere', 'beboere'];
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  for (let i = 0; i < count; i++) {
    const month = (i % 12) + 1;
    const day = (Math.floor(i / 12) % 28) + 1;
    const hour = Math.floor(i / 336) % 24;
    const level = levels[i % 3];
    const drill = i % 10 === 0;
    const id = `2026-${pad(month)}-${pad(day)}T${pad(hour)}00-${level}${drill ? '-drill' : ''}-${pad(i.toString(16), 4)}`;
    const offset = month >= 4 && month <= 10 ? '+02:00' : '+01:00';
    let minute = 0;
    const at = () => {
      minute += 7;
      const t = new Date(Date.UTC(2026, month - 1, day, hour, minute));
      return `2026-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:00${offset}`;
    };
    const base = { schemaVersion: 1, activation: id, ...(drill ? { drill: true } : {}) };
    const lines = [{ ...base, type: 'start', level, at: `2026-${pad(month)}-${pad(day)}T${pad(hour)}:00:00${offset}`, reason: 'Uro i området' }];
    for (const [k, contact] of contacts.entries()) lines.push({ ...base, type: 'call', at: at(), contact, answered: k % 2 === 1 });
    lines.push({ ...base, type: 'level', at: at(), level: levels[(i + 1) % 3] });
    lines.push({ ...base, type: 'meeting', at: at(), present: contacts.slice(0, 4) });
    for (const duty of duties) lines.push({ ...base, type: 'informed', at: at(), duty, channel: 'phone' });
    for (let n = 0; n < 4; n++) lines.push({ ...base, type: 'note', at: at(), text: `Note ${n} om gruppens arbejde` });
    lines.push({ ...base, type: 'action', at: at(), text: 'Opdatér telefonlisten', owner: 'lasse-bonde', due: '2026-12-31' });
    lines.push({ ...base, type: 'action', at: at(), text: 'Evaluer kæden', owner: 'louise-hou-kragh' });
    lines.push({ ...base, type: 'evaluation', at: at(), decided: true, due: '2026-12-31' });
    lines.push({ ...base, type: 'close', at: at() });
    writeFileSync(join(dir, `${id}.jsonl`), lines.map((l) => JSON.stringify(l)).join('\n') + '\n', { mode: 0o600 });
  }
}

function journalReport() {
  console.log('\nstatus-report over a generated journal (activations of 20 entries, median of 5):');
  const times = {};
  for (const count of [1000, 2000]) {
    const journal = mkdtempSync(join(tmpdir(), 'beredskab-bench-journal-'));
    generatedJournal(journal, count);
    for (const format of ['json', 'html']) {
      const args = [bin, '--roster', join(root, 'roster.yaml'), 'status-report', '--year', '2026', '--format', format, '--journal', journal];
      run(args);
      const t = [];
      for (let i = 0; i < 5; i++) t.push(run(args));
      times[`${count}-${format}`] = median(t.map((r) => r.ms));
      times[`${count}-${format}-cpu`] = median(t.map((r) => r.cpuMs));
      console.log(`  ${String(count).padStart(4)} activations, ${format.padEnd(4)}: ${median(t.map((r) => r.ms)).toFixed(0)} ms wall, ${median(t.map((r) => r.cpuMs)).toFixed(0)} ms CPU`);
    }
  }
  for (const format of ['json', 'html']) {
    const wall = times[`2000-${format}`] / times[`1000-${format}`];
    const cpu = times[`2000-${format}-cpu`] / times[`1000-${format}-cpu`];
    console.log(`  2000/1000 ratio (${format}): ${wall.toFixed(2)} wall, ${cpu.toFixed(2)} CPU`);
  }
}

const verdicts = [];
// One activation in the benchmark's journal, for `log show`.
spawnSync(process.execPath, [bin, 'log', 'start', '--level', 'red', '--journal', journalDir], { cwd: root });
for (const path of nodes) {
  node = path;
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  // The V8 code cache for this Node, made as `npm run build` makes it under the Node that builds.
  const made = spawnSync(node, [join(root, 'scripts', 'code-cache.cjs')], { cwd: root, encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`code cache for ${version}: ${made.stderr}`);
  console.log(`\n=== Node ${version}: start-up, ${RUNS} rounds after a warm-up, each round the command, the floor and node -e 0 ===\n`);
  if (ONLY === 'journal') {
    journalReport();
    continue;
  }
  const worst = startup();
  const verdict =
    `Node ${version}: roster-reading commands ≤ ${FLOOR_TIME}× the floor ${worst.time <= FLOOR_TIME ? 'met' : 'MISSED'} (worst ${worst.time.toFixed(2)}), ` +
    `memory ≤ ${FLOOR_MEMORY}× the floor's ${worst.memory <= FLOOR_MEMORY ? 'met' : 'MISSED'} (worst ${worst.memory.toFixed(2)})`;
  if (ONLY === 'startup') {
    verdicts.push(verdict);
    continue;
  }
  const lint = throughput();
  const [cold, warm] = [lint['no cache'], lint['warm --cache']];
  journalReport();
  verdicts.push(
    `${verdict}, ` +
      `lint ≤ 5 ms per roster with --cache warm ${warm.perRoster <= 5 ? 'met' : 'MISSED'} (${warm.perRoster.toFixed(2)}, 1000/500 ${warm.ratio.toFixed(2)}; ` +
      `without cache ${cold.perRoster.toFixed(2)}, 1000/500 ${cold.ratio.toFixed(2)})`,
  );
}
console.log(`\n${verdicts.join('\n')}`);
rmSync(cacheHome, { recursive: true, force: true });
rmSync(journalDir, { recursive: true, force: true });
rmSync(dir, { recursive: true, force: true });
