// Bundles the CLI into dist/cli.cjs, then leaves V8's compiled code for it in dist/cli.cjs.cache (see bin/beredskab.js).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// One id per build: bin/beredskab.js matches the code cache to it, and the roster cache (lint --cache) keys by it.
const buildId = randomBytes(8).toString('hex');
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.cjs',
  bundle: true,
  // One CommonJS file: loaded synchronously, and compiled once into a code cache. Modules a command does not use are
  // only initialised when it imports them.
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  // Loaded from node_modules only when needed: date-holidays for years outside the generated holiday table, docx (a
  // megabyte of code) only by `plan --format docx`, mammoth only by `import`, so no other command's start pays for them.
  external: ['date-holidays', 'docx', 'mammoth'],
  define: { BEREDSKAB_VERSION: JSON.stringify(pkg.version), BEREDSKAB_BUILD: JSON.stringify(buildId), 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});
appendFileSync('dist/cli.cjs', `\n//# beredskab-build=${buildId}\n`);

const cache = spawnSync(process.execPath, ['scripts/code-cache.cjs'], { stdio: 'inherit' });
if (cache.status !== 0) process.exit(cache.status ?? 1);
