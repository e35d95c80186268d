// Start-up and lint throughput of the built CLI, measured against bare Node on this machine.
// Usage: npm run bench [-- --runs 20]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'beredskab.js');
const rss = join(root, 'scripts', 'rss.mjs');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20;

function run(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', rss, ...args], {
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

const commands = [
  ['activate --level red', ['activate', '--level', 'red']],
  ['deadline --level yellow', ['deadline', '--level', 'yellow']],
  ['lint', ['lint']],
  ['contacts --format html', ['contacts', '--format', 'html']],
  ['invite --format ics', ['invite', '--level', 'red', '--format', 'ics']],
];

console.log(`Start-up: ${RUNS} runs each after a warm-up, alternating with node -e 0\n`);
console.log('command                   median ms  node -e 0 ms  ratio  peak MB  node MB  ratio');
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
console.log('\nLint throughput (rosters of 50 members, one call, median of 5):');
const timings = {};
for (const count of [500, 1000]) {
  const files = all.slice(0, count);
  const times = [];
  for (let i = 0; i < 5; i++) times.push(run([bin, 'lint', '--format', 'json', '--today', '2026-11-27', ...files]).ms);
  timings[count] = median(times);
  console.log(`  ${String(count).padStart(4)} rosters: ${timings[count].toFixed(0)} ms, ${(timings[count] / count).toFixed(2)} ms per roster`);
}
console.log(`  1000/500 time ratio: ${(timings[1000] / timings[500]).toFixed(2)}`);
