// Writes dist/cli.cjs.<V8 version>-<arch>.cache: V8's compiled code for the bundle under the Node that runs this
// script, after running each command once in this process so that the functions they use are compiled too (the
// runtime's own compile cache holds only top-level code). Run by scripts/build.mjs; run it with another Node
// (`node22 scripts/code-cache.cjs`) to give that Node its cache.
'use strict';
const { writeFileSync, renameSync } = require('node:fs');
const { join } = require('node:path');
const { compile, cacheOf, BUNDLE } = require('../bin/beredskab.js');

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
  ['activate', '--level', 'red', '--lang', 'en'],
];

async function main() {
  const { script, id, exports: cli } = compile(BUNDLE, false);
  // Output swallowed, but said to be written: a command waits for its write to finish.
  const sink = { write: (chunk, done) => (done && process.nextTick(done), true), isTTY: false };
  const io = { ...cli.processIo(), stdout: sink, stderr: sink };
  for (const args of runs) await cli.main([process.execPath, 'beredskab', '--roster', join(root, 'roster.yaml'), ...args], io);
  save(BUNDLE, id, script);
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

function save(bundle, id, script) {
  const cache = cacheOf(bundle);
  const tmp = `${cache}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat([Buffer.from(`${id}\n`), script.createCachedData()]));
  renameSync(tmp, cache);
}

main();
