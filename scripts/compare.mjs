// Runs a fixed set of commands against a built bin and records stdout, stderr and the exit code of each, so two
// versions of the CLI can be compared command by command.
// Usage: node scripts/compare.mjs record BIN OUT.json [NAME=VALUE …]   (NAME=VALUE: more environment for every run)
//        node scripts/compare.mjs diff BEFORE.json AFTER.json
// With and without the parsed-roster cache:
//   node scripts/compare.mjs record bin/beredskab.js /tmp/off.json BEREDSKAB_CACHE=off
//   node scripts/compare.mjs record bin/beredskab.js /tmp/cold.json XDG_CACHE_HOME=/tmp/c   (fills /tmp/c)
//   node scripts/compare.mjs record bin/beredskab.js /tmp/warm.json XDG_CACHE_HOME=/tmp/c   (reads it)
//   node scripts/compare.mjs diff /tmp/off.json /tmp/warm.json
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SHIPPED = join(root, 'roster.yaml');
const NORDBY = join(root, 'tests/fixtures/nordby.yaml');
const HOSTILE = join(root, 'tests/fixtures/hostile.yaml');

/** Broken rosters made from the Nordby fixture, one mistake each, written to a scratch folder. */
function brokenRosters(dir) {
  const base = readFileSync(NORDBY, 'utf8');
  const variants = {
    'syntax.yaml': base.replace('  municipality: Nordby Kommune', '  municipality: Nordby: Kommune'),
    'quote.yaml': base.replace('  title: Beredskabsplan for Nordby Øst 2026-2030', '  title: "Beredskabsplan for Nordby'),
    'duplicate.yaml': base.replace('  municipality: Nordby Kommune', '  municipality: Nordby Kommune\n  municipality: Sydby'),
    'tab.yaml': base.replace('  title: Beredskabsplan', '\ttitle: Beredskabsplan'),
    'twodocs.yaml': `${base}---\nrevision: 5\n`,
    'phone.yaml': base.replace('phone: "61234571"', 'phone: "1234"'),
    'ref.yaml': base.replace('contacts: [sara-holm, omar-bakr, vagtchef]', 'contacts: [sara-holm, omar-bak, vagtchef]'),
    'type.yaml': base.replace('revision: 4', 'revision: fire'),
    'unknown.yaml': base.replace('revision: 4', 'revision: 4\nrevison: 5'),
    'missing.yaml': base.replace('  municipality: Nordby Kommune\n', ''),
    'list.yaml': '- a\n- b\n',
    'empty.yaml': '',
    'laughs.yaml': [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
    ].join('\n'),
    'changed.yaml': base.replace('revision: 4', 'revision: 5').replace('phone: "61234571"', 'phone: "61234572"'),
  };
  const paths = {};
  for (const [name, content] of Object.entries(variants)) {
    paths[name] = join(dir, name);
    writeFileSync(paths[name], content);
  }
  const latin1 = Buffer.from(base.replace('name: Ida Berg', 'name: Ida Bj\u0001rn'), 'utf8');
  latin1[latin1.indexOf(0x01)] = 0xf8;
  paths['latin1.yaml'] = join(dir, 'latin1.yaml');
  writeFileSync(paths['latin1.yaml'], latin1);
  return paths;
}

