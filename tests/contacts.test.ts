import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ROOT, SHIPPED } from './helpers.js';
import { run as beredskab } from './run.js';

const HOSTILE = `${ROOT}tests/fixtures/hostile.yaml`;
const sheet = async (format: string, roster?: string, extra: string[] = []) => {
  const run = await beredskab([...(roster ? ['--roster', roster] : []), 'contacts', '--format', format, ...extra]);
  expect(run.stderr).toMatch(roster ? /^$/ : /^beredskab: (bruger den medfølgende|using the shipped)[^\n]*\n$/);
  expect(run.code).toBe(0);
  return run.stdout;
};

/** vCard 3.0 read back: unfolded, split into cards, values unescaped. */
function readVcards(text: string): Array<Record<string, string>> {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  expect(unfolded.endsWith('\r\n')).toBe(true);
  const cards: Array<Record<string, string>> = [];
  let card: Record<string, string> | undefined;
  for (const line of unfolded.split('\r\n').filter(Boolean)) {
    if (line === 'BEGIN:VCARD') card = {};
    else if (line === 'END:VCARD') cards.push(card!);
    else {
      const colon = line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/);
      const key = line.slice(0, colon);
      const value = line.slice(colon + 1);
      card![key] = value.replace(/\\(.)/g, (_m, c: string) => (c === 'n' ? '\n' : c));
    }
  }
  return cards;
}

