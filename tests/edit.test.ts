import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, rmSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { beforeEach, describe, expect, it } from 'vitest';
import { NORDBY, ROOT, SHIPPED } from './helpers.js';
import { run as beredskab } from './run.js';

let repo: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
const roster = () => readFileSync(join(repo, 'roster.yaml'), 'utf8');
const run = async (...args: string[]) => await beredskab(['--roster', 'roster.yaml', ...args], { cwd: repo });
const today = () => DateTime.now().setZone('Europe/Copenhagen').toISODate()!;
const comments = (text: string) => text.split('\n').filter((l) => l.trimStart().startsWith('#'));
/** `git diff -U0` as the lines it removes and adds. */
const changed = () => {
  const lines = git('diff', '-U0', '--no-color', 'roster.yaml').split('\n');
  return {
    removed: lines.filter((l) => l.startsWith('-') && !l.startsWith('---')).map((l) => l.slice(1)),
    added: lines.filter((l) => l.startsWith('+') && !l.startsWith('+++')).map((l) => l.slice(1)),
  };
};
const numstat = () => git('diff', '--numstat', 'roster.yaml').trim();

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'beredskab-edit-'));
  git('init', '-q');
  git('config', 'user.email', 'ci@example.invalid');
  git('config', 'user.name', 'CI');
  // lastChanged an earlier day, so that every edit visibly stamps today.
  writeFileSync(join(repo, 'roster.yaml'), readFileSync(SHIPPED, 'utf8').replace('lastChanged: 2026-11-27', 'lastChanged: 2026-01-05'));
  git('add', 'roster.yaml');
  git('commit', '-qm', 'roster');
});

describe('member replace on the shipped roster in a git repository', () => {
  it('writes the succession, and lint --base HEAD passes with a notice to the coordinator', async () => {
    const before = roster();
    const result = await run('member', 'replace', 'jorgen-lajer', '--name', 'Anne Andersen', '--phone', '31 31 31 31');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('roster.yaml er opdateret (revision 1 → 2).');
    expect(result.stdout).toContain('Ændringer fra revision 1 til revision 2\n  • Erstattet: Jørgen Lajer → Anne Andersen (Lokalinspektør, Lejerbo)\n');
    expect(result.stdout).toContain('Jørgen Lajer (jorgen-lajer) står stadig i people, fordi underskrifterne (signatories) nævner personen');
    expect(result.stdout).toMatch(/roster\.yaml:\d+:\d+ {2}besked {2}notify-coordinator {2}Giv koordinatoren Louise Hou Kragh \(42 14 86 00\) besked/);

    const { removed, added } = changed();
    expect(removed).toEqual(['revision: 1', 'lastChanged: 2026-01-05', '    - person: jorgen-lajer', expect.stringMatching(/^ {4}by: \[claus-hansen.*, jorgen-lajer\]$/)]);
    expect(added).toEqual([
      'revision: 2',
      `lastChanged: ${today()}`,
      '  - id: anne-andersen',
      '    name: Anne Andersen',
      '    title: Lokalinspektør',
      '    organisation: lejerbo',
      '    phone: "31 31 31 31"',
      '    - person: anne-andersen',
      expect.stringMatching(/^ {4}by: \[claus-hansen.*, anne-andersen\]$/),
    ]);
    expect(numstat()).toBe('9\t4\troster.yaml');
    expect(comments(roster())).toEqual(comments(before));

    const lint = await beredskab(['lint', 'roster.yaml', '--base', 'HEAD'], { cwd: repo });
    expect(lint.code).toBe(0);
    expect(lint.stdout).toContain('notify-coordinator  Giv koordinatoren Louise Hou Kragh (42 14 86 00) besked om ændringen i gruppen');
    const previous = join(repo, 'previous.yaml');
    writeFileSync(previous, git('show', 'HEAD:roster.yaml'));
    expect((await beredskab(['lint', '--previous', previous, 'roster.yaml'], { cwd: repo })).code).toBe(0);
    const diff = await beredskab(['diff', 'HEAD:roster.yaml', 'roster.yaml'], { cwd: repo });
    expect(diff.stdout).toContain('Erstattet: Jørgen Lajer → Anne Andersen (Lokalinspektør, Lejerbo)');
  });

  it('--dry-run prints the change as diff does and writes nothing', async () => {
    const result = await run('--lang', 'en', 'member', 'replace', 'jorgen-lajer', '--name', 'Anne Andersen', '--phone', '31 31 31 31', '--dry-run');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Changes from revision 1 to revision 2');
    expect(result.stdout).toContain('Replaced: Jørgen Lajer → Anne Andersen (Lokalinspektør, Lejerbo)');
    expect(result.stdout).toContain('Dry run: nothing was written.');
    expect(numstat()).toBe('');
  });
});

