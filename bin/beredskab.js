#!/usr/bin/env node
'use strict';
// Starts the CLI bundled in dist/cli.cjs. Compiling the bundle is most of the start-up, so it is compiled once and
// cached: from dist/cli.cjs.<V8 version>-<arch>.cache, V8's compiled code that `npm run build` leaves for the Node
// that builds (scripts/code-cache.cjs, after running the commands, so it holds the functions they use and not only
// the top-level code), used only when it belongs to this very bundle (V8 itself refuses it from another build of
// V8). Without such a cache, Node 22 and later use the runtime's own compile cache (module.enableCompileCache), and
// Node 20, which has none, compiles as usual.
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');
const Module = require('node:module');

const BUNDLE = join(__dirname, '..', 'dist', 'cli.cjs');
/** A bundle's code cache: one per V8 version and architecture, so the caches of several Nodes sit side by side. */
const cacheOf = (bundle) => `${bundle}.${process.versions.v8}-${process.arch}.cache`;
/** The bundle ends with this marker and a build id; the cache starts with the same id. */
const BUILD_MARK = '\n//# beredskab-build=';

function buildIdOf(source) {
  const at = source.lastIndexOf(BUILD_MARK);
  return at < 0 ? '' : source.slice(at + BUILD_MARK.length).trim();
}

/** Compiles a bundle, with its code cache when it matches, and runs it; returns the script and the module's exports. */
function compile(bundle = BUNDLE, useCache = true) {
  const source = readFileSync(bundle, 'utf8');
  const id = buildIdOf(source);
  let cachedData;
  if (useCache && id) {
    try {
      const cache = readFileSync(cacheOf(bundle));
      const header = Buffer.from(`${id}\n`);
      if (cache.subarray(0, header.length).equals(header)) cachedData = cache.subarray(header.length);
    } catch {
      // No cache: compile.
    }
  }
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(bundle), module, bundle, join(bundle, '..'));
  return { script, id, exports: module.exports, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

/** Runs a bundle the quickest way this Node has: its code cache, else the runtime's compile cache, else a compile. */
function load(bundle) {
  if (!existsSync(cacheOf(bundle)) && typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache();
    return require(bundle);
  }
  return compile(bundle).exports;
}

if (require.main === module) {
  const cli = load(BUNDLE);
  cli
    .main(process.argv, cli.processIo())
    .then((code) => {
      process.exitCode = code;
    });
} else {
  module.exports = { compile, load, cacheOf, BUNDLE };
}
