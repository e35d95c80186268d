// Start-up, lint throughput and status-report over a large journal of the built CLI, measured against bare Node on
// this machine, under this Node and under Node 22 (fetched once from the npm registry by scripts/fetch-node.sh).
// Usage: npm run bench [-- --runs 20] [-- --node /path/to/node …] [-- --only journal]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'beredskab.js');
const rss = join(root, 'scripts', 'rss.mjs');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20;
const nodes = process.argv.flatMap((arg, i) => (arg === '--node' ? [process.argv[i + 1]] : []));
if (nodes.length === 0) {
  nodes.push(process.execPath);
  const fetched = spawnSync('bash', [join(root, 'scripts', 'fetch-node.sh'), '22'], { encoding: 'utf8' });
  if (fetched.status === 0) nodes.push(fetched.stdout.trim());
  else console.log(`Node 22 could not be fetched; measuring ${process.version} only.\n${fetched.stderr}`);
}
/** Start-up targets: a ratio to bare Node of the same version (Node 22 starts in about half the time of Node 20). */
const TIME_TARGET = (version) => (Number(version.slice(1).split('.')[0]) >= 22 ? 3.5 : 2.0);
const MEMORY_TARGET = 1.5;
let node = process.execPath;

function run(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(node, ['--import', rss, ...args], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1', BENCH_RSS_FD: '3' },
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
const commands = [
  ['activate --level red', ['activate', '--level', 'red']],
  ['deadline --level yellow', ['deadline', '--level', 'yellow']],
  ['lint', ['lint']],
  ['contacts --format html', ['contacts', '--format', 'html']],
  ['invite --format ics', ['invite', '--level', 'red', '--format', 'ics']],
  ['diff', ['diff', nordby, join(root, 'roster.yaml')]],
  ['schema', ['schema']],
  ['--help', ['--help']],
];

const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

function startup() {
console.log('command                   median ms  node -e 0 ms  ratio  peak MB  node MB  ratio');
const worst = { time: 0, memory: 0 };
for (const [name, args] of commands) {
  for (let i = 0; i < 3; i++) {
    run([bin, ...args]);
    run(['-e', '0']);
  }
  const ratios = [];
  const own = [];
  const base = [];
  for (let i = 0; i < RUNS; i++) {
    const a = run([bin, ...args]);
    const b = run(['-e', '0']);
    own.push(a);
    base.push(b);
    ratios.push(a.ms / b.ms);
  }
  const ms = median(own.map((r) => r.ms));
  const nodeMs = median(base.map((r) => r.ms));
  const kb = median(own.map((r) => r.kb));
  const nodeKb = median(base.map((r) => r.kb));
  console.log(
    `${name.padEnd(25)} ${ms.toFixed(1).padStart(9)}  ${nodeMs.toFixed(1).padStart(12)}  ${median(ratios).toFixed(2).padStart(5)}  ${(kb / 1024).toFixed(1).padStart(7)}  ${(nodeKb / 1024).toFixed(1).padStart(7)}  ${(kb / nodeKb).toFixed(2).padStart(5)}`,
  );
  worst.time = Math.max(worst.time, median(ratios));
  worst.memory = Math.max(worst.memory, kb / nodeKb);
}
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
const all = generated(dir, 1000);

// Three ways: without --cache; --cache into an empty directory (every roster parsed and its entry written); --cache
// again into the directory that run filled (every roster found in the cache).
const MODES = [
  ['no cache', () => []],
  ['cold --cache', (cacheDir) => (rmSync(cacheDir, { recursive: true, force: true }), ['--cache', '--cache-location', cacheDir])],
  ['warm --cache', (cacheDir) => ['--cache', '--cache-location', cacheDir]],
];

function throughput() {
  console.log('\nLint throughput (rosters of 50 members, one call, median of 5):');
  const timings = {};
  for (const count of [500, 1000]) {
    const files = all.slice(0, count);
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
for (const path of nodes) {
  node = path;
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`\n=== Node ${version}: start-up, ${RUNS} runs each after a warm-up, alternating with node -e 0 ===\n`);
  if (ONLY === 'journal') {
    journalReport();
    continue;
  }
  const worst = startup();
  const lint = throughput();
  const [cold, warm] = [lint['no cache'], lint['warm --cache']];
  journalReport();
  const target = TIME_TARGET(version);
  verdicts.push(
    `Node ${version}: start-up ≤ ${target}× ${worst.time <= target ? 'met' : 'MISSED'} (worst ${worst.time.toFixed(2)}), ` +
      `memory ≤ ${MEMORY_TARGET}× ${worst.memory <= MEMORY_TARGET ? 'met' : 'MISSED'} (worst ${worst.memory.toFixed(2)}), ` +
      `lint ≤ 5 ms per roster with --cache warm ${warm.perRoster <= 5 ? 'met' : 'MISSED'} (${warm.perRoster.toFixed(2)}, 1000/500 ${warm.ratio.toFixed(2)}; ` +
      `without cache ${cold.perRoster.toFixed(2)}, 1000/500 ${cold.ratio.toFixed(2)})`,
  );
}
console.log(`\n${verdicts.join('\n')}`);
