import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { listActivations, readActivation } from '../src/journal/index.js';
import { SHIPPED } from './helpers.js';
import { run as beredskab } from './run.js';

const HOSTILE = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures', 'hostile.yaml');

/** A working folder with a copy of the shipped roster and an answers file. */
function setup(answers: string) {
  const dir = mkdtempSync(join(tmpdir(), 'beredskab-drill-'));
  const roster = join(dir, 'roster.yaml');
  writeFileSync(roster, readFileSync(SHIPPED));
  writeFileSync(join(dir, 'answers.yaml'), answers);
  const journal = join(dir, 'journal');
  const run = async (...args: string[]) => await beredskab(['--roster', roster, 'drill', '--journal', journal, '--answers', join(dir, 'answers.yaml'), ...args]);
  return { dir, roster, journal, run };
}

const WHOLE_DRILL = `# Answers as given during the drill on 1 December
- { contact: lasse-bonde, answer: no-answer, at: 2025-12-01T10:01 }
- { contact: allan-aarslev, answer: answered, at: 2025-12-01T10:03 }
- { contact: politi-vagtchef, answer: answered }
- { contact: louise-hou-kragh, answer: answered, at: 2025-12-01T10:07 }
- { contact: claus-hansen, answer: answered, at: 2025-12-01T10:09 }
- { contact: morten-strange, answer: no-answer, at: 2025-12-01T10:12 }
- { contact: gine-norager, answer: skip, at: 2025-12-01T10:12 }
- { contact: peter-pedersen, answer: answered, at: 2025-12-01T10:15 }
`;

