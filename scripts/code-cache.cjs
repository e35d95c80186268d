// Writes dist/cli.cjs.cache: V8's compiled code for the bundle, after running each command once in this process so
// that the functions they use are compiled too. Run by scripts/build.mjs.
'use strict';
const { writeFileSync, renameSync } = require('node:fs');
const { join } = require('node:path');
const { compile, CACHE } = require('../bin/beredskab.js');

const root = join(__dirname, '..');
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
  ['schema'],
  ['--help'],
  ['activate', '--level', 'red', '--lang', 'en'],
];

async function main() {
  const { script, id, exports: cli } = compile(false);
  const write = process.stdout.write;
  const writeErr = process.stderr.write;
  // Swallow the output, but say it was written: a command waits for its write to finish.
  process.stdout.write = process.stderr.write = (chunk, encoding, done) => {
    const callback = typeof encoding === 'function' ? encoding : done;
    if (callback) process.nextTick(callback);
    return true;
  };
  try {
    for (const args of runs) await cli.main([process.execPath, 'beredskab', '--roster', join(root, 'roster.yaml'), ...args]);
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeErr;
    process.exitCode = 0;
  }
  const tmp = `${CACHE}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat([Buffer.from(`${id}\n`), script.createCachedData()]));
  renameSync(tmp, CACHE);
}

main();
