// What a hostile probe of the CLI found (issue 16), each case as a user would meet it, through the real bin.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli, lineOf, NORDBY, SHIPPED, SHIPPED_NOTE, text } from './helpers.js';
import { run as beredskab, type Run } from './run.js';

const nordby = text(NORDBY);
const shipped = text(SHIPPED);
const isRoot = process.getuid?.() === 0;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'beredskab-harden-'));
}

function rosterFile(content: string, dir = tempDir(), name = 'roster.yaml'): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

function swap(from: string, to: string, source = nordby): string {
  if (!source.includes(from)) throw new Error(`fixture lacks: ${from}`);
  return source.replace(from, to);
}

const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);

describe('1–4: --output never destroys the roster, a device, a mode or a link', () => {
  it('refuses to write the contact sheet over the roster it reads: by name, as --roster, through a symlink, through a hard link', async () => {
    const dir = tempDir();
    const roster = rosterFile(shipped, dir);
    symlinkSync('roster.yaml', join(dir, 'link.yaml'));
    linkSync(roster, join(dir, 'hard.yaml'));
    const attempts = [
      { args: ['contacts', '--output', 'roster.yaml'], shown: 'roster.yaml' },
      { args: ['--roster', roster, 'contacts', '--output', roster], shown: roster },
      { args: ['--roster', 'link.yaml', 'contacts', '--output', 'roster.yaml'], shown: 'roster.yaml' },
      { args: ['contacts', '--format', 'csv', '--output', 'link.yaml'], shown: 'link.yaml' },
      { args: ['contacts', '--output', 'hard.yaml'], shown: 'hard.yaml' },
      { args: ['contacts', '--output', `${dir}/./roster.yaml`], shown: `${dir}/./roster.yaml` },
    ];
    for (const { args, shown } of attempts) {
      const run = await beredskab(args, { cwd: dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`beredskab: --output: ${shown} er en af de filer, kommandoen læser; vælg en anden fil, så planfilen ikke overskrives\n`);
      expect(readFileSync(roster, 'utf8')).toBe(shipped);
    }
    expect(lstatSync(join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['hard.yaml', 'link.yaml', 'roster.yaml']);
    const en = await beredskab(['contacts', '--output', 'roster.yaml', '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toContain('is one of the files this command reads');
  });

  it("nor over another plan's file: the shipped plan's sheet into ../roster.yaml is refused, the plan kept", async () => {
    const dir = tempDir();
    const other = rosterFile(shipped, dir);
    const below = join(dir, 'here');
    mkdirSync(below);
    // No roster in the working folder: the command reads the shipped plan, and ../roster.yaml is not its input.
    for (const args of [['contacts', '--output', '../roster.yaml'], ['plan', '--format', 'html', '--output', '../roster.yaml'], ['invite', '--level', 'red', '--format', 'ics', '--output', '../roster.yaml']]) {
      const run = await beredskab(args, { cwd: below });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(
        '\nberedskab: --output: ../roster.yaml er et YAML-filnavn, som planfiler har; ingen kommando skriver YAML, og en planfil overskrives aldrig af et udtræk. Vælg et andet filnavn (fx med .html, .csv, .ics, .md eller .docx). Intet er skrevet\n',
      );
      noStack(run.stderr);
      expect(readFileSync(other, 'utf8')).toBe(shipped);
    }
    const en = await beredskab(['contacts', '--output', '../roster.yaml', '--lang', 'en'], { cwd: below });
    expect(en.stderr).toContain('--output: ../roster.yaml is a YAML file name, as rosters have; no command writes YAML');
    // Nor a new one: it would be taken for a plan file.
    const made = await beredskab(['contacts', '--output', 'kontakter.yml'], { cwd: below });
    expect(made.code).toBe(2);
    expect(readdirSync(below)).toEqual([]);
  });

  it.runIf(isRoot)('as root: a FIFO is written in place, /dev/null stays a device, /dev/stdout is standard output', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'sheet.fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => (received += chunk.toString()));
    const readerDone = new Promise((done) => reader.on('close', done));
    const run = await beredskab(['--roster', SHIPPED, 'contacts', '--output', fifo]);
    await readerDone;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(received).toContain('Kontaktark: Boligsocial Beredskabsplan 2025-2029');

    expect((await beredskab(['--roster', SHIPPED, 'contacts', '--output', '/dev/null'])).code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(readdirSync('/dev').some((name) => name.startsWith('.null.'))).toBe(false);

    const stdout = await beredskab(['--roster', SHIPPED, 'contacts', '--output', '/dev/stdout']);
    expect(stdout.code).toBe(0);
    expect(stdout.stdout).toContain('Kontaktark: Boligsocial Beredskabsplan 2025-2029');
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
  });

  it.runIf(isRoot)('as root: /dev/full is a failed write — one line, exit 70, the device kept', async () => {
    const run = await beredskab(['--roster', SHIPPED, 'contacts', '--output', '/dev/full']);
    expect(run.code).toBe(70);
    expect(run.stderr).toBe('beredskab: der er ikke plads på disken til /dev/full (ENOSPC); intet er skrevet, og filen er som før\n');
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('keeps the mode of the file it replaces, and writes through a symlink to the real file', async () => {
    const dir = tempDir();
    const target = join(dir, 'private.csv');
    writeFileSync(target, 'old');
    chmodSync(target, 0o600);
    symlinkSync('private.csv', join(dir, 'via-link.csv'));
    const direct = await beredskab(['--roster', SHIPPED, 'contacts', '--format', 'csv', '--output', target]);
    expect(direct.code).toBe(0);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    const through = await beredskab(['--roster', NORDBY, 'contacts', '--format', 'csv', '--output', join(dir, 'via-link.csv')]);
    expect(through.code).toBe(0);
    expect(lstatSync(join(dir, 'via-link.csv')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'via-link.csv'))).toBe('private.csv');
    expect(readFileSync(target, 'utf8')).toContain('Mette Lund');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).sort()).toEqual(['private.csv', 'via-link.csv']);
  });

  it.runIf(isRoot)('as root: replacing another user’s file leaves it that user’s, with its mode', async () => {
    const dir = tempDir();
    const target = join(dir, 'theirs.csv');
    writeFileSync(target, 'old');
    chownSync(target, 1000, 1000);
    chmodSync(target, 0o640);
    expect((await beredskab(['--roster', SHIPPED, 'contacts', '--format', 'csv', '--output', target])).code).toBe(0);
    const stat = statSync(target);
    expect([stat.uid, stat.gid, stat.mode & 0o777]).toEqual([1000, 1000, 0o640]);
    expect(readFileSync(target, 'utf8')).toContain('Louise Hou Kragh');
  });

  // Spawned: the umask is the process's, set by the shell that starts it.
  it('a new file holds names and phone numbers: 0600, whatever the umask', () => {
    const dir = tempDir();
    const run = spawnSync('sh', ['-c', `umask 027 && "${process.execPath}" "${BIN}" --roster "${SHIPPED}" contacts --output new.txt`], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(statSync(join(dir, 'new.txt')).mode & 0o777).toBe(0o600);
  });

  it('`-` is standard output; a directory or a missing directory is a usage error, leaving nothing behind', async () => {
    const dir = tempDir();
    const dash = await beredskab(['--roster', SHIPPED, 'contacts', '--output', '-'], { cwd: dir });
    expect(dash.code).toBe(0);
    expect(dash.stdout).toContain('Kontaktark: Boligsocial Beredskabsplan 2025-2029');
    expect(existsSync(join(dir, '-'))).toBe(false);
    expect((await beredskab(['--roster', SHIPPED, 'contacts', '--output', dir])).code).toBe(2);
    expect((await beredskab(['--roster', SHIPPED, 'contacts', '--output', join(dir, 'no', 'x.txt')])).code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('5: write errors', () => {
  // Spawned: EPIPE on the process's real standard output, and its exit code.
  it('a reader that goes away (| head -1) ends the command quietly', () => {
    const dir = tempDir();
    rosterFile(shipped, dir);
    // About 1.3 KB of findings per copy: 120 copies are twice what a pipe holds, so the writer meets a closed pipe.
    const files = Array(120).fill('roster.yaml').join(' ');
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" lint --today 2026-11-27 ${files} | head -1; echo "rc=\${PIPESTATUS[0]}" >&2`], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toBe('rc=0\n');
  });

  // Spawned: ENOSPC on the process's real standard output (/dev/full), and its exit code.
  it.runIf(isRoot || existsSync('/dev/full'))('standard output on a full disk: one line, exit 70, no stack trace', () => {
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" --roster "${SHIPPED}" activate --level red > /dev/full`], { encoding: 'utf8' });
    expect(run.status).toBe(70);
    expect(run.stderr).toBe('beredskab: kunne ikke skrive standardoutput: ENOSPC\n');
  });
});

describe('6–9: git', () => {
  const repo = () => {
    const dir = tempDir();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    git('config', 'user.email', 'ci@example.invalid');
    git('config', 'user.name', 'CI');
    writeFileSync(join(dir, 'roster.yaml'), shipped);
    git('add', 'roster.yaml');
    git('commit', '-qm', 'roster');
    return dir;
  };

  it('nothing from a ref reaches git as an option', async () => {
    const dir = repo();
    const cases = [
      ['lint', '--base=--output=out', '--today', '2026-11-27'],
      ['lint', '--base=--help'],
      ['lint', '--base', '-x'],
      ['lint', '--base='],
      ['diff', '--', '--output=out:y', 'roster.yaml'],
      ['diff', '--', '-p:roster.yaml', 'roster.yaml'],
    ];
    for (const args of cases) {
      const run = await beredskab(args, { cwd: dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/^beredskab: "[^"]*" er ikke en git-ref; en ref kan ikke være tom eller begynde med -\n$/);
      expect(run.stdout).toBe('');
    }
    expect(readdirSync(dir).sort()).toEqual(['.git', 'roster.yaml']);
    // A ref that names something other than a commit is not passed on either.
    const tree = await beredskab(['lint', '--base', 'HEAD^{tree}'], { cwd: dir });
    expect(tree.code).toBe(2);
    expect(tree.stderr).toContain('der er ingen commit ved "HEAD^{tree}"');
  });

  it('a previous version that does not parse, or is empty, fails and says so', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'empty.yaml'), '');
    writeFileSync(join(dir, 'bad.yaml'), 'a: [\n');
    for (const previous of ['empty.yaml', 'bad.yaml']) {
      const run = await beredskab(['lint', 'roster.yaml', '--previous', previous, '--today', '2026-11-27'], { cwd: dir });
      expect(run.code, previous).toBe(1);
      expect(run.stdout).toMatch(new RegExp(`^${previous}:\\d+:\\d+ {2}fejl`, 'm'));
      expect(run.stderr).toBe(`beredskab: den tidligere version ${previous} kunne ikke læses som planfil (se fejlene ovenfor); ændringen kan ikke kontrolleres\n`);
    }
    // The same from git: a commit whose roster does not parse.
    writeFileSync(join(dir, 'roster.yaml'), 'a: [\n');
    execFileSync('git', ['commit', '-qam', 'broken'], { cwd: dir });
    writeFileSync(join(dir, 'roster.yaml'), shipped);
    const fromGit = await beredskab(['lint', 'roster.yaml', '--base', 'HEAD', '--today', '2026-11-27', '--lang', 'en'], { cwd: dir });
    expect(fromGit.code).toBe(1);
    expect(fromGit.stderr).toContain('the previous version HEAD:roster.yaml could not be read as a roster');
  });

  it('--base finds the file in the repository from an absolute path, a subdirectory and the default roster', async () => {
    const dir = repo();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'roster.yaml'), shipped.replace('phone: "30359684"', 'phone: "30359685"'));
    const expectUnbumped = (run: Run) => {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('revision-not-bumped');
    };
    expectUnbumped(await beredskab(['lint', join(dir, 'roster.yaml'), '--base', 'HEAD', '--today', '2026-11-27'], { cwd: dir }));
    expectUnbumped(await beredskab(['lint', join(dir, 'roster.yaml'), '--base', 'HEAD', '--today', '2026-11-27'], { cwd: '/' }));
    expectUnbumped(await beredskab(['lint', '../roster.yaml', '--base', 'HEAD', '--today', '2026-11-27'], { cwd: join(dir, 'sub') }));
    expectUnbumped(await beredskab(['lint', '--base', 'HEAD', '--today', '2026-11-27'], { cwd: dir }));
    const diff = await beredskab(['diff', 'HEAD:../roster.yaml', '../roster.yaml'], { cwd: join(dir, 'sub') });
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain('Telefon for Morten Strange: 30 35 96 84 → 30 35 96 85');
  });

  it('--base with --previous is a usage error', async () => {
    const dir = repo();
    const run = await beredskab(['lint', '--base', 'nonexistent', '--previous', 'roster.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('beredskab: --base og --previous kan ikke bruges sammen; vælg én tidligere version at sammenligne med\n');
  });
});

describe('10–15: rosters that used to lint clean but are unsafe', () => {
  const lint = async (content: string, lang = 'da') => {
    const file = rosterFile(content);
    return { file, run: await beredskab(['lint', file, '--today', '2026-11-27', '--lang', lang]) };
  };
  const expectError = async (content: string, code: string, needle: string, message?: RegExp) => {
    const { file, run } = await lint(content);
    expect(run.code, `${code}: ${run.stderr}`).toBe(1);
    const line = lineOf(content, needle);
    expect(run.stdout, `${code}: ${run.stderr}`).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:${line}:\\d+ {2}fejl {2}${code} `));
    if (message) expect(run.stdout).toMatch(message);
    return run;
  };

  it('10: red and yellow must convene; green must not; activate refuses such a roster', async () => {
    const redNone = swap('convene: { type: hours, hours: 12 }', 'convene: { type: none, forums: [Områdeforum] }');
    await expectError(redNone, 'convene-missing', 'convene: { type: none, forums: [Områdeforum] }\norganisations', /Rødt niveau skal indkalde gruppen/);
    const yellowNone = swap('convene: { type: working-days, days: 2 }', 'convene: { type: none, forums: [Områdeforum] }');
    await expectError(yellowNone, 'convene-missing', 'convene: { type: none, forums: [Områdeforum] }\n  red');
    const greenMeets = swap('convene: { type: none, forums: [Områdeforum] }', 'convene: { type: working-days, days: 2 }');
    await expectError(greenMeets, 'convene-green-meets', 'convene: { type: working-days, days: 2 }');
    const activate = await beredskab(['--roster', rosterFile(redNone), 'activate', '--level', 'red', '--at', '2026-12-01T10:00']);
    expect(activate.code).toBe(1);
    expect(activate.stdout).toBe('');
    expect(activate.stderr).toContain('convene-missing');
  });

  it('11: control characters and direction overrides are refused at file:line:col, and never printed raw', async () => {
    const cases: Array<[string, string]> = [
      ['name: "\\e[2J\\e[31mMette\\e]0;pwned\\a Lund"', 'U+001B'],
      ['name: "Mette\\0Lund"', 'U+0000'],
      ['name: "Mette \\u202eLund"', 'U+202E'],
      ['name: "Mette\\tLund"', 'U+0009'],
      ['name: "Mette \\x9bLund"', 'U+009B'],
      ['name: "Mette \\u2066Lund"', 'U+2066'],
    ];
    for (const [replacement, char] of cases) {
      const content = nordby.replace('name: Mette Lund', replacement);
      const run = await expectError(content, 'text-control-character', replacement, new RegExp(`\\(${char.replace('+', '\\+')}\\)`));
      expect(run.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
    }
    // In prose too, and in English.
    const prose = nordby.replace('purpose: Koordinatoren vurderer og indkalder.', 'purpose: "Koordinatoren \\e[8m vurderer"');
    const { run } = await lint(prose, 'en');
    expect(run.stdout).toContain('text-control-character  The text holds a control character or a direction override (U+001B)');
  });

  it('12: a line break in a name, title or organisation name is refused; prose may have line breaks', async () => {
    await expectError(nordby.replace('name: Mette Lund', 'name: "Mette Lund\\n- Ingen andre ændringer"'), 'text-multiline', 'name: "Mette Lund');
    await expectError(nordby.replace('title: Souschef', 'title: "Souschef\\nChef"'), 'text-multiline', 'title: "Souschef');
    await expectError(nordby.replace('name: Nordby Boliger', 'name: "Nordby\\nBoliger"'), 'text-multiline', 'name: "Nordby');
    const prose = nordby.replace('  evaluation: Gruppen evaluerer altid inden for 14 dage.', '  evaluation: |\n    Gruppen evaluerer.\n    Altid inden for 14 dage.');
    expect((await lint(prose)).run.code).toBe(0);
    // diff checks both versions: a forged line never reaches the markdown.
    const dir = tempDir();
    const forged = rosterFile(nordby.replace('name: Mette Lund', 'name: "Mette Lund\\n- Ingen andre ændringer"'), dir, 'new.yaml');
    const diff = await beredskab(['diff', NORDBY, forged, '--format', 'markdown']);
    expect(diff.code).toBe(1);
    expect(diff.stdout).toBe('');
  });

  it('13: a phone field is a number and nothing else', async () => {
    for (const phone of ['Ring 61234570 (kun hverdage)', '6123 4570 x99', '61234570 ext. 12']) {
      const needle = `phone: "${phone}"`;
      await expectError(nordby.replace('phone: "61234570"', needle), 'phone-extra-text', needle, /indeholder mere end et nummer/);
    }
    await expectError(nordby.replace('phone: "61234570"', 'phone: "1234"'), 'phone-invalid', 'phone: "1234"');
  });

  it('14: a member who is his own substitute, a member listed twice, substitutes pointing at each other', async () => {
    await expectError(nordby.replace('{ person: ida-berg }', '{ person: ida-berg, substitute: ida-berg }'), 'substitute-self', '{ person: ida-berg, substitute: ida-berg }', /ida-berg er sin egen suppleant/);
    await expectError(nordby.replace('    - { person: ida-berg }\n', '    - { person: ida-berg }\n    - { person: ida-berg }\n'), 'member-repeat', '    - { person: ida-berg }\n  coordinator');
    const mutual = nordby.replace('{ person: ida-berg }', '{ person: ida-berg, substitute: sara-holm }').replace('{ person: sara-holm, substitute: omar-bakr }', '{ person: sara-holm, substitute: ida-berg }');
    await expectError(mutual, 'substitute-mutual', '{ person: ida-berg, substitute: sara-holm }', /sara-holm og ida-berg er hinandens suppleanter/);
  });

  it('15: a name of spaces is empty', async () => {
    await expectError(nordby.replace('name: Mette Lund', 'name: "   "'), 'text-blank', 'name: "   "', /Teksten er tom/);
    await expectError(nordby.replace('title: Souschef', 'title: "\\u00a0 "'), 'text-blank', 'title: "\\u00a0 "');
  });
});

describe('16–17: --at', () => {
  const at = async (value: string, lang = 'da') => await beredskab(['--roster', NORDBY, 'deadline', '--level', 'red', '--at', value, '--lang', lang, '--json']);

  it('16: offsets beyond ±14:00 or with 60 minutes or more are usage errors', async () => {
    for (const value of ['2026-12-01T10:00+99:99', '2026-12-01T10:00+25:00', '2026-12-01T10:00-14:30', '2026-12-01T10:00+01:60', '2026-12-01T10:00+1500']) {
      const run = await at(value);
      expect(run.code, value).toBe(2);
      expect(run.stderr).toBe(`beredskab: --at: "${value}" har en forskydning uden for -14:00 … +14:00 eller med minutter over 59\n`);
    }
    expect((await at('2026-12-01T10:00+14:00')).code).toBe(0);
    expect(JSON.parse((await at('2026-12-01T10:00-12:00')).stdout).activatedAt).toBe('2026-12-01T23:00:00+01:00');
  });

  it('17: years outside 1900–2200 are refused', async () => {
    for (const value of ['0000-01-01T00:00', '1899-12-31T23:00', '2201-01-01T10:00', '0000-01-01T00:00Z']) {
      const run = await at(value, 'en');
      expect(run.code, value).toBe(2);
      expect(run.stderr).toBe(`beredskab: --at: "${value}" lies outside the years 1900–2200\n`);
    }
    expect((await at('1900-06-01T10:00')).code).toBe(0);
    expect((await at('2200-06-01T10:00')).code).toBe(0);
  });
});

describe('18: empty values and the shipped roster', () => {
  it('an empty --roster, BEREDSKAB_ROSTER, --today, --output or --at is a usage error', async () => {
    const cases: Array<[string[], Record<string, string> | undefined, string]> = [
      [['--roster', '', 'lint'], undefined, 'beredskab: --roster: tom værdi; udelad tilvalget eller giv det en værdi\n'],
      [['--roster=', 'activate', '--level', 'red'], undefined, 'beredskab: --roster: tom værdi; udelad tilvalget eller giv det en værdi\n'],
      [['lint'], { BEREDSKAB_ROSTER: '' }, 'beredskab: BEREDSKAB_ROSTER er sat, men tom; fjern den (unset BEREDSKAB_ROSTER) eller angiv en fil\n'],
      [['lint', NORDBY, '--today', ''], undefined, 'beredskab: --today: tom værdi; udelad tilvalget eller giv det en værdi\n'],
      [['--roster', NORDBY, 'contacts', '--output', ''], undefined, 'beredskab: --output: tom værdi; udelad tilvalget eller giv det en værdi\n'],
      [['--roster', NORDBY, 'activate', '--level', 'red', '--at', ''], undefined, 'beredskab: --at: tom værdi; udelad tilvalget eller giv det en værdi\n'],
      [['lint', ''], undefined, 'beredskab: et filnavn er tomt (""); angiv en fil\n'],
      [['diff', NORDBY, ''], undefined, 'beredskab: et filnavn er tomt (""); angiv en fil\n'],
      [['lint', NORDBY, '--previous', ''], undefined, 'beredskab: --previous: tom værdi; udelad tilvalget eller giv det en værdi\n'],
    ];
    for (const [args, env, stderr] of cases) {
      const run = await beredskab(args, { env });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toBe(stderr);
      expect(run.stdout).toBe('');
    }
  });

  it('says on stderr when the shipped roster is used because no other was found, and only then', async () => {
    const run = await beredskab(['activate', '--level', 'red', '--at', '2026-12-01T10:00']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(SHIPPED_NOTE);
    expect((await beredskab(['lint', '--lang', 'en', '--today', '2026-11-27'])).stderr).toBe(`beredskab: using the shipped Randers roster (${SHIPPED}); no --roster, BEREDSKAB_ROSTER or ./roster.yaml\n`);
    const dir = tempDir();
    rosterFile(nordby, dir);
    expect((await beredskab(['activate', '--level', 'red', '--at', '2026-12-01T10:00'], { cwd: dir })).stderr).toBe('');
    expect((await beredskab(['--roster', SHIPPED, 'activate', '--level', 'red', '--at', '2026-12-01T10:00'])).stderr).toBe('');
    expect((await beredskab(['activate', '--level', 'red', '--at', '2026-12-01T10:00'], { env: { BEREDSKAB_ROSTER: SHIPPED } })).stderr).toBe('');
  });
});

describe('19–20: pipes, FIFOs and large files', () => {
  // Spawned where the roster is /dev/stdin or a FIFO: the path names the process's own descriptor 0, which only a real
  // process has (main()'s io.stdin is not what /dev/stdin opens).
  it('19: a roster from a pipe is read once: the sheet’s hash is that of the bytes read', () => {
    const run = cli(['--roster', '/dev/stdin', 'contacts', '--format', 'json'], { input: nordby });
    expect(run.code).toBe(0);
    // A shell pipe, as a user makes one (the test's own stdin above is a socket).
    const piped = spawnSync('sh', ['-c', `cat "${NORDBY}" | "${process.execPath}" "${BIN}" --roster /dev/stdin contacts --format json`], { encoding: 'utf8' });
    expect(piped.status).toBe(0);
    expect(JSON.parse(piped.stdout).footer.hash).toBe(JSON.parse(run.stdout).footer.hash);
    const expected = createHash('sha256').update(readFileSync(NORDBY)).digest('hex').slice(0, 12);
    expect((JSON.parse(run.stdout) as { footer: { hash: string } }).footer.hash).toBe(expected);
  });

  // Spawned: the command blocks on opening the FIFO until the test writes to it; in this process it would block the test.
  it('19: a FIFO with no writer yet says that it waits, then reads what comes', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'roster.fifo');
    execFileSync('mkfifo', [fifo]);
    const child = spawn(process.execPath, [BIN, '--roster', fifo, 'activate', '--level', 'red', '--at', '2026-12-01T10:00', '--json'], {
      env: { ...process.env, NO_COLOR: '1', BEREDSKAB_LANG: 'en' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
      // Once it has said that it waits, give it the roster.
      if (stderr.includes('waiting for data')) writeFileSync(fifo, nordby);
    });
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe(`beredskab: waiting for data from ${fifo} (a pipe or FIFO); stop with Ctrl-C\n`);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { coordinator: { name: string } }).coordinator.name).toBe('Mette Lund');
  }, 20_000);

  it('20: a file over 1 MiB gets one answer from every command: exit 2', async () => {
    const dir = tempDir();
    const big = rosterFile(nordby + `# ${'x'.repeat(1024 * 1024)}\n`, dir, 'big.yaml');
    const runs = [
      await beredskab(['lint', big]),
      await beredskab(['--roster', big, 'activate', '--level', 'red']),
      await beredskab(['--roster', big, 'deadline', '--level', 'red']),
      await beredskab(['--roster', big, 'contacts']),
      await beredskab(['diff', big, NORDBY]),
      await beredskab(['lint', NORDBY, '--previous', big]),
      cli(['--roster', '/dev/stdin', 'contacts'], { input: readFileSync(big) }),
      await beredskab(['--roster', '/dev/zero', 'contacts']),
    ];
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stdout + run.stderr).toMatch(/Filen er for stor \(\d+ byte\); højst 1048576 byte er tilladt/);
      noStack(run.stderr);
    }
  });
});

describe('22: long names keep activate within 80 columns', () => {
  it('cuts a long name as the contact sheet does and wraps long words', async () => {
    const long = 'Mette Margrethe Christiansen-Lund Østergaard Frederiksen af Nordby og Omegn';
    const word = 'X'.repeat(1000);
    const content = nordby.replace('name: Mette Lund', `name: ${long}`).replace('title: Souschef', `title: ${word}`);
    const file = rosterFile(content);
    for (const level of ['red', 'yellow', 'green']) {
      const run = await beredskab(['--roster', file, 'activate', '--level', level, '--at', '2026-12-01T10:00']);
      expect(run.code).toBe(0);
      for (const line of run.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    }
    const red = (await beredskab(['--roster', file, 'activate', '--level', 'red', '--at', '2026-12-01T10:00'])).stdout;
    expect(red).toMatch(/Mette Margrethe Christiansen-Lund[^\n]*… +61 23 45 69/);
    const sheet = (await beredskab(['--roster', file, 'contacts'])).stdout;
    for (const line of sheet.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(sheet).toContain('Mette Margrethe Christiansen-…');
  });
});

describe('23: help, colour and an expired plan', () => {
  it('help for a command that does not exist is a usage error', async () => {
    const run = await beredskab(['help', 'frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('beredskab: der er ingen kommando frobnicate; se beredskab --help\n');
    expect((await beredskab(['help', 'lint'])).code).toBe(0);
    expect((await beredskab(['help', 'frobnicate', '--lang', 'en'])).stderr).toBe('beredskab: there is no command frobnicate; see beredskab --help\n');
  });

  // Spawned under script(1): a real terminal, and the colour support chalk reads from the process when it loads.
  it('on a terminal, FORCE_COLOR=0, TERM=dumb and NO_COLOR turn colour off', () => {
    const onTerminal = (env: string) => {
      const command = `env -u NO_COLOR ${env} "${process.execPath}" "${BIN}" --roster "${NORDBY}" activate --level red --at 2026-12-01T10:00`;
      return spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, TERM: 'xterm' } }).stdout;
    };
    expect(onTerminal('')).toMatch(/\x1b\[/);
    expect(onTerminal('FORCE_COLOR=0')).not.toMatch(/\x1b\[/);
    expect(onTerminal('TERM=dumb')).not.toMatch(/\x1b\[/);
    expect(onTerminal('NO_COLOR=1')).not.toMatch(/\x1b\[/);
    expect(onTerminal('FORCE_COLOR=0')).toContain('RØDT NIVEAU');
  });

  it('an activation after the plan’s period warns on stderr and in the header', async () => {
    const run = await beredskab(['--roster', SHIPPED, 'activate', '--level', 'red', '--at', '2035-01-01T10:00']);
    expect(run.code).toBe(0);
    const warning = 'ADVARSEL: planens periode sluttede 2029-12-31; mandag den 1. januar 2035 kl. 10.00 (UTC+1) ligger efter.';
    expect(run.stderr).toContain(`beredskab: ${warning}`);
    const header = run.stdout.split('\n\n1.')[0]!.replace(/\s+/g, ' ');
    expect(header).toContain(warning);
    const en = await beredskab(['--roster', SHIPPED, 'activate', '--level', 'red', '--at', '2035-01-01T10:00', '--lang', 'en', '--json']);
    expect(en.stderr).toContain("WARNING: the plan's period ended 2029-12-31");
    expect((JSON.parse(en.stdout) as { periodWarning: string }).periodWarning).toContain("the plan's period ended 2029-12-31");
    const inside = await beredskab(['--roster', SHIPPED, 'activate', '--level', 'red', '--at', '2026-12-01T10:00']);
    expect(inside.stderr).toBe('');
    expect(inside.stdout).not.toContain('ADVARSEL');
  });
});
