// Runs a fixed list of commands against a built bin and records, for each, the exit code, stdout, stderr and every
// file it created, changed or removed, so two builds of the CLI can be compared command by command.
//
// Usage: node scripts/compare.mjs record BIN OUT.json [NAME=VALUE …]   (NAME=VALUE: more environment for every run)
//        node scripts/compare.mjs diff BEFORE.json AFTER.json
// With and without the parsed-roster cache:
//   node scripts/compare.mjs record bin/beredskab.js /tmp/off.json BEREDSKAB_CACHE=off
//   node scripts/compare.mjs record bin/beredskab.js /tmp/on.json
//   node scripts/compare.mjs diff /tmp/off.json /tmp/on.json
//
// How it runs:
// - Every case gets a fresh folder of its own (the working directory of its commands) holding copies of the rosters
//   it needs; a case is one command or a short sequence (log start, log call …), each command recorded on its own.
//   Cases share nothing they write, so the list's order does not matter; two cases run at a time (COMPARE_JOBS=N
//   changes that), and the results are kept in the list's order.
// - Fixed environment: PATH, NO_COLOR=1, TZ=UTC, HOME=<case>/.home, XDG_CACHE_HOME=<case>/.home/.cache,
//   NODE_PATH=<this checkout>/node_modules (so that a build copied without node_modules finds the one package the
//   bundle loads at run time, mammoth), no BEREDSKAB_* variable (except what NAME=VALUE adds); a fixed --at, --today
//   or --date wherever a command takes one, and answers files that give every answer's time.
// - Files: after each command, every file and folder under the case folder that is new, changed (content or mode)
//   or gone, except .home/ (the parsed-roster cache, whose file names and contents carry the build's id) and .git/
//   (the repository made for lint --base and diff REF:path). Text files are recorded whole; a .docx as the list of
//   its zip entries with the sha256 of each entry's content after the normalising below (the zip's own entry dates
//   are not recorded; the same for a .docx on stdout); any other binary file as size and sha256. Modes as octal.
//   A file of the parsed-roster cache (lint --cache-location DIR: DIR/<sha256>.json) is recorded by path and mode
//   only: its content carries the build's id.
//
// Normalised in everything recorded (stdout, stderr, files), narrowly:
// - the case folder → <scratch>, the shared inputs folder → <shared>, the bin's install root and this checkout → <root>;
// - the four random hex digits that end a journal activation id (2026-11-27T1000-red-1a2b → …-red-<rnd>);
// - the clock, only where it shows today's date (in Europe/Copenhagen or UTC, taken when recording starts):
//   an ISO date-time of today (2026-11-30T21:32:53.422+01:00, the journal's "recorded"; a docx's created/modified)
//   and its iCalendar form (20261130T203316Z, DTSTAMP) → <now>; today's date as 2026-11-30, "30. november 2026"
//   (with "mandag den " before it if there), "30 November 2026" / "November 30, 2026" (with a weekday if there)
//   → <today>, and the time of day after it ("<today> kl. 21.40", "<today> at 21:40") → <now>. That is lastChanged after an edit, a journal entry's clock, init's and import's date, a docx's
//   metadata. Every fixed date given to the commands lies in the past, so none of them is today.
// A recording made across midnight is not comparable; record again. Record both sides on the same day: the writing
// commands check the roster against the clock's date (stale contacts, the plan's period), which no option fixes.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const FIXTURES = join(root, 'tests/fixtures');

// ---------------------------------------------------------------------------------------------------------------
// Inputs shared by all cases (read only): the fixture rosters, broken rosters, answers files, texts, plans to import.

const SHARED_FILES = {
  'randers.yaml': () => readFileSync(join(root, 'roster.yaml')),
  'nordby.yaml': () => readFileSync(join(FIXTURES, 'nordby.yaml')),
  'hostile.yaml': () => readFileSync(join(FIXTURES, 'hostile.yaml')),
  'invite.yaml': () => readFileSync(join(FIXTURES, 'invite.yaml')),
  'randers.md': () => readFileSync(join(FIXTURES, 'import/beredskabsplan-randers-2025-2029.md')),
  'vejle.txt': () => readFileSync(join(FIXTURES, 'import/vejle-noerremarken.txt')),
  'english.txt': () => 'Emergency plan\n\nThe response group meets within 24 hours at the red level and within 3 working days at the yellow level.\n',
  'empty.txt': () => '',
  'old.doc': () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
  'broken.docx': () => Buffer.from('PK\x03\x04 ikke en zip'),
  'answers-nordby.yaml': () =>
    [
      '- { contact: mette-lund, answer: no-answer, at: 2026-11-27T10:01 }',
      '- { contact: karl-vinther, answer: answered, at: 2026-11-27T10:03 }',
      '- { contact: sara-holm, answer: answered, at: 2026-11-27T10:05 }',
      '- { contact: ida-berg, answer: no-answer, at: 2026-11-27T10:09 }',
      '',
    ].join('\n'),
  'answers-randers.yaml': () =>
    [
      '- { contact: lasse-bonde, answer: no-answer, at: 2026-11-27T10:01 }',
      '- { contact: allan-aarslev, answer: answered, at: 2026-11-27T10:03 }',
      '- { contact: louise-hou-kragh, answer: answered, at: 2026-11-27T10:07 }',
      '- { contact: claus-hansen, answer: answered, at: 2026-11-27T10:09 }',
      '- { contact: morten-strange, answer: no-answer, at: 2026-11-27T10:12 }',
      '- { contact: gine-norager, answer: answered, at: 2026-11-27T10:14 }',
      '- { contact: peter-pedersen, answer: answered, at: 2026-11-27T10:15 }',
      '- { contact: jorgen-lajer, answer: skip }',
      '',
    ].join('\n'),
  'answers-stdin.yaml': () =>
    '- { contact: mette-lund, answer: answered, at: 2026-11-29T10:02 }\n- { contact: sara-holm, answer: no-answer, at: 2026-11-29T10:04 }\n',
  'answers-bad.yaml': () => '- { contact: mette-lund, answer: answered }\n- { contact: sara-holm, answer: svarede }\n',
  'answers-unknown.yaml': () => '- { contact: kim, answer: answered }\n',
  'answers-backwards.yaml': () =>
    '- { contact: mette-lund, answer: no-answer, at: 2026-11-27T10:05 }\n- { contact: karl-vinther, answer: answered, at: 2026-11-27T10:01 }\n',
  'answers-hostile.yaml': () =>
    '- { contact: p-script, answer: no-answer, at: 2026-11-27T10:01 }\n- { contact: p-newline, answer: answered, at: 2026-11-27T10:02 }\n',
  'formaal.txt': () => 'Vi handler hurtigt og samlet, når uro opstår.\n\nDet gør vi sådan:\n\n- vi ringer\n- vi mødes\n',
  'purpose-en.txt': () => 'We act quickly and together when unrest arises.\n',
  'text-empty.txt': () => '',
};

