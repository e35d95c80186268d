#!/usr/bin/env node
'use strict';
// Starts the CLI bundled in dist/cli.cjs. Compiling the bundle is most of the start-up, so it is compiled once and
// cached: from dist/cli.cjs.<V8 version>-<arch>.cache, V8's compiled code that `npm run build` leaves for the Node
// that builds (scripts/code-cache.cjs, after running the commands, so it holds the functions they use and not only
// the top-level code), used only when it belongs to this very bundle (V8 itself refuses it from another build of
// V8). The commands run most often have a cache of their own, dist/cli.cjs.<command>.<V8 version>-<arch>.cache, made
// after running only that command: smaller, so quicker to read. Which one is used changes nothing but the time: V8
// compiles whatever a cache lacks. Without a cache, Node 22 and later use the runtime's own compile cache
// (module.enableCompileCache), and Node 20, which has none, compiles as usual.
const { closeSync, constants, existsSync, fstatSync, openSync, readFileSync, readSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');
const Module = require('node:module');

const BUNDLE = join(__dirname, '..', 'dist', 'cli.cjs');
/** The commands with a code cache of their own (scripts/code-cache.cjs makes one for each). */
const OWN_CACHE = ['activate', 'deadline', 'invite', 'contacts', 'log', 'lint', 'plan', 'diff'];
/**
 * A bundle's code cache: one per V8 version and architecture, so the caches of several Nodes sit side by side; with a
 * command, that command's own.
 */
const cacheOf = (bundle, command) => `${bundle}.${command ? `${command}.` : ''}${process.versions.v8}-${process.arch}.cache`;

/** The command a command line runs, if it is one with a cache of its own: the first such word (a guess is only slower). */
function commandOf(args) {
  return args.find((arg) => OWN_CACHE.includes(arg));
}

/** Far more than any code cache of the bundle: a larger file in a cache's place is not one. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * A code cache's bytes, or undefined when there is none: only a regular file of a plausible size is read, so that a
 * FIFO or a device in a cache's place (opened without waiting) neither blocks the start nor fills the memory.
 */
function readCache(file) {
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_CACHE_BYTES) return undefined;
    const bytes = Buffer.allocUnsafe(stat.size);
    let length = 0;
    while (length < bytes.length) {
      const n = readSync(fd, bytes, length, bytes.length - length, length);
      if (n === 0) break;
      length += n;
    }
    return bytes.subarray(0, length);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** The bundle ends with this marker and a build id; the cache starts with the same id. */
const BUILD_MARK = '\n//# beredskab-build=';

function buildIdOf(source) {
  const at = source.lastIndexOf(BUILD_MARK);
  return at < 0 ? '' : source.slice(at + BUILD_MARK.length).trim();
}

/**
 * Compiles a bundle, with its code cache when it matches (the command's own, else the bundle's), and runs it; returns
 * the script and the module's exports.
 */
function compile(bundle = BUNDLE, useCache = true, command = undefined) {
  // Latin-1: the build leaves every character of a bundle ASCII (scripts/build.mjs), and a copy of bytes is quicker than UTF-8.
  const source = readFileSync(bundle, 'latin1');
  const id = buildIdOf(source);
  let cachedData;
  if (useCache && id) {
    const header = Buffer.from(`${id}\n`);
    for (const file of command ? [cacheOf(bundle, command), cacheOf(bundle)] : [cacheOf(bundle)]) {
      const cache = readCache(file);
      // No such cache, or another build's: the next, or a compile.
      if (cache && cache.subarray(0, header.length).equals(header)) {
        cachedData = cache.subarray(header.length);
        break;
      }
    }
  }
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(bundle), module, bundle, join(bundle, '..'));
  return { script, id, exports: module.exports, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

/** Runs a bundle the quickest way this Node has: its code cache, else the runtime's compile cache, else a compile. */
function load(bundle, command) {
  if (!existsSync(cacheOf(bundle)) && typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache();
    return require(bundle);
  }
  return compile(bundle, true, command).exports;
}

if (require.main === module) {
  const cli = load(BUNDLE, commandOf(process.argv.slice(2)));
  cli
    .main(process.argv, cli.processIo())
    .then((code) => {
      process.exitCode = code;
    });
} else {
  module.exports = { compile, load, cacheOf, commandOf, OWN_CACHE, BUNDLE };
}