function commands(broken) {
  const list = [];
  for (const lang of ['da', 'en']) {
    const L = ['--lang', lang];
    list.push(
      ['activate', '--level', 'red', '--at', '2026-12-01T16:00', ...L],
      ['activate', '--level', 'yellow', '--at', '2026-12-23T10:00', ...L],
      ['activate', '--level', 'green', '--at', '2026-12-23T10:00', ...L],
      ['activate', '--level', 'rød', '--at', '2026-03-28T22:00', '--json', ...L],
      ['activate', '--level', 'red', '--roster', NORDBY, '--at', '2026-10-24T03:00', ...L],
      ['activate', '--level', 'red', '--roster', HOSTILE, '--at', '2026-12-01T16:00', ...L],
      ['deadline', '--level', 'yellow', '--at', '2026-12-23T10:00', ...L],
      ['deadline', '--level', 'yellow', '--at', '2026-12-23T10:00', '--json', ...L],
      ['deadline', '--level', 'red', '--at', '2026-03-28T22:00', ...L],
      ['deadline', '--level', 'red', '--at', '2026-10-24T02:30', ...L],
      ['deadline', '--level', 'red', '--at', '2026-03-29T02:30', ...L],
      ['deadline', '--level', 'red', '--at', '2026-10-25T02:30', ...L],
      ['deadline', '--level', 'red', '--at', '2026-10-25T02:30+01:00', ...L],
      ['deadline', '--level', 'yellow', '--at', '2027-03-24T12:00', ...L],
      ['deadline', '--level', 'yellow', '--at', '1995-06-01T12:00', ...L],
      ['deadline', '--level', 'green', ...L],
      ['deadline', '--level', 'purple', ...L],
      ['deadline', '--level', 'red', '--at', 'tomorrow', ...L],
      ['lint', '--today', '2026-11-27', ...L],
      ['lint', NORDBY, '--today', '2026-11-27', '--format', 'json', ...L],
      ['lint', HOSTILE, '--today', '2026-11-27', '--format', 'github', ...L],
      ['lint', '--today', '2026-11-27', '--previous', NORDBY, broken['changed.yaml'], ...L],
      ['lint', '--today', '2026-11-27', ...Object.values(broken), ...L],
      ['contacts', ...L],
      ['contacts', '--format', 'markdown', ...L],
      ['contacts', '--format', 'html', '--roster', HOSTILE, ...L],
      ['contacts', '--format', 'csv', '--roster', HOSTILE, ...L],
      ['contacts', '--format', 'vcard', ...L],
      ['contacts', '--format', 'json', '--level', 'red', ...L],
      ['diff', NORDBY, broken['changed.yaml'], ...L],
      ['diff', NORDBY, broken['changed.yaml'], '--format', 'markdown', ...L],
      ['diff', NORDBY, broken['syntax.yaml'], ...L],
    );
    for (const name of Object.keys(broken)) list.push(['lint', broken[name], '--today', '2026-11-27', ...L]);
    list.push(['activate', '--level', 'red', '--roster', broken['quote.yaml'], ...L]);
  }
  list.push(['schema'], ['--help'], ['activate', '--help'], ['--help', '--lang', 'en']);
  return list;
}

const [mode, a, b, ...extra] = process.argv.slice(2);
const extraEnv = Object.fromEntries(extra.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
if (mode === 'record') {
  const dir = mkdtempSync(join(tmpdir(), 'beredskab-compare-'));
  const broken = brokenRosters(dir);
  const bin = resolve(a);
  const binRoot = dirname(dirname(bin));
  const results = commands(broken).map((args) => {
    const r = spawnSync(process.execPath, [bin, ...args], {
      cwd: tmpdir(),
      env: { PATH: process.env.PATH, NO_COLOR: '1', TZ: 'UTC', ...extraEnv },
      encoding: 'utf8',
    });
    // The scratch folder's random name and where the CLI is installed are not part of the output's meaning.
    const clean = (s) => s.split(dir).join('<scratch>').split(binRoot).join('<root>').split(root.replace(/\/$/, '')).join('<root>');
    return { args: args.map(clean), code: r.status, stdout: clean(r.stdout), stderr: clean(r.stderr) };
  });
  writeFileSync(b, JSON.stringify(results, null, 1));
  console.log(`${results.length} commands recorded in ${b}`);
} else if (mode === 'diff') {
  const before = JSON.parse(readFileSync(a, 'utf8'));
  const after = JSON.parse(readFileSync(b, 'utf8'));
  let same = 0;
  for (let i = 0; i < before.length; i++) {
    const x = before[i];
    const y = after[i];
    const parts = ['code', 'stdout', 'stderr'].filter((k) => x[k] !== y?.[k]);
    if (parts.length === 0) {
      same++;
      continue;
    }
    console.log(`\n## beredskab ${x.args.join(' ')}  (differs in ${parts.join(', ')})`);
    for (const k of parts) console.log(`--- ${k} before:\n${x[k]}\n+++ ${k} after:\n${y?.[k]}`);
  }
  console.log(`\n${same} of ${before.length} commands identical`);
} else {
  console.error('usage: node scripts/compare.mjs record BIN OUT.json | diff BEFORE.json AFTER.json');
  process.exit(2);
}
