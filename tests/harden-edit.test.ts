import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { SHIPPED } from './helpers.js';
import { run as beredskab } from './run.js';

/** Edits of rosters written in ways the shipped one is not: each changes only what it names. */

let dir: string;
const file = () => join(dir, 'roster.yaml');
const shipped = () => readFileSync(SHIPPED, 'utf8').replace('lastChanged: 2026-11-27', 'lastChanged: 2026-01-05');
const run = async (...args: string[]) => await beredskab(['--roster', file(), ...args], { cwd: dir });
const today = () => DateTime.now().setZone('Europe/Copenhagen').toISODate()!;
const bytes = () => readFileSync(file());
/** The lines of `after` that are not the line at the same place in `before`. */
const changedLines = (before: string, after: string) => {
  const a = before.split('\n');
  const b = after.split('\n');
  return b.filter((line, i) => line !== a[i]);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'beredskab-harden-edit-'));
});

describe('an anchor in the roster', () => {
  it('moving one person to another organisation does not move the people who share the value by an alias', async () => {
    writeFileSync(
      file(),
      shipped()
        .replace('  - id: allan-aarslev\n    name: Allan Aarslev\n', '  - id: allan-aarslev\n    name: Allan Aarslev\n')
        .replace(/(id: allan-aarslev[\s\S]*?organisation: )ostjyllands-politi/, '$1&politi ostjyllands-politi')
        .replace(/(id: camilla-nielsen[\s\S]*?organisation: )ostjyllands-politi/, '$1*politi'),
    );
    const result = await run('person', 'set', 'allan-aarslev', '--organisation', 'lejerbo');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const people = (parse(bytes().toString('utf8')) as { people: Array<{ id: string; organisation: string }> }).people;
    const org = (id: string) => people.find((p) => p.id === id)!.organisation;
    expect([org('allan-aarslev'), org('camilla-nielsen'), org('lasse-bonde')]).toEqual(['lejerbo', 'ostjyllands-politi', 'ostjyllands-politi']);
    expect(result.stdout).not.toContain('Camilla');
  });
});