/** Broken rosters made from the Nordby fixture, one mistake each. */
function brokenRosters() {
  const base = readFileSync(join(FIXTURES, 'nordby.yaml'), 'utf8');
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
  const out = Object.fromEntries(Object.entries(variants).map(([k, v]) => [k, Buffer.from(v, 'utf8')]));
  const latin1 = Buffer.from(base.replace('name: Ida Berg', 'name: Ida Bj\u0001rn'), 'utf8');
  latin1[latin1.indexOf(0x01)] = 0xf8;
  out['latin1.yaml'] = latin1;
  return out;
}
const BROKEN = Object.keys(brokenRosters());

/** A plan as a Word file, made with the docx library of this checkout (the one the tests use). */
async function wordPlan(markdown) {
  const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } = createRequire(join(root, 'package.json'))('docx');
  const children = [];
  let rows = [];
  const flush = () => {
    if (rows.length) children.push(new Table({ rows: rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) }));
    rows = [];
  };
  const headings = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];
  for (const raw of markdown.split('\n')) {
    const line = raw.trimEnd();
    if (line.includes('\t') || /^\|.*\|$/.test(line)) {
      if (!/^\|[-|\s]+\|$/.test(line)) rows.push(line.includes('\t') ? line.split('\t') : line.slice(1, -1).split('|').map((c) => c.trim()));
      continue;
    }
    flush();
    if (!line.trim()) continue;
    const h = /^(#+)\s+(.*)$/.exec(line);
    if (h) children.push(new Paragraph({ text: h[2].replace(/\*\*/g, ''), heading: headings[Math.min(h[1].length, 3) - 1] }));
    else if (line.startsWith('- ')) children.push(new Paragraph({ text: line.slice(2), bullet: { level: 0 } }));
    else children.push(new Paragraph(line));
  }
  flush();
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

// ---------------------------------------------------------------------------------------------------------------
// The cases. A case: { files: { NAME: SOURCE }, git?: { change: [from, to] }, modes?: { NAME: 0o600 }, steps: [step] }
// with SOURCE the name of a shared input (or { text } for literal content), and a step { args, stdin? }. In args,
// <shared> is the shared inputs folder and {id} the last activation id a step of the case printed.

const S = (name) => `<shared>/${name}`;
const one = (args, files = {}, extra = {}) => ({ files, steps: [{ args, ...extra }], ...(extra.git ? { git: extra.git } : {}) });
const seq = (files, ...steps) => ({ files, steps: steps.map((s) => (Array.isArray(s) ? { args: s } : s)) });
const NORDBY = { 'roster.yaml': 'nordby.yaml' };
const RANDERS = { 'roster.yaml': 'randers.yaml' };
const AT = '2026-11-27T10:00';

function cases() {
  const list = [];
  const add = (...c) => list.push(...c);
  for (const lang of ['da', 'en']) {
    const L = ['--lang', lang];
    // Reading commands on the shipped roster, the Nordby, hostile and invite fixtures.
    add(
      one(['activate', '--level', 'red', '--at', '2026-12-01T16:00', ...L]),
      one(['activate', '--level', 'yellow', '--at', '2026-12-23T10:00', ...L]),
      one(['activate', '--level', 'green', '--at', '2026-12-23T10:00', ...L]),
      one(['activate', '--level', 'rød', '--at', '2026-03-28T22:00', '--json', ...L]),
      one(['activate', '--level', 'red', '--at', '2026-03-28T22:00', '--format', 'json', ...L]),
      one(['activate', '--level', 'red', '--at', '2026-12-01T16:00', '--format', 'html', ...L]),
      one(['activate', '--level', 'gul', '--at', '2026-12-23T10:00', '--format', 'text', ...L]),
      one(['activate', '--level', 'red', '--at', '2026-12-01T16:00', '--format', 'html', '--output', 'aktiver.html', ...L]),
      one(['activate', '--level', 'red', '--at', '2026-12-01T16:00', '--output', 'roster.yaml', ...L], NORDBY),
      one(['activate', '--level', 'red', '--roster', S('nordby.yaml'), '--at', '2026-10-24T03:00', ...L]),
      one(['activate', '--level', 'red', '--roster', S('hostile.yaml'), '--at', '2026-12-01T16:00', ...L]),
      one(['activate', '--level', 'red', '--roster', S('hostile.yaml'), '--at', '2026-12-01T16:00', '--format', 'html', ...L]),
      one(['activate', '--level', 'red', '--at', '2026-11-27T10:00', '--log', ...L], NORDBY),
      one(['activate', '--level', 'yellow', '--at', '2026-11-27T10:00', '--log', '--journal', 'j', '--format', 'json', ...L], NORDBY),
      one(['activate', '--level', 'red', '--at', '2026-11-27T10:00', '--log', '--journal', 'nowhere/j', ...L], NORDBY),
      one(['activate', ...L]),
      one(['activate', '--level', 'purple', '--at', AT, ...L]),
      one(['activate', '--level', 'red', '--at', 'i går', ...L]),
      one(['activate', '--level', 'red', '--at', AT, '--format', 'pdf', ...L]),
      one(['deadline', '--level', 'yellow', '--at', '2026-12-23T10:00', ...L]),
      one(['deadline', '--level', 'yellow', '--at', '2026-12-23T10:00', '--json', ...L]),
      one(['deadline', '--level', 'red', '--at', '2026-03-28T22:00', ...L]),
      one(['deadline', '--level', 'red', '--at', '2026-10-24T02:30', ...L]),
      one(['deadline', '--level', 'red', '--at', '2026-03-29T02:30', ...L]),
      one(['deadline', '--level', 'red', '--at', '2026-10-25T02:30', ...L]),
      one(['deadline', '--level', 'red', '--at', '2026-10-25T02:30+01:00', ...L]),
      one(['deadline', '--level', 'yellow', '--at', '2027-03-24T12:00', ...L]),
      one(['deadline', '--level', 'yellow', '--at', '1995-06-01T12:00', ...L]),
      one(['deadline', '--level', 'yellow', '--at', '2026-12-23T10:00', '--roster', S('nordby.yaml'), ...L]),
      one(['deadline', '--level', 'green', '--at', '2026-12-23T10:00', ...L]),
      one(['deadline', '--level', 'purple', ...L]),
      one(['deadline', '--level', 'red', '--at', 'tomorrow', ...L]),
      one(['deadline', '--level', 'red', '--at', '2026-13-45T10:00', ...L]),
      one(['deadline', '--level', 'red', '--at', ...L]),
      one(['invite', '--level', 'red', '--at', '2026-12-01T16:00', '--roster', S('invite.yaml'), '--id', 'uro-1', ...L]),
      one(['invite', '--level', 'yellow', '--at', '2026-12-23T10:00', '--roster', S('invite.yaml'), '--format', 'ics', '--id', 'uro-2', ...L]),
      one(['invite', '--level', 'red', '--at', '2026-12-01T16:00', '--meeting', '2026-12-02T09:00', '--duration', '1h30m', '--place', 'Kulturhuset, <lokale 2>', '--format', 'ics', '--id', 'uro-3', '--sequence', '1', ...L]),
      one(['invite', '--level', 'red', '--at', '2026-12-01T16:00', '--format', 'sms', '--reason', 'Uro ved Glarbjergvej', ...L]),
      one(['invite', '--level', 'red', '--at', '2026-12-01T16:00', '--format', 'email', '--online', 'https://meet.example/abc', '--dial-in', '+45 70 10 10 10', '--pin', '123456', ...L]),
      one(['invite', '--level', 'red', '--at', '2026-12-01T16:00', '--format', 'json', '--without', 'lasse-bonde', '--also', 'claus-hansen', '--id', 'uro-4', ...L]),
      one(['invite', '--level', 'yellow', '--at', '2026-12-23T10:00', '--meeting', '2027-01-15T10:00', ...L]),
      one(['invite', '--level', 'red', '--at', '2026-12-01T16:00', '--format', 'ics', '--id', 'uro-5', '--output', 'møde.ics', ...L], NORDBY),
      one(['invite', '--level', 'red', '--at', '2026-12-01T16:00', '--roster', S('hostile.yaml'), '--format', 'email', '--reason', '<b>x</b>\r\nBcc: a@b', ...L]),
      one(['invite', '--level', 'green', '--at', '2026-12-01T16:00', ...L]),
      one(['invite', '--level', 'red', '--at', '2026-12-01T16:00', '--duration', 'lang', ...L]),
      one(['invite', '--level', 'red', '--at', '2026-12-01T16:00', '--without', 'ingen-her', ...L]),
      one(['invite', '--level', 'red', '--at', '2026-12-01T16:00', '--online', 'http://ikke-sikker', ...L]),
      one(['contacts', ...L]),
      one(['contacts', '--format', 'markdown', ...L]),
      one(['contacts', '--format', 'html', '--roster', S('hostile.yaml'), ...L]),
      one(['contacts', '--format', 'csv', '--roster', S('hostile.yaml'), ...L]),
      one(['contacts', '--format', 'vcard', ...L]),
      one(['contacts', '--format', 'json', '--level', 'red', ...L]),
      one(['contacts', '--format', 'text', '--level', 'yellow', '--roster', S('nordby.yaml'), ...L]),
      one(['contacts', '--format', 'vcard', '--roster', S('hostile.yaml'), ...L]),
      one(['contacts', '--format', 'csv', '--output', 'kontakter.csv', ...L], NORDBY),
      one(['contacts', '--format', 'html', '--output', 'kontakter.html', ...L], NORDBY),
      one(['contacts', '--format', 'vcard', '--output', '-', ...L], NORDBY),
      one(['contacts', '--format', 'xml', ...L]),
      one(['contacts', '--level', 'green', ...L]),
      one(['plan', ...L]),
      one(['plan', '--format', 'markdown', '--roster', S('nordby.yaml'), ...L]),
      one(['plan', '--format', 'html', ...L]),
      one(['plan', '--format', 'html', '--roster', S('hostile.yaml'), ...L]),
      one(['plan', '--format', 'markdown', '--roster', S('hostile.yaml'), ...L]),
      one(['plan', '--format', 'docx', '--output', 'plan.docx', ...L], RANDERS),
      one(['plan', '--format', 'docx', '--output', 'plan.docx', ...L], { 'roster.yaml': 'hostile.yaml' }),
      one(['plan', '--format', 'html', '--output', 'plan.html', ...L], NORDBY),
      one(['plan', '--format', 'docx', ...L]),
      one(['plan', '--format', 'pdf', ...L]),
      one(['status', '--today', '2026-11-27', ...L]),
      one(['status', '--today', '2026-11-27', '--roster', S('nordby.yaml'), ...L]),
      one(['status', '--today', '2031-02-01', '--roster', S('hostile.yaml'), ...L]),
      one(['status', '--today', '27-11-2026', ...L]),
      one(['list', 'people', ...L]),
      one(['list', 'organisations', '--json', ...L]),
      one(['list', 'hotlines', ...L]),
      one(['list', 'chains', '--roster', S('nordby.yaml'), ...L]),
      one(['list', 'signatories', '--json', ...L]),
      one(['list', 'inform', ...L]),
      one(['list', 'adhoc', '--roster', S('hostile.yaml'), ...L]),
      one(['list', 'alt', ...L]),
      one(['chain', 'show', ...L]),
      one(['chain', 'show', 'politi', '--json', '--roster', S('nordby.yaml'), ...L]),
      one(['chain', 'show', 'ingen', ...L]),
      one(['text', 'show', ...L]),
      one(['text', 'show', 'formaal', ...L]),
      one(['text', 'show', 'findes-ikke', ...L]),
      one(['text', 'show', '--roster', S('nordby.yaml'), ...L]),
      one(['lint', '--today', '2026-11-27', ...L]),
      one(['lint', S('nordby.yaml'), '--today', '2026-11-27', '--format', 'json', ...L]),
      one(['lint', S('hostile.yaml'), '--today', '2026-11-27', '--format', 'github', ...L]),
      one(['lint', S('nordby.yaml'), '--today', '2026-11-27', '--strict', ...L]),
      one(['lint', S('nordby.yaml'), '--today', '2026-11-27', '--cache', '--cache-location', 'cache', ...L]),
      one(['lint', '--today', '2026-11-27', '--previous', S('nordby.yaml'), S('broken/changed.yaml'), ...L]),
      one(['lint', '--today', '2026-11-27', ...BROKEN.map((b) => S(`broken/${b}`)), ...L]),
      one(['lint', '--today', '2026-11-27', '--format', 'json', S('broken/phone.yaml'), S('broken/syntax.yaml'), ...L]),
      one(['lint', '--today', '2026-11-27', '--format', 'github', S('broken/ref.yaml'), ...L]),
      one(['lint', 'roster.yaml', '--today', '2026-11-27', '--base', 'HEAD', ...L], NORDBY, {
        git: { change: ['phone: "61234571"', 'phone: "61234572"'] },
      }),
      one(['lint', 'roster.yaml', '--today', '2026-11-27', '--base', 'HEAD', ...L], NORDBY, {
        git: { change: ['revision: 4', 'revision: 5\n# ny\n'] },
      }),
      one(['lint', 'roster.yaml', '--today', '2026-11-27', '--base', 'ingen-gren', ...L], NORDBY, { git: { change: ['', ''] } }),
      one(['lint', '--today', '2026-11-27', 'findes-ikke.yaml', ...L]),
      one(['lint', '--today', '2026-11-27', '--format', 'xml', ...L]),
      one(['diff', S('nordby.yaml'), S('broken/changed.yaml'), ...L]),
      one(['diff', S('nordby.yaml'), S('broken/changed.yaml'), '--format', 'markdown', ...L]),
      one(['diff', S('nordby.yaml'), S('broken/changed.yaml'), '--format', 'json', ...L]),
      one(['diff', S('nordby.yaml'), S('broken/syntax.yaml'), ...L]),
      one(['diff', S('randers.yaml'), S('nordby.yaml'), ...L]),
      one(['diff', 'HEAD:roster.yaml', 'roster.yaml', ...L], NORDBY, { git: { change: ['ida-berg }', 'ida-berg, substitute: omar-bakr }'] } }),
      one(['diff', S('nordby.yaml'), ...L]),
      one(['evaluation', '--journal', 'ingen', ...L]),
      one(['status-report', '--year', '2026', ...L], NORDBY),
      one(['status-report', '--year', '2026', '--format', 'json', ...L], NORDBY),
      one(['status-report', '--year', 'sidste', ...L], NORDBY),
      one(['log', 'list', '--journal', 'ingen', ...L], NORDBY),
      one(['log', 'start', '--level', 'red', '--at', '2099-01-01T10:00', ...L], NORDBY),
      one(['log', 'note', 'hej', '--at', AT, ...L], NORDBY),
      one(['drill', '--level', 'red', ...L]),
      one(['drill', '--level', 'red', '--no-log', '--at', AT, '--answers', S('answers-bad.yaml'), ...L], NORDBY),
      one(['drill', '--level', 'red', '--no-log', '--at', AT, '--answers', S('answers-unknown.yaml'), ...L], NORDBY),
      one(['drill', '--level', 'red', '--no-log', '--at', '2026-11-27T09:55', '--answers', S('answers-backwards.yaml'), ...L], NORDBY),
      one(['drill', '--level', 'grøn', '--answers', '/dev/null', ...L]),
      one(['import', S('randers.md'), '--dry-run', ...L]),
      one(['import', S('vejle.txt'), '--output', '-', ...L]),
      one(['import', S('english.txt'), ...L]),
      one(['import', S('empty.txt'), ...L]),
      one(['import', S('old.doc'), ...L]),
      one(['import', S('broken.docx'), ...L]),
      one(['import', S('randers.md'), ...L], NORDBY),
      one(['init', ...L]),
      one(['init', '--municipality', 'Sydby Kommune', '--title', 'Beredskabsplan for Sydby', 'roster.yaml', ...L], NORDBY),
    );
    for (const name of BROKEN) add(one(['lint', S(`broken/${name}`), '--today', '2026-11-27', ...L]));
    add(one(['activate', '--level', 'red', '--roster', S('broken/quote.yaml'), ...L]));
    // Writing commands, each on its own copies.
    add(
      one(['init', '--municipality', 'Sydby Kommune', '--title', 'Beredskabsplan for Sydby 2027-2031', '--area', 'Syd', '--area', 'Vest', ...L]),
      one(['init', 'ny.yaml', '--municipality', 'Sydby Kommune', '--title', 'Sydby', '--activation-day-counts', '--workday-ends', '15:30', '--christmas-eve', 'day-off', '--new-years-eve', 'day-off', '--meeting-deadline', 'end', ...L]),
      one(['init', '--municipality', 'Sydby', '--title', 'T', '--workday-ends', '25:00', ...L]),
      one(['import', S('randers.md'), ...L]),
      one(['import', S('vejle.txt'), '--output', 'vejle.yaml', ...L]),
      one(['import', S('randers.docx'), ...L]),
      seq(
        NORDBY,
        ['log', 'start', '--level', 'red', '--at', AT, '--by', 'Mette', '--reason', 'Uro ved <torvet>', ...L],
        ['log', 'call', 'mette-lund', '--no-answer', '--at', '2026-11-27T10:02', ...L],
        ['log', 'call', 'karl-vinther', '--answered', '--at', '2026-11-27T10:04', ...L],
        ['log', 'level', 'yellow', '--at', '2026-11-27T11:00', '--by', 'Karl', ...L],
        ['log', 'meeting', '--at', '2026-11-27T12:00', '--present', 'mette-lund,sara-holm', ...L],
        ['log', 'informed', 'beboere', '--channel', 'email', '--at', '2026-11-27T12:30', ...L],
        ['log', 'informed', 'Skolens', 'ledelse', 'orienteret', '--channel', 'phone', '--at', '2026-11-27T12:40', ...L],
        ['log', 'note', 'Politiet', 'har', 'overtaget', '--at', '2026-11-27T13:00', ...L],
        ['log', 'action', 'Opdatér', 'telefonlisten', '--owner', 'ida-berg', '--due', '2027-01-15', '--at', '2026-11-27T13:10', ...L],
        ['log', 'evaluation', '--decided', 'yes', '--due', '2027-01-10', '--at', '2026-11-27T13:20', ...L],
        ['log', 'show', ...L],
        ['log', 'close', '--at', '2026-11-27T14:00', ...L],
        ['log', 'call', 'sara-holm', '--answered', '--at', '2026-11-27T14:10', ...L],
        ['log', 'evaluation', '--held', '2026-11-28', '--at', '2026-11-28T10:00', '--activation', '{id}', ...L],
        ['log', 'show', '{id}', '--json', ...L],
        ['log', 'list', ...L],
        ['log', 'list', '--json', ...L],
        ['evaluation', ...L],
        ['evaluation', '{id}', '--format', 'html', ...L],
        ['evaluation', '--format', 'json', ...L],
        ['evaluation', '--format', 'markdown', '--output', 'evaluering.md', ...L],
        ['status-report', '--year', '2026', ...L],
        ['status-report', '--year', '2026', '--format', 'html', ...L],
        ['status-report', '--year', '2026', '--format', 'json', '--output', 'status.json', ...L],
      ),
      seq(
        RANDERS,
        ['activate', '--level', 'red', '--at', '2026-11-20T22:00', '--log', '--journal', 'journal', ...L],
        ['log', 'call', 'lasse-bonde', '--answered', '--at', '2026-11-20T22:05', ...L],
        ['log', 'start', '--level', 'yellow', '--at', '2026-11-21T09:00', '--drill', ...L],
        ['log', 'note', 'to', 'åbne', '--at', '2026-11-21T09:30', ...L],
        ['log', 'list', ...L],
        ['log', 'note', 'til', 'den', 'rigtige', '--activation', '{id}', '--at', '2026-11-21T09:40', ...L],
        ['log', 'show', '--activation', 'ikke-et-id', ...L],
        ['log', 'close', '--activation', '../../etc/passwd', ...L],
      ),
      seq(
        NORDBY,
        ['log', 'start', '--level', 'red', '--at', AT, ...L],
        ['log', 'call', 'ingen-her', '--answered', '--at', '2026-11-27T10:01', ...L],
        ['log', 'note', 'for', 'tidligt', '--at', '2026-11-27T09:00', ...L],
        ['log', 'level', 'lilla', '--at', '2026-11-27T10:02', ...L],
        ['log', 'meeting', '--present', 'ingen', '--at', '2026-11-27T10:03', ...L],
      ),
      seq(NORDBY, ['drill', '--level', 'red', '--at', AT, '--answers', S('answers-nordby.yaml'), ...L], ['log', 'list', ...L], ['evaluation', ...L]),
      one(['drill', '--level', 'red', '--at', AT, '--answers', S('answers-nordby.yaml'), '--confirm', ...L], NORDBY),
      one(['drill', '--level', 'yellow', '--at', AT, '--answers', S('answers-nordby.yaml'), '--no-log', ...L], NORDBY),
      one(['drill', '--level', 'red', '--at', AT, '--answers', S('answers-randers.yaml'), '--confirm', '--journal', 'j', ...L], RANDERS, { mkdir: ['j'] }),
      one(['drill', '--level', 'red', '--at', '2026-11-29T10:00', '--answers', '-', '--no-log', ...L], NORDBY, { stdin: readShared('answers-stdin.yaml') }),
      one(['drill', '--level', 'red', '--no-log', '--answers', S('answers-hostile.yaml'), '--at', AT, '--roster', S('hostile.yaml'), ...L]),
      one(['confirm', 'mette-lund', 'sara-holm', '--date', '2026-11-27', ...L], NORDBY),
      one(['confirm', 'mette-lund', '--date', '2026-11-27', '--dry-run', ...L], NORDBY),
      one(['confirm', 'ingen', '--date', '2026-11-27', ...L], NORDBY),
      one(['confirm', 'mette-lund', '--date', '2026-11-31', ...L], NORDBY),
      one(['person', 'add', '--name', 'Anne Åberg', '--title', 'Konsulent', '--organisation', 'nordby-kommune', '--phone', '31 31 31 31', '--email', 'anne@nordby.dk', ...L], NORDBY),
      one(['person', 'add', '--name', 'Anne Åberg', '--title', 'Konsulent', '--organisation', 'nordby-kommune', '--phone', '31313131', '--id', 'anne', '--dry-run', ...L], NORDBY),
      one(['person', 'add', '--name', 'Anne', '--title', 'K', '--organisation', 'ingen', '--phone', '1234', ...L], NORDBY),
      one(['person', 'add', '--name', '<script>Eve</script>', '--title', '=SUM(A1)', '--organisation', 'org-a', '--phone', '31313131', ...L], { 'roster.yaml': 'hostile.yaml' }),
      one(['person', 'set', 'ida-berg', '--phone', '61 23 45 99', '--title', 'Leder', ...L], NORDBY),
      one(['person', 'set', 'ida-berg', '--email', 'ida@nordby.dk', '--dry-run', ...L], NORDBY),
      one(['person', 'set', 'ingen', '--name', 'X', ...L], NORDBY),
      one(['person', 'set', 'ida-berg', ...L], NORDBY),
      one(['person', 'remove', 'omar-bakr', ...L], NORDBY),
      one(['person', 'remove', 'ida-berg', '--replace-with', 'karl-vinther', ...L], NORDBY),
      one(['person', 'remove', 'lasse-bonde', '--dry-run', ...L], RANDERS),
      one(['member', 'add', 'omar-bakr', ...L], NORDBY),
      one(['member', 'add', 'karl-vinther', '--substitute', 'ida-berg', '--dry-run', ...L], NORDBY),
      one(['member', 'remove', 'ida-berg', ...L], NORDBY),
      one(['member', 'remove', 'sara-holm', '--dry-run', ...L], NORDBY),
      one(['member', 'replace', 'ida-berg', '--name', 'Jens Juul', '--phone', '61234580', '--title', 'Boligsocial leder', ...L], NORDBY),
      one(['member', 'replace', 'louise-hou-kragh', '--name', 'Lise Lund', '--phone', '42148600', '--rewrite-text', ...L], RANDERS),
      one(['member', 'replace', 'ida-berg', '--name', 'Jens Juul', '--phone', '61234580', '--id', 'jens', '--email', 'j@n.dk', '--dry-run', ...L], NORDBY),
      one(['substitute', 'set', 'ida-berg', 'omar-bakr', ...L], NORDBY),
      one(['substitute', 'set', 'ida-berg', 'karl-vinther', '--in-chain', ...L], NORDBY),
      one(['substitute', 'set', 'sara-holm', 'ida-berg', '--in-chain', '--dry-run', ...L], NORDBY),
      one(['organisation', 'add', '--name', 'Nordby Brand & Redning', ...L], NORDBY),
      one(['organisation', 'add', '--name', 'Nordby Skole', '--id', 'skolen', '--dry-run', ...L], NORDBY),
      one(['organisation', 'set', 'nordby-boliger', '--name', 'Nordby Boligselskab', ...L], NORDBY),
      one(['organisation', 'remove', 'nordby-boliger', ...L], NORDBY),
      one(['organisation', 'add', '--name', 'Tom', '--id', 'tom', ...L], NORDBY, {
        after: [['organisation', 'remove', 'tom', ...L]],
      }),
      one(['text', 'set', 'formaal', '--file', S('formaal.txt'), ...L], RANDERS),
      one(['text', 'set', 'formaal', '--file', S('formaal.txt'), '--dry-run', ...L], RANDERS),
      one(['text', 'set', 'formaal', '--file', '-', ...L], RANDERS, { stdin: readShared('purpose-en.txt') }),
      one(['text', 'set', 'ingen', '--file', S('formaal.txt'), ...L], RANDERS),
      one(['text', 'set', 'formaal', '--file', S('text-empty.txt'), ...L], RANDERS),
      one(['chain', 'add', 'brand', '--title', 'Ring til brandvæsenet', '--purpose', 'Brand', '--contacts', 'vagtchef', ...L], NORDBY),
      one(['chain', 'set', 'politi', '--contacts', 'omar-bakr,sara-holm,vagtchef', ...L], NORDBY),
      one(['chain', 'set', 'koordinator', '--title', 'Ring til Mette', '--purpose', 'Mette indkalder', '--dry-run', ...L], NORDBY),
      one(['chain', 'insert', 'koordinator', 'ida-berg', '--after', 'mette-lund', ...L], NORDBY),
      one(['chain', 'insert', 'politi', 'ida-berg', '--before', 'vagtchef', '--dry-run', ...L], NORDBY),
      one(['chain', 'remove', 'politi', 'omar-bakr', ...L], NORDBY),
      one(['chain', 'remove', 'koordinator', ...L], NORDBY),
      one(['chain', 'insert', 'politi', 'ingen', ...L], NORDBY),
      one(['hotline', 'add', '--name', 'Kommunens døgnvagt', '--organisation', 'nordby-kommune', '--phone', '76810000', ...L], NORDBY),
      one(['hotline', 'add', '--name', 'Vagt', '--organisation', 'nordby-kommune', '--phone', '112', '--id', 'vagt', '--dry-run', ...L], NORDBY),
      one(['hotline', 'set', 'vagtchef', '--phone', '87 31 14 48', '--name', 'Vagtchefen', ...L], NORDBY),
      one(['hotline', 'remove', 'vagtchef', ...L], NORDBY),
      one(['signatory', 'add', 'ida-berg', ...L], NORDBY),
      one(['signatory', 'add', 'sara-holm', '--title', 'Politikommissær', '--organisation', 'Nordjyllands Politi', '--dry-run', ...L], NORDBY),
      one(['signatory', 'remove', 'camilla-nielsen', ...L], RANDERS),
      one(['signatory', 'move', 'louise-hou-kragh', '--to', '1', ...L], RANDERS),
      one(['signatory', 'move', 'louise-hou-kragh', '--to', 'først', ...L], RANDERS),
      one(['press', 'add', 'ida-berg', ...L], NORDBY),
      one(['press', 'remove', 'mette-lund', '--dry-run', ...L], NORDBY),
      one(['press', 'set', '--responsible', 'nordby-kommune,nordjyllands-politi', ...L], NORDBY),
      one(['inform', 'add', '--by', 'mette-lund', '--informs', 'informerer skolen', '--when', 'når gruppen har mødtes', ...L], NORDBY),
      one(['inform', 'add', '--by', 'ida-berg', '--informs', 'informerer driften', '--with', 'nordby-boliger', '--id', 'drift', '--dry-run', ...L], NORDBY),
      one(['inform', 'set', 'beboere', '--informs', 'informerer alle beboere', '--by', 'ida-berg,mette-lund', ...L], NORDBY),
      one(['inform', 'remove', 'beboere', ...L], NORDBY),
      one(['adhoc', 'add', 'Skolen', ...L], NORDBY),
      one(['adhoc', 'add', '--ref', 'vagtchef', '--dry-run', ...L], NORDBY),
      one(['adhoc', 'remove', '1', ...L], NORDBY),
      one(['adhoc', 'remove', 'Nordby Brand & Redning', '--dry-run', ...L], NORDBY),
      one(['calendar', 'set', '--workday-ends', '16:00', '--days-off', 'christmas-eve,may-day', ...L], NORDBY),
      one(['calendar', 'set', '--days-off', 'juleaften', ...L], NORDBY),
      one(['calendar', 'set', '--workday-ends', '15:30', '--dry-run', ...L], NORDBY),
      one(['level', 'set', 'red', '--hours', '6', ...L], NORDBY),
      one(['level', 'set', 'gul', '--working-days', '1', '--dry-run', ...L], NORDBY),
      one(['level', 'set', 'red', '--hours', 'mange', ...L], NORDBY),
      one(['plan', 'set', '--title', 'Beredskabsplan for Nordby 2027-2031', '--start', '2027-01-01', '--end', '2031-12-31', ...L], NORDBY),
      one(['plan', 'set', '--municipality', 'Nordby Byråd', '--area', 'Nordby Øst', '--area', 'Nordby Vest', '--commission', 'Vedtaget 2027.', '--dry-run', ...L], NORDBY),
      one(['plan', 'set', '--start', '2031-01-01', '--end', '2030-01-01', ...L], NORDBY),
      one(['sign', 'mette-lund', '--date', '2026-11-27', ...L], NORDBY),
      one(['sign', 'claus-hansen', '--date', '2026-11-27', '--dry-run', ...L], RANDERS),
      one(['sign', 'ida-berg', '--date', '2026-11-27', ...L], NORDBY),
      one(['approve', '--by', 'Landsbyggefonden', '--date', '2026-11-27', '--reference', 'LBF 2026-17', ...L], NORDBY),
      one(['approve', '--by', 'Landsbyggefonden', '--date', '2026-11-27', '--dry-run', ...L], RANDERS),
      seq(
        NORDBY,
        ['sign', 'mette-lund', '--date', '2026-11-20', ...L],
        ['approve', '--by', 'Landsbyggefonden', '--date', '2026-11-25', ...L],
        ['status', '--today', '2026-11-27', ...L],
        ['person', 'set', 'ida-berg', '--phone', '61234590', ...L],
        ['status', '--today', '2026-11-27', ...L],
        ['list', 'signatories', ...L],
      ),
      // Edits that must keep the roster's mode, and refuse where they cannot write.
      one(['person', 'set', 'ida-berg', '--phone', '61234599', ...L], NORDBY, { modes: { 'roster.yaml': 0o600 } }),
      one(['person', 'set', 'ida-berg', '--phone', '61234599', ...L], NORDBY, { modes: { 'roster.yaml': 0o640 } }),
      one(['person', 'set', 'ida-berg', '--phone', '61234599', '--roster', S('broken/ref.yaml'), ...L]),
      one(['person', 'set', 'ida-berg', '--phone', '61234599', ...L], { 'roster.yaml': 'broken/syntax.yaml' }),
    );
    // Usage errors.
    add(
      one(['aktiver', ...L]),
      one(['activate', '--niveau', 'red', ...L]),
      one(['contacts', '--format', ...L]),
      one(['person', ...L]),
      one(['person', 'flyt', ...L]),
      one(['log', 'start', ...L]),
      one(['chain', 'insert', 'politi', ...L]),
      one(['sign', ...L]),
      one(['status', '--today', ...L]),
      one(['--roster', 'findes-ikke.yaml', 'contacts', ...L]),
      one(['--roster', '', 'contacts', ...L]),
    );
    // Help, in both languages.
    for (const cmd of [[], ['activate'], ['invite'], ['log'], ['log', 'start'], ['person', 'add'], ['plan', 'set'], ['lint'], ['import'], ['drill']])
      add(one([...cmd, '--help', ...L]));
  }
  add(one(['--lang', 'fr', 'contacts']), one(['schema']), one(['--help']), one(['--version']), one(['help', 'contacts']), one(['contacts'], {}, { env: { BEREDSKAB_LANG: 'en' } }));
  add(one(['contacts'], {}, { env: { BEREDSKAB_ROSTER: S('nordby.yaml') } }), one(['log', 'list'], NORDBY, { env: { BEREDSKAB_JOURNAL: '' } }));
  return list;
}

// ---------------------------------------------------------------------------------------------------------------
// Recording.

let SHARED = '';
const sharedCache = {};
function readShared(name) {
  return (sharedCache[name] ??= (SHARED_FILES[name] ?? (() => ''))());
}

async function makeShared(dir) {
  mkdirSync(join(dir, 'broken'));
  for (const name of Object.keys(SHARED_FILES)) writeFileSync(join(dir, name), readShared(name));
  for (const [name, content] of Object.entries(brokenRosters())) writeFileSync(join(dir, 'broken', name), content);
  writeFileSync(join(dir, 'randers.docx'), await wordPlan(readFileSync(join(FIXTURES, 'import/beredskabsplan-randers-2025-2029.md'), 'utf8')));
}

const MONTHS_DA = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS_DA = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Replacements for today's date and the clock (see the top of the file), for today in Copenhagen and in UTC. */
function clockPatterns(now = new Date()) {
  const days = new Set();
  for (const timeZone of ['Europe/Copenhagen', 'UTC']) days.add(new Intl.DateTimeFormat('en-CA', { timeZone }).format(now));
  const out = [];
  for (const iso of days) {
    const [y, m, d] = iso.split('-').map(Number);
    const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    out.push(
      [new RegExp(`${iso}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?`, 'g'), '<now>'],
      [new RegExp(`${iso.replace(/-/g, '')}T\\d{6}Z?`, 'g'), '<now>'],
      [new RegExp(`(?<![\\d-])${iso}(?![\\d])`, 'g'), '<today>'],
      [new RegExp(`(?:${DAYS_DA[weekday]} den )?(?<!\\d)${d}\\. ${MONTHS_DA[m - 1]} ${y}`, 'gi'), '<today>'],
      [new RegExp(`(?:${DAYS_EN[weekday]},? )?(?<!\\d)${d} ${MONTHS_EN[m - 1]} ${y}`, 'g'), '<today>'],
      [new RegExp(`(?:${DAYS_EN[weekday]},? )?${MONTHS_EN[m - 1]} ${d}, ${y}`, 'g'), '<today>'],
    );
  }
  // The clock's time of day after today's date: "<today> kl. 21.40", "<today> at 21:40".
  out.push([/<today>,? (?:kl\.|at) \d{1,2}[.:]\d{2}/g, '<now>']);
  return out;
}

const ACTIVATION_ID = /(\d{4}-\d{2}-\d{2}T\d{4}-(?:green|yellow|red)(?:-drill)?)-[0-9a-f]{4}(?![0-9a-f])/g;

function cleaner(caseDir, binRoot, clock) {
  return (s) => {
    let t = s.split(caseDir).join('<scratch>').split(SHARED).join('<shared>').split(binRoot).join('<root>').split(root).join('<root>');
    t = t.replace(ACTIVATION_ID, '$1-<rnd>');
    for (const [re, to] of clock) t = t.replace(re, to);
    return t;
  };
}

const sha = (b) => createHash('sha256').update(b).digest('hex');
const EXCLUDED = new Set(['.home', '.git']);

/** Every file and folder under dir (except the excluded ones): relative path → { mode, dir?, bytes? }. */
function snapshot(dir) {
  const out = new Map();
  const walk = (rel) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      if (!rel && EXCLUDED.has(name)) continue;
      const r = rel ? `${rel}/${name}` : name;
      const st = lstatSync(join(dir, r));
      const mode = (st.mode & 0o7777).toString(8);
      if (st.isDirectory()) {
        out.set(`${r}/`, { mode, dir: true });
        walk(r);
      } else if (st.isFile()) out.set(r, { mode, bytes: readFileSync(join(dir, r)) });
      else out.set(r, { mode, other: true });
    }
  };
  walk('');
  return out;
}