describe('each command changes only its own lines, the revision and the date', () => {
  const stamp = (added: string[]) => ['revision: 2', `lastChanged: ${today()}`, ...added];
  const cases: Array<[string, string[], string[], string[]]> = [
    ['person set', ['person', 'set', 'morten-strange', '--phone', '30359685', '--email', 'most@randers.dk'], ['    phone: "30359684"'], ['    phone: "30 35 96 85"', '    email: most@randers.dk']],
    ['person add', ['person', 'add', '--name', 'Åse Ørum', '--title', 'Driftschef', '--organisation', 'lejerbo', '--phone', '26789012'], [], ['  - id: aase-oerum', '    name: Åse Ørum', '    title: Driftschef', '    organisation: lejerbo', '    phone: "26 78 90 12"']],
    ['member add', ['member', 'add', 'pia-hesselvig', '--substitute', 'kenneth-hansen'], [], ['    - person: pia-hesselvig', '      substitute: kenneth-hansen']],
    ['substitute set', ['substitute', 'set', 'claus-hansen', 'jens-heslop'], [], ['      substitute: jens-heslop']],
    ['confirm', ['confirm', 'claus-hansen', '--date', '2026-11-20'], [], ['    confirmed: 2026-11-20']],
    ['organisation set', ['organisation', 'set', 'lejerbo', '--name', 'Lejerbo Randers'], ['    name: Lejerbo'], ['    name: Lejerbo Randers']],
  ];
  it.each(cases)('%s', async (_, args, removed, added) => {
    const before = roster();
    const result = await run(...args);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = changed();
    expect(lines.removed).toEqual(['revision: 1', 'lastChanged: 2026-01-05', ...removed]);
    expect(lines.added).toEqual(stamp(added));
    expect(comments(roster())).toEqual(comments(before));
    expect((await beredskab(['lint', 'roster.yaml', '--base', 'HEAD'], { cwd: repo })).code).toBe(0);
  });

  it('member remove: refused naming the organisation, allowed once the organisation has another member', async () => {
    const refused = await run('member', 'remove', 'jorgen-lajer');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Jørgen Lajer kan ikke fjernes: ingen anden fra Lejerbo er med i gruppen. Lejerbo skal udpege en efterfølger');
    expect(numstat()).toBe('');
    expect((await run('member', 'add', 'pia-hesselvig')).code).toBe(0);
    const removed = await run('member', 'remove', 'jorgen-lajer');
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain('revision 2 → 3');
    expect((await beredskab(['lint', 'roster.yaml', '--base', 'HEAD'], { cwd: repo })).code).toBe(0);
  });

  it('the change is told as diff tells it: phone, e-mail, confirmation', async () => {
    const set = await run('person', 'set', 'morten-strange', '--phone', '30359685', '--email', 'most@randers.dk');
    expect(set.stdout).toContain('  • Telefon for Morten Strange: 30 35 96 84 → 30 35 96 85\n  • E-mail for Morten Strange: – → most@randers.dk\n');
    const confirmed = await run('--lang', 'en', 'confirm', 'claus-hansen', 'lasse-bonde', '--date', '2026-11-20');
    expect(confirmed.stdout).toContain('roster.yaml updated (revision 2 → 3).');
    expect(confirmed.stdout).toContain('  • Details confirmed: Claus Hansen (2026-11-20)\n  • Details confirmed: Lasse Bonde (2026-11-20)\n');
    expect(confirmed.stdout).not.toContain('notify-coordinator');
  });

  it('a roster reached through a symbolic link is changed where it lies, and the link stays', async () => {
    symlinkSync(join(repo, 'roster.yaml'), join(repo, 'link.yaml'));
    expect((await beredskab(['--roster', 'link.yaml', 'confirm', 'claus-hansen'], { cwd: repo })).code).toBe(0);
    expect(lstatSync(join(repo, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(roster()).toMatch(/^ {4}confirmed: \d{4}-\d{2}-\d{2}$/m);
  });

  it('the file keeps its mode', async () => {
    chmodSync(join(repo, 'roster.yaml'), 0o640);
    expect((await run('confirm', 'claus-hansen')).code).toBe(0);
    expect(statSync(join(repo, 'roster.yaml')).mode & 0o777).toBe(0o640);
    expect(readdirSync(repo).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('bad input: a clear message, the right exit code, the file untouched', () => {
  const cases: Array<[string, string[], number, string, string]> = [
    ['unknown id', ['person', 'set', 'nobody', '--phone', '31313131'], 2, `beredskab: der er ingen person med id'et "nobody" i planen; kendte id'er: claus-hansen,`, `beredskab: there is no person with the id "nobody" in the plan`],
    ['a phone that is not Danish', ['member', 'replace', 'jorgen-lajer', '--name', 'Anne Andersen', '--phone', '+46 70 123 45 67'], 2, 'beredskab: "+46 70 123 45 67" er ikke et gyldigt dansk telefonnummer', 'beredskab: "+46 70 123 45 67" is not a valid Danish phone number'],
    ['an id that would collide', ['member', 'replace', 'jorgen-lajer', '--name', 'Anne Andersen', '--phone', '31313131', '--id', 'pia-hesselvig'], 2, `beredskab: id'et "pia-hesselvig" er allerede brugt i planen; vælg et andet med --id`, 'beredskab: the id "pia-hesselvig" is already used in the plan; choose another with --id'],
    ['an empty name', ['person', 'set', 'claus-hansen', '--name', ' '], 2, 'beredskab: --name må ikke være tom', 'beredskab: --name must not be empty'],
    ['a bad date', ['confirm', 'claus-hansen', '--date', '30-11-2026'], 2, 'beredskab: --date: "30-11-2026" er ikke en dato', 'beredskab: --date: "30-11-2026" is not a date'],
  ];
  it.each(cases)('%s', async (_, args, code, da, en) => {
    const before = roster();
    const danish = await run(...args);
    expect(danish.code).toBe(code);
    expect(danish.stderr.startsWith(da)).toBe(true);
    expect(danish.stdout).toBe('');
    const english = await run('--lang', 'en', ...args);
    expect(english.code).toBe(code);
    expect(english.stderr.startsWith(en)).toBe(true);
    expect(roster()).toBe(before);
  });

  it('a roster with errors is refused: fix it first', async () => {
    writeFileSync(join(repo, 'roster.yaml'), roster().replace('phone: "25583249"', 'phone: "2558"'));
    const before = roster();
    const result = await run('confirm', 'claus-hansen');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/roster\.yaml:\d+:12 {2}fejl {2}phone-invalid/);
    expect(result.stderr).toContain('beredskab: roster.yaml indeholder allerede fejl; ret dem først (beredskab lint roster.yaml). Intet er skrevet');
    expect((await run('--lang', 'en', 'confirm', 'claus-hansen')).stderr).toContain('roster.yaml already has errors; fix them first');
    expect(roster()).toBe(before);
  });

  it('a read-only file is refused and left as it was', async () => {
    const path = join(repo, 'roster.yaml');
    chmodSync(path, 0o444);
    const before = roster();
    const result = await run('confirm', 'claus-hansen');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('beredskab: roster.yaml er skrivebeskyttet; intet er skrevet\n');
    expect((await run('--lang', 'en', 'confirm', 'claus-hansen')).stderr).toBe('beredskab: roster.yaml is read-only; nothing was written\n');
    expect(roster()).toBe(before);
    expect(statSync(path).mode & 0o777).toBe(0o444);
    expect(readdirSync(repo).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('init, filled in with the commands, gives a roster that lints clean and activates', () => {
  it('for Nordby Kommune', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-init-'));
    const at = async (...args: string[]) => await beredskab(args, { cwd: dir });
    const created = await at('init', '--municipality', 'Nordby Kommune', '--title', 'Boligsocial beredskabsplan 2026-2030', '--area', 'Østparken', '--area', 'Vestbyen');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('roster.yaml er oprettet efter Landsbyggefondens skabelon. 11 felter mærket UDFYLD skal udfyldes');
    const fresh = readFileSync(join(dir, 'roster.yaml'), 'utf8');

    expect((await at('init', 'other.yaml', '--municipality', 'Nordby', '--title', 'Plan', '--area', '')).stderr).toBe('beredskab: --area må ikke være tom\n');
    expect(existsSync(join(dir, 'other.yaml'))).toBe(false);
    const again = await at('init', '--municipality', 'Andet', '--title', 'Andet');
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('beredskab: roster.yaml findes allerede; init overskriver aldrig en fil. Vælg et andet filnavn\n');
    expect(readFileSync(join(dir, 'roster.yaml'), 'utf8')).toBe(fresh);

    const lint = await at('lint');
    expect(lint.code).toBe(1);
    const blanks = lint.stdout.split('\n').filter((l) => l.includes('blank-unfilled'));
    expect(blanks).toHaveLength(11);
    const lines = fresh.split('\n');
    for (const blank of blanks) {
      const [, line, col] = /^roster\.yaml:(\d+):(\d+) {2}fejl {2}blank-unfilled {2}Ikke udfyldt endnu: /.exec(blank)!;
      expect(lines[Number(line) - 1]!.slice(Number(col) - 1)).toMatch(/^"UDFYLD: /);
    }
    const refused = await at('activate', '--level', 'red');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('beredskab: roster.yaml indeholder fejl; kør beredskab lint roster.yaml');

    const steps = [
      ['member', 'replace', 'koordinator', '--name', 'Mette Holm', '--title', 'Boligsocial koordinator', '--phone', '21 43 65 87', '--email', 'meho@nordby.dk'],
      ['member', 'replace', 'politi-kontakt', '--name', 'Søren Vang', '--title', 'Politikommissær', '--phone', '22334455'],
      ['member', 'replace', 'bolig-kontakt', '--name', 'Åse Ørum', '--title', 'Driftschef', '--phone', '26789012'],
      ['organisation', 'set', 'politi', '--name', 'Nordby Politi'],
      ['organisation', 'set', 'boligorganisation', '--name', 'Nordby Bolig'],
      ['person', 'add', '--name', 'Lone Berg', '--title', 'Vicepolitiinspektør', '--organisation', 'politi', '--phone', '22 33 44 66'],
      ['substitute', 'set', 'soeren-vang', 'lone-berg'],
      ['confirm', 'mette-holm', 'soeren-vang', 'aase-oerum'],
    ];
    for (const step of steps) {
      const result = await at(...step);
      expect([step.join(' '), result.code, result.stderr]).toEqual([step.join(' '), 0, '']);
    }
    const clean = await at('lint');
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/^0 fejl, \d+ advarsler i 1 fil$/m);
    expect(clean.stdout).not.toContain('UDFYLD');
    const filled = readFileSync(join(dir, 'roster.yaml'), 'utf8');
    expect(comments(filled)).toEqual(comments(fresh));
    expect(filled).toMatch(/^revision: 9$/m);

    const red = await at('activate', '--level', 'red', '--at', '2026-12-01T22:00');
    expect(red.code).toBe(0);
    expect(red.stdout).toContain('Søren Vang');
    expect(red.stdout).toContain('22 33 44 55');
    expect((await at('deadline', '--level', 'yellow', '--at', '2026-12-01T10:00')).stdout).toContain('inden for 3 arbejdsdage');
  });

  it('init - prints the roster instead of writing it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-init-'));
    const result = await beredskab(['init', '-', '--municipality', 'Nordby Kommune', '--title', 'Plan'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Boligsocial beredskabsplan/);
    expect(result.stdout).toContain('municipality: Nordby Kommune');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('init into a file given by name, in English', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-init-'));
    const result = await beredskab(['--lang', 'en', 'init', 'plan.yaml', '--municipality', 'Sønderby Kommune', '--title', 'Plan <"x">: #1'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('plan.yaml created on Landsbyggefonden’s template. 12 fields marked UDFYLD must be filled in');
    expect(existsSync(join(dir, 'roster.yaml'))).toBe(false);
    const lint = await beredskab(['--lang', 'en', 'lint', 'plan.yaml', '--format', 'json'], { cwd: dir });
    const diagnostics = JSON.parse(lint.stdout) as Array<{ code: string; message: string }>;
    expect(diagnostics.filter((d) => d.code === 'blank-unfilled').map((d) => d.message)).toContain('Not filled in yet: boligområdets navn (plan); fill in with: beredskab --roster plan.yaml plan set --area NAME');
    expect((await beredskab(['--roster', 'plan.yaml', 'plan', 'set', '--area', 'Sønderparken'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toContain("title: 'Plan <\"x\">: #1'");
  });
});

describe('help in the user’s language', () => {
  const commands = [[], ['lint'], ['diff'], ['contacts'], ['activate'], ['init'], ['person', 'add'], ['person', 'set'], ['member'], ['member', 'replace'], ['substitute', 'set'], ['confirm'], ['organisation', 'add'], ['plan', 'set']];
  it.each(commands.map((c) => [c.join(' ') || '(program)', c]))('%s: no word of commander’s own in the Danish help', async (_, command) => {
    const da = await beredskab([...(command as string[]), '--help']);
    expect(da.code).toBe(0);
    expect(da.stdout).toContain('Brug: beredskab');
    for (const leak of ['[options]', '[command]', 'choices:', 'default:', '<file>', '<name>', '<date>', 'display help', 'Usage', 'Options']) {
      expect(da.stdout).not.toContain(leak);
    }
    const en = await beredskab(['--lang', 'en', ...(command as string[]), '--help']);
    expect(en.stdout).toContain('Usage: beredskab');
    expect(en.stdout).not.toContain('Brug:');
    expect(en.stdout).not.toContain('Tilvalg:');
  });

  it('choices and defaults are worded in the language', async () => {
    expect((await beredskab(['--help'])).stdout).toMatch(/--lang <sprog> .*\n?.*\(valg: da, en\)/);
    expect((await beredskab(['lint', '--help'])).stdout).toContain('(standard: text)');
    expect((await beredskab(['--lang', 'en', 'lint', '--help'])).stdout).toContain('(default: text)');
  });
});

describe('the roster inside an installed package', () => {
  // Spawned: the bin of a copy inside node_modules; the shipped roster is found from where the bin is.
  it('is refused by the edit commands even when named by its path, and left as it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-installed-'));
    const pkg = join(dir, 'node_modules', 'beredskab');
    for (const part of ['bin', 'dist', 'roster.yaml', 'package.json']) cpSync(join(ROOT, part), join(pkg, part), { recursive: true });
    const roster = join(pkg, 'roster.yaml');
    const before = readFileSync(roster, 'utf8');
    const run = spawnSync(process.execPath, [join(pkg, 'bin', 'beredskab.js'), '--roster', roster, 'confirm', 'claus-hansen'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', BEREDSKAB_ROSTER: undefined },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('den medfølgende plan for Randers kan ikke ændres');
    expect(readFileSync(roster, 'utf8')).toBe(before);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('a value with spaces, unquoted', () => {
  it('person add --name Karen Olsen gets a hint to use quotes (exit 2), in both languages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-quote-'));
    const roster = join(dir, 'roster.yaml');
    writeFileSync(roster, readFileSync(NORDBY));
    const before = readFileSync(roster);
    const args = ['person', 'add', '--name', 'Karen', 'Olsen', '--title', 'Boligsocial', 'medarbejder', '--organisation', 'x', '--phone', '12345678'];
    const da = await beredskab(['--roster', roster, ...args]);
    expect(da.code).toBe(2);
    expect(da.stderr).toBe('beredskab: for mange argumenter: står der mellemrum i en værdi, skal den i anførselstegn, fx --name "Karen Olsen"\n');
    const en = await beredskab(['--roster', roster, '--lang', 'en', ...args]);
    expect(en.stderr).toBe('beredskab: too many arguments: a value with spaces must be quoted, e.g. --name "Karen Olsen"\n');
    expect(readFileSync(roster)).toEqual(before);
  });
});