describe('beredskab drill --answers', () => {
  it('rings the chains in order, stops a chain at the first answer, and sums up', async () => {
    const { run, journal, roster } = setup(WHOLE_DRILL);
    const before = readFileSync(roster);
    const result = await run('--level', 'red', '--at', '2025-12-01T10:00');
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toContain('████ ØVELSE ████');
    expect(out).toContain('Begyndt mandag den 1. december 2025 kl. 10.00 (UTC+1)');
    // The order asked: the police chain down to the officer who answered, the coordinator, then the members.
    const asked = out
      .split('\n')
      .filter((l) => /^ {2}\S.* – [\d ]+( \(.*\))?: /.test(l))
      .map((l) => l.trim().split(' – ')[0]);
    expect(asked).toEqual(['Lasse Bonde', 'Allan Aarslev', 'Louise Hou Kragh', 'Claus Hansen', 'Morten Strange', 'Gine Nørager', 'Peter Pedersen', 'Jørgen Lajer']);
    expect(out).toContain('  Lasse Bonde – 25 58 32 49: intet svar\n');
    expect(out).toContain('  Allan Aarslev – 22 70 12 26 (næste i kæden): svarede\n');
    // Not in the file: skipped.
    expect(out).toContain('  Jørgen Lajer – 30 84 05 22: sprunget over\n');
    const summary = out.slice(out.indexOf('Resultat af øvelsen'));
    expect(summary.split('\n')).toEqual([
      'Resultat af øvelsen',
      '  Ring til politiet: nået på 3 min. (Allan Aarslev)',
      '  Kontakt koordinatoren: nået på 7 min. (Louise Hou Kragh)',
      'Nået (4): Allan Aarslev, Louise Hou Kragh, Claus Hansen, Peter Pedersen',
      'Ikke nået (2): Lasse Bonde, Morten Strange',
      'Sprunget over (2): Gine Nørager, Jørgen Lajer',
      'Ikke ringet op, fordi en før dem svarede: Østjyllands Politis vagtchef',
      'Numre, der skal tjekkes:',
      '  25 58 32 49 Lasse Bonde, Politikommissær, Østjyllands Politi',
      '  30 35 96 84 Morten Strange, Centerleder, Børne- og ungecenter',
      'Øvelsen varede 15 min.',
      expect.stringMatching(/^Skrevet i journalen som øvelse: 2025-12-01T1000-red-drill-[0-9a-f]{4}$/),
      '',
    ]);
    // The answer for the duty officer was never used: said, with where it is.
    expect(result.stderr).toBe(`${join(journal, '..', 'answers.yaml')}:4:14: advarsel: bruges ikke: kæden nåede ikke til Østjyllands Politis vagtchef, fordi en før svarede\n`);

    const [id] = listActivations(journal);
    expect(id).toMatch(/^2025-12-01T1000-red-drill-/);
    const read = readActivation(journal, id!);
    expect(read.diagnostics).toEqual([]);
    expect(read.events.every((e) => e.drill === true)).toBe(true);
    expect(read.events.map((e) => [e.type, 'contact' in e ? e.contact : '', 'answered' in e ? e.answered : '', e.at])).toEqual([
      ['start', '', '', '2025-12-01T10:00:00+01:00'],
      ['call', 'lasse-bonde', false, '2025-12-01T10:01:00+01:00'],
      ['call', 'allan-aarslev', true, '2025-12-01T10:03:00+01:00'],
      ['call', 'louise-hou-kragh', true, '2025-12-01T10:07:00+01:00'],
      ['call', 'claus-hansen', true, '2025-12-01T10:09:00+01:00'],
      ['call', 'morten-strange', false, '2025-12-01T10:12:00+01:00'],
      ['call', 'peter-pedersen', true, '2025-12-01T10:15:00+01:00'],
      ['close', '', '', '2025-12-01T10:15:00+01:00'],
    ]);
    expect(readFileSync(roster)).toEqual(before);
  });

  it('a first officer who answers: no fallback is asked, and he is not asked again as a member', async () => {
    const { run } = setup('- { contact: lasse-bonde, answer: answered }\n- { contact: allan-aarslev, answer: answered }\n');
    const result = await run('--level', 'yellow', '--no-log');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/Allan Aarslev – .*: /);
    expect(result.stdout.match(/Lasse Bonde – /g)).toHaveLength(1);
    expect(result.stdout).toContain('Øvelse på gult niveau.');
    expect(result.stdout).toContain('\nIkke ringet op, fordi en før dem svarede: Allan Aarslev,\n  Østjyllands Politis vagtchef\n');
    expect(result.stdout).toContain('  Ring til politiet: nået på under 1 min. (Lasse Bonde)');
    expect(result.stdout).toContain('Ikke skrevet i journalen (--no-log).');
    expect(result.stderr).toContain('answers.yaml:2:14: advarsel: bruges ikke: kæden nåede ikke til Allan Aarslev');
  });

  it('--answers - reads the answers from standard input', async () => {
    const { roster } = setup('');
    const args = ['--roster', roster, 'drill', '--level', 'red', '--no-log', '--answers', '-'];
    const result = await beredskab(args, { input: '- { contact: lasse-bonde, answer: answered }\n- { contact: louise-hou-kragh, answer: svarede }\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('-:2:40: fejl: "svarede" er ikke et svar; skriv answered, no-answer eller skip\n');
    const ok = await beredskab(args, { input: '- { contact: lasse-bonde, answer: answered }\n' });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('  Lasse Bonde – 25 58 32 49: svarede\n');
  });

  it('--no-log writes no journal', async () => {
    const { run, journal } = setup('[]\n');
    expect((await run('--level', 'red', '--no-log')).code).toBe(0);
    expect(existsSync(journal)).toBe(false);
  });

  it('in English', async () => {
    const { run } = setup('- { contact: lasse-bonde, answer: no-answer }\n- { contact: allan-aarslev, answer: no-answer }\n- { contact: politi-vagtchef, answer: no-answer }\n');
    const result = await run('--level', 'red', '--no-log', '--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Drill at red level.');
    expect(result.stdout).toContain('1. Call the police\n');
    expect(result.stdout).toContain('  East Jutland Police duty officer – 114 (next in the chain): no answer\n');
    expect(result.stdout).toContain('  Call the police: NOBODY REACHED\n');
    expect(result.stdout).toContain('  Contact the coordinator: NOBODY REACHED\n');
    expect(result.stdout).toContain('\nSkipped (6): Louise Hou Kragh, Claus Hansen, Morten Strange, Gine Nørager,\n  Peter Pedersen, Jørgen Lajer\n');
    expect(result.stdout).toContain(
      'Numbers to check:\n  25 58 32 49 Lasse Bonde, Politikommissær, Østjyllands Politi\n  22 70 12 26 Allan Aarslev, Politikommissær, Østjyllands Politi\n  114         East Jutland Police duty officer, Østjyllands Politi\n',
    );
  });
});

describe('a hostile roster', () => {
  it('names with line breaks and markup stay on one line each, as written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-drill-'));
    writeFileSync(join(dir, 'answers.yaml'), '- { contact: p-script, answer: no-answer }\n- { contact: p-newline, answer: answered }\n');
    const result = await beredskab(['--roster', HOSTILE, 'drill', '--level', 'red', '--no-log', '--answers', join(dir, 'answers.yaml')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  <script>alert(1)</script> Hansen – 40 86 74 08: intet svar\n');
    expect(result.stdout).toContain('  Ikke\u00a0brud 😀 – 22 70 12 26 (næste i kæden): svarede\n');
    expect(result.stdout).toContain('  =HYPERLINK("http://evil.example","Ring") – 25 58 32 49: sprunget over\n');
    expect(result.stdout).toContain('Numre, der skal tjekkes:\n  40 86 74 08 <script>alert(1)</script> Hansen, Chef "for" alt; og, mere, Org\n              "A", Afd; 1\n');
    // The coordinator's chain was reached through someone else: the coordinator is told apart.
    expect(result.stdout).toContain('  Koordinatoren (<script>alert(1)</script> Hansen): IKKE NÅET\n');
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});

describe('beredskab drill refuses', () => {
  it('without a terminal and without --answers: exit 2 and why', async () => {
    const result = await beredskab(['drill', '--level', 'red']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'beredskab: drill stiller spørgsmål i en terminal, og input er ikke en terminal. Giv svarene med --answers FIL (en YAML-liste, fx "- { contact: lasse-bonde, answer: no-answer }")\n',
    );
    expect((await beredskab(['drill', '--level', 'red', '--lang', 'en'])).stderr).toContain('the input is not a terminal');
  });

  it('green: nothing to drill', async () => {
    const result = await beredskab(['drill', '--level', 'grøn', '--answers', '/dev/null']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('en øvelse er på gult eller rødt niveau');
  });

  it('a bad answers file: file:line:col, exit 2, nothing written', async () => {
    const { run, journal, dir } = setup('- { contact: lasse-bonde, answer: answered }\n- { contact: lasse-bonde, answer: svarede }\n- { contact: kim, answer: skip }\n');
    const result = await run('--level', 'red');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${dir}/answers.yaml:2:35: fejl: "svarede" er ikke et svar; skriv answered, no-answer eller skip\n`);
    expect(existsSync(journal)).toBe(false);
    const unknown = setup('- { contact: kim, answer: skip }\n');
    expect((await unknown.run('--level', 'red')).stderr).toBe(`${unknown.dir}/answers.yaml:1:14: fejl: "kim" er ikke en person eller et nummer i planfilen\n`);
  });

  it('a start in the future when the clock times the answers', async () => {
    const { run, journal } = setup('- { contact: lasse-bonde, answer: answered }\n');
    const result = await run('--level', 'red', '--at', '2199-01-01T10:00');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'beredskab: --at: 2199-01-01T10:00 ligger i fremtiden; svarene får tidspunktet, når de gives. Udelad --at, eller skriv tidspunkterne i svarfilen (at:)\n',
    );
    expect(existsSync(journal)).toBe(false);
  });

  it('a start or an answer more than 5 minutes ahead of the clock: exit 2, nothing in the journal or the roster', async () => {
    // Relative to the real clock, as for `log`: a month ahead is refused, a minute ago is not.
    const inDays = (days: number) => DateTime.now().setZone('Europe/Copenhagen').plus({ days }).toFormat("yyyy-MM-dd'T'HH:mm");
    const past = inDays(-1);
    const future = inDays(30);
    const answers = `- { contact: lasse-bonde, answer: no-answer, at: ${past} }\n- { contact: allan-aarslev, answer: answered, at: ${future} }\n- { contact: louise-hou-kragh, answer: answered, at: ${future} }\n`;
    const { run, journal, roster, dir } = setup(answers);
    const before = readFileSync(roster);
    const answer = await run('--level', 'red', '--at', inDays(-1).slice(0, 11) + '00:00', '--confirm');
    expect(answer.code).toBe(2);
    expect(answer.stdout).toBe('');
    expect(answer.stderr).toMatch(
      new RegExp(`^${dir}/answers\\.yaml:2:51: fejl: ${future} ligger i fremtiden \\(klokken er .* kl\\. .*\\); svarfilen giver svar, der allerede er givet, så ret tidspunktet\n`),
    );
    // Every answer in the future is named, the first first.
    expect(answer.stderr.split('\n')[1]).toMatch(/answers\.yaml:3:54: fejl: .* ligger i fremtiden/);
    expect(existsSync(journal)).toBe(false);
    expect(readFileSync(roster)).toEqual(before);
    const en = await run('--level', 'red', '--at', inDays(-1).slice(0, 11) + '00:00', '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`answers.yaml:2:51: error: ${future} is in the future (the clock says `);
    // The start itself in the future, with the times in the file: refused as `log` refuses it, of --at.
    const start = setup(`- { contact: lasse-bonde, answer: no-answer, at: ${future} }\n`);
    const ahead = await start.run('--level', 'red', '--at', future, '--confirm');
    expect(ahead.code).toBe(2);
    expect(ahead.stderr).toMatch(/^beredskab: tidspunktet .* ligger i fremtiden \(klokken er .*\); ret --at\n$/);
    expect(existsSync(start.journal)).toBe(false);
    expect(readFileSync(start.roster)).toEqual(before);
  });

  it('a missing answers file: exit 2', async () => {
    const result = await beredskab(['drill', '--level', 'red', '--answers', '/nonexistent/answers.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('/nonexistent/answers.yaml');
  });
});

describe('beredskab drill --confirm', () => {
  const git = (cwd: string, ...args: string[]) => {
    const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  };
  const STALE = '2025-01-15';
  const stale = (text: string, phone: string) => text.replace(`phone: "${phone}"\n`, `phone: "${phone}"\n    confirmed: ${STALE}\n`);

  it('stamps today on the two who answered as one edit; lint no longer calls them stale, and lint --base passes', async () => {
    const { dir, roster, run } = setup(
      '- { contact: lasse-bonde, answer: no-answer }\n- { contact: allan-aarslev, answer: answered }\n- { contact: louise-hou-kragh, answer: answered }\n- { contact: claus-hansen, answer: no-answer }\n',
    );
    // Three people last confirmed long ago: the two who answer, and Claus Hansen, who does not.
    const before = stale(stale(stale(readFileSync(roster, 'utf8'), '22701226'), '4214 8600'), '40867408');
    writeFileSync(roster, before);
    git(dir, 'init', '-q');
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.org', 'add', 'roster.yaml');
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', 'roster');
    const staleNames = (out: string) => out.split('\n').filter((l) => l.includes('contact-stale')).map((l) => /contact-stale {2}(\S+ \S+(?: \S+)?)s oplysninger/.exec(l)?.[1]);
    expect(staleNames((await beredskab(['lint', 'roster.yaml'], { cwd: dir })).stdout)).toEqual(['Claus Hansen', 'Allan Aarslev', 'Louise Hou Kragh']);

    const result = await run('--level', 'red', '--confirm');
    expect(result.code).toBe(0);
    const today = DateTime.now().setZone('Europe/Copenhagen').toISODate()!;
    expect(result.stdout).toContain('roster.yaml er opdateret (revision 1 → 2).');
    expect(result.stdout).toContain(`Oplysninger bekræftet: Allan Aarslev (${today})`);
    expect(result.stdout).toContain(`Oplysninger bekræftet: Louise Hou Kragh (${today})`);
    expect(result.stdout).toContain('Giv koordinatoren Louise Hou Kragh (42 14 86 00) besked: øvelsen bekræftede\noplysningerne for Allan Aarslev og Louise Hou Kragh.\n');

    // One edit: revision and lastChanged, the two dates; every comment and every other line as it was.
    const after = readFileSync(roster, 'utf8');
    const expected = before
      .replace('revision: 1\n', 'revision: 2\n')
      .replace(/lastChanged: .*\n/, `lastChanged: ${today}\n`)
      .replace(`phone: "22701226"\n    confirmed: ${STALE}`, `phone: "22701226"\n    confirmed: ${today}`)
      .replace(`phone: "4214 8600"\n    confirmed: ${STALE}`, `phone: "4214 8600"\n    confirmed: ${today}`);
    expect(after).toBe(expected);

    const lint = await beredskab(['lint', 'roster.yaml'], { cwd: dir });
    expect(lint.code).toBe(0);
    expect(staleNames(lint.stdout)).toEqual(['Claus Hansen']);
    const base = await beredskab(['lint', 'roster.yaml', '--base', 'HEAD'], { cwd: dir });
    expect(base.code).toBe(0);
    expect(base.stdout).toMatch(/\n0 fejl, /);
  });

  it('nobody answered: nothing to confirm, the roster untouched', async () => {
    const { roster, run } = setup('- { contact: lasse-bonde, answer: no-answer }\n');
    const before = readFileSync(roster);
    const result = await run('--level', 'red', '--confirm', '--no-log');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Ingen personer svarede; der er intet at bekræfte, og planfilen er ikke ændret.');
    expect(readFileSync(roster)).toEqual(before);
  });

  it('a read-only roster is refused before the drill begins', async () => {
    const { roster, journal, run } = setup('- { contact: lasse-bonde, answer: answered }\n');
    chmodSync(roster, 0o444);
    const result = await run('--level', 'red', '--confirm');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('er skrivebeskyttet');
    expect(existsSync(journal)).toBe(false);
  });
  it('without a roster of ones own, the shipped plan is refused before the drill begins', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'beredskab-drill-'));
    writeFileSync(join(cwd, 'answers.yaml'), '- { contact: lasse-bonde, answer: answered }\n');
    const result = await beredskab(['drill', '--level', 'red', '--confirm', '--answers', 'answers.yaml'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('den medfølgende plan for Randers kan ikke ændres');
    expect(existsSync(join(cwd, 'journal'))).toBe(false);
  });
});