describe('the bytes of a roster', () => {
  it('an edit keeps a byte-order mark', async () => {
    writeFileSync(file(), '\ufeff' + shipped());
    expect((await run('person', 'set', 'lasse-bonde', '--phone', '25583250')).code).toBe(0);
    expect([...bytes().subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(changedLines('\ufeff' + shipped(), bytes().toString('utf8'))).toEqual(['revision: 2', `lastChanged: ${today()}`, '    phone: "25 58 32 50"']);
  });

  it('a roster with mixed line ends keeps every line it does not edit, byte for byte', async () => {
    // Every other line ends \r\n.
    const mixed = shipped().split('\n').map((line, i, all) => (i < all.length - 1 && i % 2 === 0 ? line + '\r' : line)).join('\n');
    writeFileSync(file(), mixed);
    const result = await run('person', 'set', 'lasse-bonde', '--phone', '25583250');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const after = bytes().toString('utf8');
    const changed = changedLines(mixed, after);
    expect(changed).toHaveLength(3);
    expect(changed.map((l) => l.replace(/\r$/, ''))).toEqual(['revision: 2', `lastChanged: ${today()}`, '    phone: "25 58 32 50"']);
    expect(after.split('\n').length).toBe(mixed.split('\n').length);
  });

  it('a roster without a final line end takes a new person, and still ends as it did', async () => {
    // The people last in the file, so that the new person is added at its very end.
    const all = shipped();
    const people = all.slice(all.indexOf('\npeople:\n') + 1, all.indexOf('\nhotlines:\n') + 1);
    const source = (all.replace(people, '').replace(/\n+$/, '') + '\n\n' + people).replace(/\n+$/, '');
    writeFileSync(file(), source);
    const result = await run('person', 'add', '--name', 'Anne Andersen', '--title', 'Konsulent', '--organisation', 'lejerbo', '--phone', '31313131');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const after = bytes().toString('utf8');
    expect(after.endsWith('\n')).toBe(false);
    expect(after.slice(source.length)).toBe('\n  - id: anne-andersen\n    name: Anne Andersen\n    title: Konsulent\n    organisation: lejerbo\n    phone: "31 31 31 31"');
    expect((await run('lint')).code).toBe(0);
  });
});

describe('folded and literal texts', () => {
  it('person set --title on a folded title of the shipped roster', async () => {
    writeFileSync(file(), shipped());
    const result = await run('person', 'set', 'jens-heslop', '--title', 'Bestyrelsesformand og direktør for Udvikling, Miljø og Teknik');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(bytes().toString('utf8')).toContain('  - id: jens-heslop\n    name: Jens Heslop\n    title: >-\n      Bestyrelsesformand og direktør for Udvikling, Miljø og Teknik\n    organisation: randers-kommune\n');
    expect((await run('lint')).code).toBe(0);
  });

  it('a person written as one anchored flow mapping takes a new key in place', async () => {
    writeFileSync(file(), shipped().replace(/  - id: kenneth-hansen\n    name: (.*)\n    title: (.*)\n    organisation: (.*)\n    phone: (.*)\n/, '  - &k { id: kenneth-hansen, name: $1, title: $2, organisation: $3, phone: $4 }\n'));
    const result = await run('person', 'set', 'kenneth-hansen', '--email', 'k@example.dk');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(bytes().toString('utf8')).toMatch(/  - &k \{id: kenneth-hansen, .*, email: k@example\.dk\}\n/);
  });
});

describe('member replace', () => {
  it('hands on every reference to the leaver, those called in ad hoc included', async () => {
    writeFileSync(file(), shipped().replace('adHoc:\n', 'adHoc:\n  - ref: jorgen-lajer\n  - { ref: jorgen-lajer }\n'));
    const result = await run('member', 'replace', 'jorgen-lajer', '--name', 'Anne Andersen', '--phone', '31 31 31 31');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const after = bytes().toString('utf8');
    expect(after).toContain('adHoc:\n  - ref: anne-andersen\n  - { ref: anne-andersen }\n');
    const roster = parse(after) as { people: Array<{ id: string }>; adHoc: unknown[]; group: { members: Array<{ person: string }> }; communication: Array<{ by: string[] }> };
    const uses = JSON.stringify({ ...roster, people: [], signatories: [] });
    expect(uses).not.toContain('jorgen-lajer');
    const red = await beredskab(['--roster', file(), 'activate', '--level', 'red'], { cwd: dir });
    expect(red.code).toBe(0);
    expect(red.stdout).toContain('Anne Andersen');
    expect(red.stdout).not.toContain('Jørgen Lajer');
  });
});

describe('numbers, dates and seats at the command line', () => {
  it('a service number is refused as a person\'s phone and as a meeting\'s dial-in (exit 2)', async () => {
    writeFileSync(file(), shipped());
    const set = await run('person', 'set', 'lasse-bonde', '--phone', '112');
    expect(set.code).toBe(2);
    expect(set.stderr).toBe('beredskab: 112 er et servicenummer, ikke en persons eget; angiv personens telefonnummer (8 cifre, fx 31 31 31 31). Servicenumre hører til under hotlines\n');
    expect(bytes().toString('utf8')).toBe(shipped());
    const invite = await beredskab(['--lang', 'en', '--roster', SHIPPED, 'invite', '--level', 'red', '--at', '2026-12-01T16:00', '--dial-in', '112']);
    expect(invite.code).toBe(2);
    expect(invite.stdout).toBe('');
    expect(invite.stderr).toContain('--dial-in: 112 is a service number, not a meeting\'s number');
  });

  it('a lastChanged after today: lint warns, and the next edit sets today and says so', async () => {
    writeFileSync(file(), shipped().replace('lastChanged: 2026-01-05', 'lastChanged: 2099-01-01'));
    const lint = await run('lint');
    expect(lint.code).toBe(0);
    expect(lint.stdout).toMatch(/roster\.yaml:\d+:14 {2}advarsel {2}last-changed-ahead {2}lastChanged \(2099-01-01\) ligger efter i dag/);
    const edit = await run('person', 'set', 'lasse-bonde', '--phone', '25583250');
    expect(edit.stderr).toBe('');
    expect(edit.code).toBe(0);
    expect(edit.stdout).toContain(`lastChanged stod til 2099-01-01, efter i dag; den er nu sat til i dag (${today()})`);
    expect(bytes().toString('utf8')).toContain(`lastChanged: ${today()}\n`);
  });

  it('person set --organisation that would leave an organisation without a member is refused (exit 1)', async () => {
    writeFileSync(file(), shipped());
    const result = await run('--lang', 'en', 'person', 'set', 'morten-strange', '--organisation', 'lejerbo');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('organisation-unseated  Morten Strange now belongs to Lejerbo, which leaves Børne- og ungecenter without a member in the group');
    expect(bytes().toString('utf8')).toBe(shipped());
  });

  it('init refuses a control character in its text, and an edit repairs one that is in the file', async () => {
    const init = await beredskab(['init', join(dir, 'new.yaml'), '--municipality', 'Nordby', '--title', 'Plan\u0007']);
    expect(init.code).toBe(2);
    expect(init.stderr).toBe('beredskab: --title indeholder et kontroltegn eller en retningsmarkering (U+0007); skriv teksten uden. Intet er oprettet\n');
    writeFileSync(file(), shipped().replace('    title: SSP-konsulent\n', '    title: "SSP-konsulent\\a"\n'));
    expect((await run('person', 'set', 'lasse-bonde', '--phone', '25583250')).code).toBe(1);
    const repair = await run('person', 'set', 'claus-hansen', '--title', 'SSP-konsulent');
    expect(repair.stderr).toBe('');
    expect(repair.code).toBe(0);
    expect((await run('lint')).code).toBe(0);
  });

  it('a name typed in decomposed Unicode is the same name: no second "Åse Ørum"', async () => {
    writeFileSync(file(), shipped());
    const add = async (name: string, phone: string) => await run('person', 'add', '--name', name, '--title', 'Konsulent', '--organisation', 'lejerbo', '--phone', phone);
    expect((await add('Åse Ørum', '31313131')).code).toBe(0);
    const second = await add('A\u030ase \u00d8rum', '32323232');
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('id\'et "aase-oerum" er allerede brugt');
    expect(bytes().toString('utf8').normalize('NFC')).toBe(bytes().toString('utf8'));
  });
});

describe('a broken number in an emergency', () => {
  const broken = () => shipped().replace('    phone: "25583249"', '    phone: "112"').replace('    phone: "29 13 69 59"', '    phone: "2913695"');

  it('activate prints the plan with the broken numbers marked where they stand, warns on stderr, exit 1', async () => {
    writeFileSync(file(), broken());
    const result = await run('activate', '--level', 'red', '--at', '2026-12-01T10:00');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('   1) Lasse Bonde                112  UGYLDIGT NUMMER – ring i stedet til 2) Allan Aarslev\n');
    expect(result.stdout).toContain('   2) Allan Aarslev              22 70 12 26  (hvis ingen svarer)\n');
    expect(result.stdout).toContain('   • Jens Heslop                2913695  UGYLDIGT NUMMER – kan ikke ringes op\n');
    expect(result.stdout).toContain('4. BAGEFTER');
    expect(result.stderr).toContain('phone-invalid  Telefonnummeret "2913695"');
    expect(result.stderr).toContain('phone-service-number  112 er et servicenummer');
    expect(result.stderr).toMatch(/beredskab: 2 telefonnumre i .*roster\.yaml kan ikke ringes op og er markeret som ugyldige i planen/);
  });

  it('the page and the data never offer a broken number to dial', async () => {
    writeFileSync(file(), broken());
    const page = await run('--lang', 'en', 'activate', '--level', 'red', '--at', '2026-12-01T10:00', '--format', 'html');
    expect(page.code).toBe(1);
    expect(page.stdout).not.toContain('href="tel:112"');
    expect(page.stdout).not.toMatch(/href="tel:"/);
    expect(page.stdout).toContain('<span class="num">2913695</span> <span class="bad">INVALID NUMBER – cannot be dialled</span>');
    const data = JSON.parse((await run('activate', '--level', 'red', '--at', '2026-12-01T10:00', '--json')).stdout) as { steps: Array<{ contacts?: Array<{ id: string; dial: string | null; broken?: boolean }> }> };
    const lasse = data.steps[0]!.contacts!.find((c) => c.id === 'lasse-bonde')!;
    expect(lasse).toMatchObject({ dial: null, broken: true });
  });

  it('log start keeps the record, names the broken number and exits 1; any other error still refuses', async () => {
    writeFileSync(file(), broken());
    const journal = join(dir, 'journal');
    const start = await beredskab(['--roster', file(), 'log', 'start', '--level', 'red', '--journal', journal], { cwd: dir });
    expect(start.code).toBe(1);
    expect(start.stdout).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(start.stderr).toContain('kan ikke ringes op');
    writeFileSync(file(), broken().replace('    title: SSP-konsulent\n', '    title: "SSP\\akonsulent"\n'));
    const refused = await run('activate', '--level', 'red');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
  });
});

describe('invite --without a member and his substitute', () => {
  it('the absent substitute is not invited, and the member is listed without a stand-in', async () => {
    writeFileSync(file(), shipped().replace('    - person: lasse-bonde\n      substitute: allan-aarslev\n', '    - person: lasse-bonde\n      substitute: claus-hansen\n'));
    const args = ['invite', '--level', 'red', '--at', '2026-12-01T10:00', '--without', 'lasse-bonde,claus-hansen'];
    const text = await run(...args);
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    expect(text.stdout).not.toContain('Claus Hansen               40 86 74 08');
    expect(text.stdout).not.toMatch(/for Lasse Bonde/);
    expect(text.stdout.replace(/\s+/g, ' ')).toContain('Forhindret: Claus Hansen (ingen suppleant) og Lasse Bonde (uden stedfortræder: suppleanten Claus Hansen er også forhindret)');
    const data = JSON.parse((await run(...args, '--format', 'json')).stdout) as { guests: Array<{ id: string }>; absent: Array<{ member: { id: string }; substitute: unknown; substituteAbsent: { id: string } | null }> };
    expect(data.guests.map((g) => g.id)).not.toContain('claus-hansen');
    expect(data.absent.find((a) => a.member.id === 'lasse-bonde')).toMatchObject({ substitute: null, substituteAbsent: { id: 'claus-hansen' } });
  });
});

describe('messages that name their real cause', () => {
  it('a missing argument is named as the help names it, in Danish and English', async () => {
    expect((await beredskab(['confirm'])).stderr).toBe('beredskab: mangler <id>; se --help\n');
    expect((await beredskab(['--lang', 'en', 'confirm'])).stderr).toBe('beredskab: missing <ids>; see --help\n');
  });

  it('help has Danish placeholders only', async () => {
    const helps = (await Promise.all([['log', 'informed'], ['log', 'evaluation'], ['person', 'add'], ['status-report'], ['invite']].map(async (c) => (await beredskab([...c, '--help'])).stdout))).join('\n');
    expect(helps).toContain('--channel <kanal>');
    expect(helps).toContain('--decided <svar>');
    expect(helps).not.toMatch(/<(name|phone|year|yesno|channel|file|date|text|n|dir|time|level)>/);
  });

  it('person add with a name that gives no id says so of the name, not of an id ""', async () => {
    writeFileSync(file(), shipped());
    const result = await run('person', 'add', '--name', '!!!', '--title', 'Konsulent', '--organisation', 'lejerbo', '--phone', '31313131');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('beredskab: der kan ikke laves et id af navnet "!!!" (et id er små bogstaver a-z, cifre og bindestreg); angiv et med --id, fx --id anne-andersen\n');
  });
});