/** The entries of a zip file (a .docx): name → inflated content. */
function unzip(buf) {
  const entries = [];
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) return undefined;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) return undefined;
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataAt, dataAt + compressed);
    entries.push({ name, content: method === 0 ? raw : inflateRawSync(raw) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function isText(b) {
  if (b.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

/** A zip (a .docx) as its entries and the sha256 of each one's content, normalised where it is text. */
function zipEntries(b, clean) {
  const zip = b.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')) ? unzip(b) : undefined;
  return zip?.map((e) => ({ name: e.name, sha256: sha(isText(e.content) ? clean(e.content.toString('utf8')) : e.content) }));
}

function describe(path, entry, clean) {
  if (/(^|\/)[0-9a-f]{64}\.json$/.test(path)) return { path: clean(path), mode: entry.mode, cache: true };
  if (entry.dir) return { path: clean(path), mode: entry.mode, dir: true };
  if (entry.other) return { path: clean(path), mode: entry.mode, special: true };
  const b = entry.bytes;
  const docx = path.endsWith('.docx') ? zipEntries(b, clean) : undefined;
  if (docx) return { path: clean(path), mode: entry.mode, docx };
  if (isText(b)) return { path: clean(path), mode: entry.mode, content: clean(b.toString('utf8')) };
  return { path: clean(path), mode: entry.mode, size: b.length, sha256: sha(b) };
}

function changes(before, after, clean) {
  const files = [];
  for (const [path, entry] of after) {
    const old = before.get(path);
    const same = old && old.mode === entry.mode && !!old.dir === !!entry.dir && (entry.dir || entry.other || (old.bytes && old.bytes.equals(entry.bytes)));
    if (!same) files.push(describe(path, entry, clean));
  }
  for (const path of before.keys()) if (!after.has(path)) files.push({ path: clean(path), removed: true });
  return files;
}

function run(bin, args, { cwd, env, stdin }) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.stdin.on('error', () => {});
    child.stdin.end(stdin ?? '');
    child.on('close', (code, signal) => done({ code: code ?? signal, stdout: Buffer.concat(out), stderr: Buffer.concat(err) }));
  });
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'compare',
  GIT_AUTHOR_EMAIL: 'compare@example.invalid',
  GIT_COMMITTER_NAME: 'compare',
  GIT_COMMITTER_EMAIL: 'compare@example.invalid',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
};

function prepare(c, dir, env) {
  mkdirSync(dir);
  mkdirSync(join(dir, '.home/.cache'), { recursive: true });
  for (const [name, source] of Object.entries(c.files)) {
    writeFileSync(join(dir, name), typeof source === 'string' ? readFileSync(join(SHARED, source)) : source.text, { mode: 0o644 });
    chmodSync(join(dir, name), c.modes?.[name] ?? 0o644);
  }
  for (const d of c.mkdir ?? []) mkdirSync(join(dir, d), { mode: 0o700 });
  if (c.git) {
    const git = (...a) => {
      const r = spawnSync('git', a, { cwd: dir, env: { ...env, ...GIT_ENV }, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`git ${a.join(' ')}: ${r.stderr}`);
    };
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'plan');
    const [from, to] = c.git.change;
    if (from) {
      const file = join(dir, 'roster.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
    }
  }
}

async function record(bin, out, extraEnv) {
  const base = mkdtempSync(join(tmpdir(), 'beredskab-compare-'));
  SHARED = join(base, 'shared');
  mkdirSync(SHARED);
  process.umask(0o022);
  await makeShared(SHARED);
  const binRoot = dirname(dirname(bin));
  const clock = clockPatterns();
  const list = cases().map((c) => {
    // Options given beside the files of a case (one(args, files, extra)) sit on its first step; move those that
    // describe the case.
    const [first] = c.steps;
    const steps = c.steps.map((s) => ({ ...s }));
    for (const k of ['modes', 'mkdir', 'git']) if (first[k] !== undefined) c[k] = first[k];
    if (first.after) steps.push(...first.after.map((args) => ({ args })));
    return { ...c, steps };
  });
  const results = [];
  let next = 0;
  const started = Date.now();
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= list.length) return;
      const c = list[i];
      const dir = join(base, `c${String(i).padStart(3, '0')}`);
      const env = {
        PATH: process.env.PATH,
        NO_COLOR: '1',
        TZ: 'UTC',
        HOME: join(dir, '.home'),
        XDG_CACHE_HOME: join(dir, '.home/.cache'),
        NODE_PATH: join(root, 'node_modules'),
        ...extraEnv,
      };
      prepare(c, dir, env);
      const clean = cleaner(dir, binRoot, clock);
      const rows = [];
      let id = '';
      for (const step of c.steps) {
        const args = step.args.map((a) => a.split('<shared>').join(SHARED).split('{id}').join(id));
        const before = snapshot(dir);
        const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, v.split('<shared>').join(SHARED)]));
        const r = await run(bin, args, { cwd: dir, env: { ...env, ...stepEnv }, stdin: step.stdin });
        const docx = zipEntries(r.stdout, clean);
        const stdout = docx ? `<zip>\n${docx.map((e) => `${e.sha256}  ${e.name}`).join('\n')}\n` : r.stdout.toString('utf8');
        const stderr = r.stderr.toString('utf8');
        const ids = `${stdout}\n${stderr}`.match(ACTIVATION_ID);
        if (ids) id = ids[ids.length - 1];
        rows.push({
          args: step.args,
          ...(step.env ? { env: step.env } : {}),
          ...(step.stdin !== undefined ? { stdin: clean(String(step.stdin)) } : {}),
          code: r.code,
          stdout: clean(stdout),
          stderr: clean(stderr),
          files: changes(before, snapshot(dir), clean),
        });
      }
      results[i] = rows;
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const jobs = Math.max(1, Number(process.env.COMPARE_JOBS) || 2);
  await Promise.all(Array.from({ length: jobs }, worker));
  rmSync(base, { recursive: true, force: true });
  const flat = results.flatMap((rows, i) => rows.map((r, j) => ({ case: i, step: j, ...r })));
  writeFileSync(out, `${JSON.stringify(flat, null, 1)}\n`);
  console.log(`${flat.length} commands in ${list.length} cases recorded in ${out} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// ---------------------------------------------------------------------------------------------------------------

function diff(a, b) {
  const before = JSON.parse(readFileSync(a, 'utf8'));
  const after = JSON.parse(readFileSync(b, 'utf8'));
  let same = 0;
  const show = (v) => (typeof v === 'string' ? v : JSON.stringify(v, null, 1));
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const x = before[i];
    const y = after[i];
    if (!x || !y) {
      console.log(`\n## command ${i + 1} only in ${x ? a : b}: beredskab ${(x ?? y).args.join(' ')}`);
      continue;
    }
    const parts = ['args', 'code', 'stdout', 'stderr', 'files'].filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]));
    if (parts.length === 0) {
      same++;
      continue;
    }
    console.log(`\n## ${i + 1}. beredskab ${x.args.join(' ')}  (differs in ${parts.join(', ')})`);
    for (const k of parts) console.log(`--- ${k} before:\n${show(x[k])}\n+++ ${k} after:\n${show(y[k])}`);
  }
  console.log(`\n${same} of ${Math.max(before.length, after.length)} commands identical`);
}

const [mode, a, b, ...extra] = process.argv.slice(2);
const extraEnv = Object.fromEntries(extra.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
if (mode === 'record' && a && b) await record(resolve(a), b, extraEnv);
else if (mode === 'diff' && a && b) diff(a, b);
else {
  console.error('usage: node scripts/compare.mjs record BIN OUT.json [NAME=VALUE …] | diff BEFORE.json AFTER.json');
  process.exit(2);
}
