#!/usr/bin/env node
'use strict';
// Starts the CLI bundled in dist/cli.cjs. Compiling the bundle is most of the start-up, so it is compiled once and
// cached: on Node 22 and later by the runtime's own compile cache (module.enableCompileCache); on Node 20, which has
// none, from dist/cli.cjs.cache, V8's compiled code that `npm run build` leaves, used only when it belongs to this
// very bundle (V8 itself refuses it from another Node). Any other case compiles as usual.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');
const Module = require('node:module');

const BUNDLE = join(__dirname, '..', 'dist', 'cli.cjs');
const CACHE = `${BUNDLE}.cache`;
/** The bundle ends with this marker and a build id; the cache starts with the same id. */
const BUILD_MARK = '\n//# beredskab-build=';

function buildIdOf(source) {
  const at = source.lastIndexOf(BUILD_MARK);
  return at < 0 ? '' : source.slice(at + BUILD_MARK.length).trim();
}

/** Compiles the bundle, with the code cache when it matches; returns the script and the module's exports. */
function compile(useCache = true) {
  const source = readFileSync(BUNDLE, 'utf8');
  const id = buildIdOf(source);
  let cachedData;
  if (useCache && id) {
    try {
      const cache = readFileSync(CACHE);
      const header = Buffer.from(`${id}\n`);
      if (cache.subarray(0, header.length).equals(header)) cachedData = cache.subarray(header.length);
    } catch {
      // No cache: compile.
    }
  }
  const script = new Script(Module.wrap(source), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(BUNDLE), module, BUNDLE, join(BUNDLE, '..'));
  return { script, id, exports: module.exports, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

if (require.main === module) {
  let cli;
  if (typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache();
    cli = require(BUNDLE);
  } else cli = compile().exports;
  cli.main(process.argv).then((code) => {
    process.exitCode = code;
  });
} else {
  module.exports = { compile, CACHE };
}
