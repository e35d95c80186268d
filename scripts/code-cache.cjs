// Writes dist/cli.cjs.<V8 version>-<arch>.cache: V8's compiled code for the bundle under the Node that runs this
// script, after running each command once in this process so that the functions they use are compiled too (the
// runtime's own compile cache holds only top-level code). Then, for each command that has a cache of its own
// (OWN_CACHE in bin/beredskab.js), dist/cli.cjs.<command>.<V8 version>-<arch>.cache, made in a process of its own
// that runs only that command. Run by scripts/build.mjs; run it with another Node (`node22 scripts/code-cache.cjs`)
// to give that Node its caches.
'use strict';
const { spawnSync } = require('node:child_process');
const { mkdtempSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { compile, cacheOf, OWN_CACHE, BUNDLE } = require('../bin/beredskab.js');

const root = join(__dirname, '..');
const FLOOR = join(root, 'dist', 'floor.cjs');
const runs = [
  ['activate', '--level', 'red'],
  ['activate', '--level', 'yellow', '--at', '2026-12-23T10:00', '--json'],
  ['deadline', '--level', 'yellow'],
  ['deadline', '--level', 'red', '--json'],
  ['lint'],
  ['lint', '--format', 'json'],
  ['contacts'],
  ['contacts', '--format', 'html'],
  ['contacts', '--format', 'csv'],
  ['contacts', '--format', 'vcard'],
  ['contacts', '--format', 'json'],
  ['contacts', '--format', 'markdown'],
  ['plan'],
  ['plan', '--format', 'html'],
  ['schema'],
  ['invite', '--level', 'red', '--format', 'ics'],
  ['invite', '--level', 'yellow', '--format', 'sms'],
  ['activate', '--level', 'red', '--format', 'html'],
  ['--help'],
  ['log', 'show'],
  ['log', 'list'],
  ['diff', join(root, 'roster.yaml'), join(root, 'roster.yaml')],
  ['activate', '--level', 'red', '--lang', 'en'],
];

/** Runs the given command lines in this process, then writes the cache of what they compiled. */
async function cacheAfter(lines, command) {
  const { script, id, exports: cli } = compile(BUNDLE, false);
  // Output swallowed, but said to be written: a command waits for its write to finish.
  const sink = { write: (chunk, done) => (done && process.nextTick(done), true), isTTY: false };
  const io = { ...cli.processIo(), stdout: sink, stderr: sink };
  for (const args of lines) await cli.main([process.execPath, 'beredskab', '--roster', join(root, 'roster.yaml'), ...args], io);
  save(BUNDLE, id, script, command);
}

async function main() {
  const only = process.argv.indexOf('--command');
  if (only > 0) {
    const command = process.argv[only + 1];
    return cacheAfter(runs.filter((args) => args[0] === command), command);
  }
  // The parsed rosters of these runs go to a folder of their own, not the user's cache. The first run fills it; every
  // later one, and each command's process below, reads the roster from it, as a user's command mostly does.
  const rosters = mkdtempSync(join(tmpdir(), 'beredskab-code-cache-'));
  process.env.XDG_CACHE_HOME = rosters;
  try {
    await cacheAfter(runs);
    for (const command of OWN_CACHE) {
      if (!runs.some((args) => args[0] === command)) throw new Error(`no run of ${command} to make its cache from`);
      const made = spawnSync(process.execPath, [__filename, '--command', command], { stdio: 'inherit' });
      if (made.status !== 0) throw new Error(`the code cache of ${command} was not made (exit ${made.status})`);
    }
  } finally {
    rmSync(rosters, { recursive: true, force: true });
  }
  // The floor the benchmark measures against (scripts/floor.ts) is started the same way, so it gets its cache too.
  const write = process.stdout.write;
  const writeErr = process.stderr.write;
  process.stdout.write = process.stderr.write = () => true;
  const argv = process.argv;
  process.argv = [process.execPath, FLOOR, 'activate', '--level', 'red'];
  try {
    const floor = compile(FLOOR, false);
    save(FLOOR, floor.id, floor.script);
  } finally {
    process.argv = argv;
    process.stdout.write = write;
    process.stderr.write = writeErr;
  }
}

function save(bundle, id, script, command) {
  const cache = cacheOf(bundle, command);
  const tmp = `${cache}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat([Buffer.from(`${id}\n`), script.createCachedData()]));
  renameSync(tmp, cache);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
