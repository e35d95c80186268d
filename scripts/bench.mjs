// Start-up and lint throughput of the built CLI, measured against bare Node on this machine, under this Node and
// under Node 22 (fetched once from the npm registry by scripts/fetch-node.sh).
// Usage: npm run bench [-- --runs 20] [-- --node /path/to/node …]
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
  return { ms, kb: Number(String(result.output[3]).trim()) };
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
  ['diff', ['diff', nordby, join(root, 'roster.yaml')]],
  ['schema', ['schema']],
  ['--help', ['--help']],
];

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

const verdicts = [];
for (const path of nodes) {
  node = path;
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`\n=== Node ${version}: start-up, ${RUNS} runs each after a warm-up, alternating with node -e 0 ===\n`);
  const worst = startup();
  const lint = throughput();
  const [cold, warm] = [lint['no cache'], lint['warm --cache']];
  const target = TIME_TARGET(version);
  verdicts.push(
    `Node ${version}: start-up ≤ ${target}× ${worst.time <= target ? 'met' : 'MISSED'} (worst ${worst.time.toFixed(2)}), ` +
      `memory ≤ ${MEMORY_TARGET}× ${worst.memory <= MEMORY_TARGET ? 'met' : 'MISSED'} (worst ${worst.memory.toFixed(2)}), ` +
      `lint ≤ 5 ms per roster with --cache warm ${warm.perRoster <= 5 ? 'met' : 'MISSED'} (${warm.perRoster.toFixed(2)}, 1000/500 ${warm.ratio.toFixed(2)}; ` +
      `without cache ${cold.perRoster.toFixed(2)}, 1000/500 ${cold.ratio.toFixed(2)})`,
  );
}
console.log(`\n${verdicts.join('\n')}`);