describe('contacts on the shipped roster', () => {
  it('text: complete, 80 columns, footer with revision, hash and date', async () => {
    const out = await sheet('text');
    for (const needle of ['Kontaktark: Boligsocial Beredskabsplan 2025-2029', 'Gl. Jennumparken', 'Rødt: gruppen mødes inden for 24 timer', '1. Lasse Bonde  25 58 32 49', '2. ellers Allan Aarslev  22 70 12 26', '3. ellers Østjyllands Politis vagtchef  114', '★ koordinator', 'suppleant for Lasse Bonde', 'Kenneth Hansen', 'brandvæsenet', 'Planfilens revision 1']) {
      expect(out).toContain(needle);
    }
    expect(out.replace(/\s+/g, ' ')).toMatch(/indhold [0-9a-f]{12}\. Udskrevet \d{4}-\d{2}-\d{2}/);
    for (const line of out.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(await sheet('text', undefined, ['--lang', 'en'])).toContain('Contact sheet: Boligsocial Beredskabsplan 2025-2029');
  });

  it('markdown: a table row per contact', async () => {
    const out = await sheet('markdown');
    expect(out).toContain('| **Louise Hou Kragh** | 42 14 86 00 |  | Chef for bystrategisk udvikling | Bysekretariatet | koordinator, medlem |');
    expect(out.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Navn') && !l.startsWith('| ---'))).toHaveLength(13);
  });

  it('csv: BOM, semicolons, one row per contact with its role, read back by a CSV parser', async () => {
    const out = await sheet('csv');
    expect(out.startsWith('\uFEFF')).toBe(true);
    const rows = parse(out, { bom: true, delimiter: ';', columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(13);
    expect(rows[0]).toEqual({ Rolle: 'koordinator, medlem', Navn: 'Louise Hou Kragh', Titel: 'Chef for bystrategisk udvikling', Organisation: 'Bysekretariatet', Telefon: '42 14 86 00', 'E-mail': '', Id: 'louise-hou-kragh' });
    expect(rows.find((r) => r.Id === 'politi-vagtchef')).toMatchObject({ Rolle: 'døgnnummer', Telefon: '114' });
    expect(rows.map((r) => r.Telefon)).toContain('29 13 69 59');
  });

  it('vcard: a card per person and hotline, international numbers, the plan as category', async () => {
    const cards = readVcards(await sheet('vcard'));
    expect(cards).toHaveLength(13);
    const lasse = cards.find((c) => c.FN === 'Lasse Bonde')!;
    expect(lasse).toMatchObject({ VERSION: '3.0', N: 'Bonde;Lasse;;;', ORG: 'Østjyllands Politi', TITLE: 'Politikommissær', 'TEL;TYPE=WORK,VOICE': '+4525583249', CATEGORIES: 'Boligsocial Beredskabsplan 2025-2029' });
    expect(cards.find((c) => c['TEL;TYPE=WORK,VOICE'] === '114')!.FN).toBe('Østjyllands Politis vagtchef');
  });

  it('json: every contact with id, name, title, organisation, phone and roles', async () => {
    const data = JSON.parse(await sheet('json')) as { contacts: Array<Record<string, unknown>>; footer: Record<string, unknown>; callOrder: Array<{ contacts: string[] }> };
    expect(data.contacts.find((c) => c.id === 'allan-aarslev')).toMatchObject({ name: 'Allan Aarslev', title: 'Politikommissær', organisation: 'Østjyllands Politi', phone: '22 70 12 26', roles: ['substitute', 'call'] });
    expect(data.callOrder[0]!.contacts).toEqual(['lasse-bonde', 'allan-aarslev', 'politi-vagtchef']);
    expect(data.footer).toMatchObject({ revision: 1, lastChanged: '2026-11-27' });
  });

  it('--level orders the contacts by the call sequence', async () => {
    const data = JSON.parse(await sheet('json', undefined, ['--level', 'red'])) as { contacts: Array<{ id: string }> };
    expect(data.contacts.slice(0, 4).map((c) => c.id)).toEqual(['lasse-bonde', 'allan-aarslev', 'politi-vagtchef', 'louise-hou-kragh']);
  });

  it('--output writes the file whole, and a failed write leaves nothing behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-out-'));
    const target = join(dir, 'ark.csv');
    const ok = await beredskab(['contacts', '--format', 'csv', '--output', target]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('');
    expect(readFileSync(target, 'utf8')).toBe(await sheet('csv'));
    const bad = await beredskab(['--roster', SHIPPED, 'contacts', '--format', 'html', '--output', join(dir, 'missing-dir', 'ark.html')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^beredskab: kunne ikke skrive .*ark\.html: ENOENT\n$/);
    expect(readdirSync(dir)).toEqual(['ark.csv']);
    const badFormat = await beredskab(['contacts', '--format', 'pdf', '--output', join(dir, 'x.pdf')]);
    expect(badFormat.code).toBe(2);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });
});

describe('a hostile roster through every format', () => {
  const script = '<script>alert(1)</script> Hansen';
  const formula = '=HYPERLINK("http://evil.example","Ring")';
  // A line break in a name is refused by lint (text-multiline); a no-break space is text like any other.
  const newline = 'Ikke\u00a0brud 😀';

  it('html shows the text and runs nothing', async () => {
    const out = await sheet('html', HOSTILE);
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<b>Område');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Hansen');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('Chef &quot;for&quot; alt; og, mere');
  });

  it('csv parses back to the same values, with no live formula', async () => {
    const rows = parse(await sheet('csv', HOSTILE), { bom: true, delimiter: ';', columns: true }) as Array<Record<string, string>>;
    const byId = Object.fromEntries(rows.map((r) => [r.Id, r]));
    expect(byId['p-script']!.Navn).toBe(script);
    expect(byId['p-script']!.Titel).toBe('Chef "for" alt; og, mere');
    expect(byId['p-newline']!.Navn).toBe(newline);
    expect(byId['p-formula']!.Navn).toBe(`'${formula}`);
    expect(byId['p-formula']!.Titel).toBe("'+SUM(A1:A9)");
    expect(byId['p-newline']!.Titel).toBe("'-1; @home\\path");
    for (const row of rows) for (const value of Object.values(row)) expect(value).not.toMatch(/^[\s\u00a0]*[=+\-@]/);
  });

  it('vcard parses back to the same values', async () => {
    const cards = readVcards(await sheet('vcard', HOSTILE));
    expect(cards.map((c) => c.FN)).toEqual([script, newline, formula, 'Vagt <b>&amp;</b>']);
    expect(cards[0]!.TITLE).toBe('Chef "for" alt; og, mere');
    expect(cards[0]!.ORG).toBe('Org "A", Afd; 1');
    expect(cards[1]!.TITLE).toBe('-1; @home\\path');
    const raw = await sheet('vcard', HOSTILE);
    for (const line of raw.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('json parses back to the same values', async () => {
    const data = JSON.parse(await sheet('json', HOSTILE)) as { title: string; contacts: Array<{ name: string }> };
    expect(data.title).toBe('Plan <script>alert(\'x\')</script> & "co"; ok, fine');
    expect(data.contacts.map((c) => c.name)).toEqual([script, newline, formula, 'Vagt <b>&amp;</b>']);
  });

  it('markdown keeps table rows intact', async () => {
    const rows = (await sheet('markdown', HOSTILE)).split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Navn') && !l.startsWith('| ---'));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(8);
  });
});

describe('a formula behind blanks', () => {
  it('is neutralised in the CSV too: spreadsheets skip the blanks before reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-csv-'));
    const roster = join(dir, 'roster.yaml');
    writeFileSync(roster, readFileSync(SHIPPED, 'utf8').replace('    title: SSP-konsulent\n', '    title: " =1+1"\n'));
    const run = await beredskab(['--roster', roster, 'contacts', '--format', 'csv']);
    expect(run.code).toBe(0);
    const rows = parse(run.stdout, { bom: true, delimiter: ';', columns: true }) as Array<Record<string, string>>;
    expect(rows.find((r) => r.Id === 'claus-hansen')!.Titel).toBe("' =1+1");
  });
});

describe('e-mail addresses on the contact sheet, and what --output says', () => {
  const INVITE = `${ROOT}tests/fixtures/invite.yaml`;
  it('every format shows the e-mail address a person has', async () => {
    expect(await sheet('text', INVITE)).toContain('clha@randers.dk');
    expect(await sheet('markdown', INVITE)).toMatch(/\| Claus Hansen \| 40 86 74 08 \| clha@randers\.dk \|/);
    const rows = parse((await sheet('csv', INVITE)).replace(/^\uFEFF/, ''), { delimiter: ';', columns: true }) as Array<Record<string, string>>;
    expect(rows.find((r) => r.Navn === 'Claus Hansen')!['E-mail']).toBe('clha@randers.dk');
    expect(rows.find((r) => r.Id === 'politi-vagtchef')!['E-mail']).toBe('');
    const cards = readVcards(await sheet('vcard', INVITE));
    expect(cards.find((c) => c.FN === 'Claus Hansen')!['EMAIL;TYPE=INTERNET,WORK']).toBe('clha@randers.dk');
    expect(cards.find((c) => c.FN === 'Østjyllands Politis vagtchef')!['EMAIL;TYPE=INTERNET,WORK']).toBeUndefined();
    const data = JSON.parse(await sheet('json', INVITE));
    expect(data.contacts.find((c: { id: string }) => c.id === 'claus-hansen').email).toBe('clha@randers.dk');
    expect(await sheet('html', INVITE)).toContain('<a class="email" href="mailto:clha@randers.dk">clha@randers.dk</a>');
  });

  it('--output says once on stderr which file it wrote, and for the HTML sheet that it is one A4 page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beredskab-wrote-'));
    const html = await beredskab(['--roster', INVITE, 'contacts', '--format', 'html', '--output', 'kontaktark.html'], { cwd: dir });
    expect(html.code).toBe(0);
    expect(html.stderr).toBe('Skrev kontaktark.html (1 side A4)\n');
    const csv = await beredskab(['--roster', INVITE, '--lang', 'en', 'contacts', '--format', 'csv', '--output', 'kontakter.csv'], { cwd: dir });
    expect(csv.stderr).toBe('Wrote kontakter.csv\n');
    // Standard output is no file to point to.
    expect((await beredskab(['--roster', INVITE, 'contacts', '--output', '-'], { cwd: dir })).stderr).toBe('');
  });
});
