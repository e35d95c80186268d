// Bundles the CLI into dist/cli.cjs, then leaves V8's compiled code for it under this Node in
// dist/cli.cjs.<V8 version>-<arch>.cache (see bin/beredskab.js and scripts/code-cache.cjs); also bundles the floor of
// start-up that `npm run bench` measures against (scripts/floor.ts).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * commander requires node:child_process when it is loaded, for subcommands that are separate executables, which
 * beredskab has none of: the module (and the net, dgram and stream modules it pulls in) is loaded only if commander
 * ever spawns one.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const eager = "const childProcess = require('node:child_process');";
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(eager)) throw new Error(`${args.path}: commander no longer loads node:child_process as expected`);
      return { contents: source.replace(eager, "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };"), loader: 'js' };
    });
  },
};

/**
 * chalk guesses a terminal's colours when it is loaded (its supports-color loads node:tty, and with it node:net); the
 * CLI decides colour itself and gives chalk the level (src/render/style.ts), so the guess is left out of the bundle.
 */
const noColorGuess = {
  name: 'no-color-guess',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) => {
      if (!/[\\/]chalk[\\/]/.test(args.importer)) return undefined;
      return { path: 'supports-color', namespace: 'no-color-guess' };
    });
    b.onLoad({ filter: /.*/, namespace: 'no-color-guess' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
  },
};

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// One id per build: bin/beredskab.js matches the code cache to it, and the roster cache (lint --cache) keys by it.
const buildId = randomBytes(8).toString('hex');
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

/**
 * docx is bundled on its own into dist/docx.cjs, loaded by `plan --format docx` only. It ships inside the package,
 * so an installed beredskab does not install docx and what docx depends on (nanoid 6 asks for Node 22).
 */
const docxApart = {
  name: 'docx-apart',
  setup(b) {
    b.onResolve({ filter: /^docx$/ }, () => ({ path: './docx.cjs', external: true }));
  },
};
/**
 * Ends a bundle that bin/beredskab.js starts: every character ASCII, so that it is read as Latin-1, a copy of its bytes,
 * rather than decoded as UTF-8 (a millisecond of every start); esbuild escapes strings and names but leaves regular
 * expression literals as written, and there a \\uXXXX escape means the same character (a pair of them, with or without
 * the u flag, the same character outside the BMP). Then the build id that the code cache is matched to.
 */
function finish(file) {
  const source = readFileSync(file, 'utf8');
  // After a backslash the escape would be read as a backslash and the letters "u…": stop rather than change a pattern.
  const escaped = /\\[^\x00-\x7f]/.exec(source);
  if (escaped) throw new Error(`${file}: a non-ASCII character after a backslash (${JSON.stringify(source.slice(escaped.index - 20, escaped.index + 5))})`);
  // In a raw template the escape would stay six characters: stop rather than change a string.
  const raw = /String\.raw`[^`]*[^\x00-\x7f]/.exec(source);
  if (raw) throw new Error(`${file}: a non-ASCII character in a String.raw template (${JSON.stringify(source.slice(raw.index, raw.index + 60))})`);
  const code = source.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  writeFileSync(file, `${code}\n//# beredskab-build=${buildId}\n`);
}

await build({
  entryPoints: ['docx'],
  outfile: 'dist/docx.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
await build({
  entryPoints: ['src/main.ts'],
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
  // megabyte of code, bundled apart into dist/docx.cjs) only by `plan --format docx`, mammoth only by `import`, so no
  // other command's start pays for them.
  external: ['date-holidays', 'mammoth'],
  plugins: [docxApart, lazyChildProcess, noColorGuess],
  define: { BEREDSKAB_VERSION: JSON.stringify(pkg.version), BEREDSKAB_BUILD: JSON.stringify(buildId), 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});
finish('dist/cli.cjs');

// The floor of start-up (scripts/floor.ts), bundled the same way: what `npm run bench` measures the commands against.
await build({
  entryPoints: ['scripts/floor.ts'],
  outfile: 'dist/floor.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
finish('dist/floor.cjs');

const cache = spawnSync(process.execPath, ['scripts/code-cache.cjs'], { stdio: 'inherit' });
if (cache.status !== 0) process.exit(cache.status ?? 1);
