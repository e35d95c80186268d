import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../domain/calendar.js';
import { meetingDeadline } from '../domain/deadline.js';
import { interpretationsOf } from '../domain/interpretations.js';
import { loadRoster } from '../roster/load.js';
import type { LevelId, Roster } from '../roster/schema.js';
import { blocksFromMarkdown } from './blocks.js';
import { extractRoster, parseParticipant, phonesIn, sayReview, type ImportResult } from './extract.js';
import { readPlan } from './read.js';
import { rosterYaml } from './yaml.js';
import { importMessages } from '../i18n/index.js';
import { said } from '../../tests/said.js';

/** The Randers plan as approved, as markdown: the seed of the shipped roster. */
const SEED_TEXT = readFileSync(new URL('../../tests/fixtures/import/beredskabsplan-randers-2025-2029.md', import.meta.url), 'utf8');
const SHIPPED = readFileSync(new URL('../../roster.yaml', import.meta.url));
const VEJLE = new URL('../../tests/fixtures/import/vejle-noerremarken.txt', import.meta.url).pathname;
const TODAY = '2026-11-30';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'beredskab-import-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** A plan as Word writes it: "#" lines as Word headings, "- " as list items, tab or | rows as one table. */
async function wordFile(markdown: string, name: string, options: { boldHeadings?: boolean } = {}): Promise<string> {
  const children: Array<Paragraph | Table> = [];
  let rows: string[][] = [];
  const flush = () => {
    if (!rows.length) return;
    children.push(new Table({ rows: rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) }));
    rows = [];
  };
  const headings = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];
  for (const raw of markdown.split('\n')) {
    const line = raw.trimEnd();
    if (line.includes('\t') || /^\|.*\|$/.test(line)) {
      if (/^\|[-|\s]+\|$/.test(line)) continue;
      rows.push(line.includes('\t') ? line.split('\t') : line.slice(1, -1).split('|').map((c) => c.trim()));
      continue;
    }
    flush();
    if (!line.trim()) continue;
    const h = /^(#+)\s+(.*)$/.exec(line);
    if (h && options.boldHeadings) children.push(new Paragraph({ children: [new TextRun({ text: h[2]!.replace(/\*\*/g, ''), bold: true })] }));
    else if (h) children.push(new Paragraph({ text: h[2]!.replace(/\*\*/g, ''), heading: headings[Math.min(h[1]!.length, 3) - 1] }));
    else if (line.startsWith('- ')) children.push(new Paragraph({ text: line.slice(2), bullet: { level: 0 } }));
    else children.push(new Paragraph(line));
    // The map of the areas, as the plan has it: a picture the reader skips.
    if (line.endsWith('kortet her:')) children.push(new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 40, height: 40 } })] }));
  }
  flush();
  const file = join(dir, name);
  writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children }] })));
  return file;
}

interface Imported {
  result: ImportResult;
  yaml: string;
  roster: Roster;
  errors: string[];
  warnings: string[];
}

async function importFile(file: string): Promise<Imported> {
  const result = extractRoster(await readPlan(file), { today: TODAY });
  const yaml = rosterYaml(result, 'plan', TODAY, importMessages('da'));
  const loaded = said(loadRoster(new TextEncoder().encode(yaml), { file: 'roster.yaml' }), 'da');
  expect(loaded.roster, loaded.diagnostics.map((d) => d.message).join('\n')).toBeDefined();
  return {
    result,
    yaml,
    roster: loaded.roster!,
    errors: loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`),
    warnings: loaded.diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.code}: ${d.message}`),
  };
}

const person = (r: Roster, id: string) => r.people.find((p) => p.id === id)!;
const byName = (r: Roster, name: string) => r.people.find((p) => p.name === name);
const digits = (phone: string | number) => String(phone).replace(/\D/g, '');
const names = (r: Roster, ids: readonly string[]) => ids.map((id) => r.people.find((p) => p.id === id)?.name ?? r.hotlines.find((h) => h.id === id)?.phone);
const da = (t: unknown) => (typeof t === 'string' ? t : (t as { da: string }).da);

/** The deadline of each level at each moment, as ISO strings. */
function deadlines(roster: Roster, moments: string[]): Array<string | undefined> {
  const calendar = new WorkingCalendar(roster.calendar);
  return moments.flatMap((at) =>
    (['yellow', 'red'] as LevelId[]).map((level) => meetingDeadline(roster, level, DateTime.fromISO(at, { zone: 'Europe/Copenhagen' }), calendar)?.deadline.toISO() ?? undefined),
  );
}
const MOMENTS = ['2026-12-23T15:30', '2026-12-31T09:00', '2027-03-24T23:59', '2027-03-26T10:00', '2027-10-30T20:00', '2027-04-30T16:01', '2028-12-22T08:00'];

/** A source's paragraphs of prose: everything but the title, headings, tables, and the lines that are data. */
function proseOf(md: string, data: RegExp): string[] {
  return md
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !l.includes('\t') && !l.startsWith('|') && !data.test(l))
    .map((l) => l.replace(/^- /, ''));
}
const seedProse = (md: string) => proseOf(md, /tlf\.|telefonnummer 114|^[^:]+:\s*[A-ZÆØÅ][a-zæøå]+( [A-ZÆØÅ][a-zæøå]+)+$/);

/** Every paragraph of prose is in the roster's text, verbatim, and every insert stands where the data was. */
function expectProse(roster: Roster, prose: string[]): void {
  const bodies = roster.text!.map((s) => s.body.da).join('\n\n');
  const lines = bodies.split('\n').map((l) => l.replace(/^- /, '').trim()).filter(Boolean);
  for (const line of prose) expect(lines, line).toContain(line);
  const inserts = lines.filter((l) => /^\{\{/.test(l));
  expect(lines.length - inserts.length).toBe(prose.length);
}

describe('import of the Randers plan as a Word file', () => {
  let seed: Imported;
  const shipped = said(loadRoster(SHIPPED, { file: 'roster.yaml' }), 'da');
  beforeAll(async () => {
    seed = await importFile(await wordFile(SEED_TEXT, 'randers.docx'));
  });

  it('lints without errors, and reports the plan\'s own contradictions as the shipped roster does', () => {
    expect(seed.errors).toEqual([]);
    const codes = (ws: string[]) => ws.map((w) => w.split(':')[0]).sort();
    expect(codes(seed.warnings)).toEqual(codes(shipped.diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.code}:`)));
  });

  it('has all 12 people with their numbers', () => {
    const r = seed.roster;
    expect(r.people).toHaveLength(12);
    for (const p of shipped.roster!.people) expect(digits(byName(r, p.name)!.phone), p.name).toBe(digits(p.phone));
  });

  it('has the members, Allan Aarslev as Lasse Bonde\'s substitute and Louise Hou Kragh as coordinator', () => {
    const r = seed.roster;
    expect(names(r, r.group.members.map((m) => m.person))).toEqual(names(shipped.roster!, shipped.roster!.group.members.map((m) => m.person)));
    const lasse = r.group.members.find((m) => person(r, m.person).name === 'Lasse Bonde')!;
    expect(person(r, lasse.substitute!).name).toBe('Allan Aarslev');
    expect(r.group.members.filter((m) => m.substitute)).toHaveLength(1);
    expect(person(r, r.group.coordinator).name).toBe('Louise Hou Kragh');
  });

  it('has the police chain Lasse Bonde → Allan Aarslev → 114, then the coordinator', () => {
    const r = seed.roster;
    expect(names(r, r.activation.chains[0]!.contacts)).toEqual(['Lasse Bonde', 'Allan Aarslev', '114']);
    expect(names(r, r.activation.chains[1]!.contacts)).toEqual(['Louise Hou Kragh']);
  });

  it('has the four press contacts, the seven signatories as signed, and the six ad hoc organisations', () => {
    const r = seed.roster;
    const s = shipped.roster!;
    expect(names(r, r.press.contacts)).toEqual(['Jens Heslop', 'Camilla Nielsen', 'Pia Hesselvig', 'Kenneth Hansen']);
    expect(r.press.responsible.map((id) => r.organisations.find((o) => o.id === id)!.name)).toEqual(['Østjyllands Politi', 'Randers Kommune']);
    const signed = (x: Roster) => x.signatories.map((sig) => [person(x, sig.person).name, sig.title, sig.organisation]);
    expect(signed(r)).toEqual(signed(s));
    expect(r.adHoc).toEqual(s.adHoc.map(da));
  });

  it('reads who informs whom, with the people and organisations the sentences name', () => {
    const r = seed.roster;
    const duties = r.communication.map((d) => [names(r, d.by).map((n, i) => n ?? r.organisations.find((o) => o.id === d.by[i])!.name).join(', '), da(d.informs)]);
    expect(duties).toContainEqual(['Claus Hansen', 'aktiverer SSP-netværket – herunder eksempelvis skole, opsøgende medarbejdere, klubmedarbejdere, hvis situationen kræver det']);
    expect(duties).toContainEqual(['Østjyllands Politi', 'viderebringer relevante informationer indenfor retsplejelovens rammer']);
    expect(duties).toContainEqual(['Louise Hou Kragh', 'varetager desuden dialogen med boligorganisationernes driftsenheder i tæt samarbejde med inspektøren, der også indgår i beredskabsgruppen']);
    expect(duties.find((d) => d[1]!.startsWith('sikrer hver især orientering'))![0]!.split(', ')).toHaveLength(7);
    expect(da(r.plan.informationSharing)).toMatch(/^Politi og kommune er myndigheder, der har mulighed for at dele informationer inden for retsplejelovens § 115\./);
    expect(r.plan.statusMeeting.organiser).toBe('bysekretariatet');
    expect(da(r.plan.commission)).toBe('Der er ikke udarbejdet et kommissorium.');
  });

  it('reads the levels: meaning from the table, examples, and the same deadlines as the shipped roster', () => {
    const r = seed.roster;
    expect(r.levels.yellow!.convene).toEqual({ type: 'working-days', days: 3 });
    expect(r.levels.red!.convene).toEqual({ type: 'hours', hours: 24 });
    expect(r.levels.green!.convene).toEqual({ type: 'none', forums: ['pulsmøderne', 'SSP-samarbejdet'] });
    expect(r.levels.red!.examples).toEqual(s_examples('red'));
    expect(r.levels.yellow!.examples).toEqual(s_examples('yellow'));
    expect(da(r.levels.yellow!.meaning)).toMatch(/^Foregribende indsatser: Når der identificeres/);
    expect(deadlines(r, MOMENTS)).toEqual(deadlines(shipped.roster!, MOMENTS));
  });

  it('states no interpretation the plan does not: each is a default, as in the shipped roster, with a comment', () => {
    const stated = (roster: Roster) => Object.values(interpretationsOf(roster)).map((i) => [i.key, i.value, i.stated]);
    expect(stated(seed.roster)).toEqual(stated(shipped.roster!));
    expect(Object.values(interpretationsOf(seed.roster)).filter((i) => i.stated)).toEqual([]);
    expect(seed.yaml).toMatch(/# ANTAGELSE: Planen siger ikke, om aktiveringsdagen tæller med[^\n]*\n(?:.*\n)*?interpretations: \{\}/);
  });
  const s_examples = (level: LevelId) => shipped.roster!.levels[level]!.examples!.map(da);

  it('keeps the plan, title, period and areas, and lists the years-only period as an assumption', () => {
    const r = seed.roster;
    expect(r.plan.title).toBe('Boligsocial Beredskabsplan 2025-2029');
    expect(r.plan.municipality).toBe('Randers Kommune');
    expect(r.plan.period).toEqual({ start: '2025-01-01', end: '2029-12-31' });
    expect(r.plan.areas).toHaveLength(5);
    expect(r.plan.areas[2]).toBe('Områderne omkring Glarbjergvej, Hermann Stillingsvej og Energivej');
    const codes = seed.result.review.map((i) => `${i.kind}:${i.code}`);
    expect(codes).toContain('assumption:period-years');
    expect(codes).toContain('assumption:workday-ends');
    expect(seed.result.review.filter((i) => i.kind !== 'assumption')).toEqual([]);
    expect(seed.yaml).toContain('# ANTAGELSE: Planen nævner kun årstallene 2025–2029');
  });

  it('keeps the prose verbatim, section by section, with the data inserted where the plan has it', () => {
    const r = seed.roster;
    expect(r.text!.map((s) => s.section)).toEqual(['indledning', 'formaal', 'deltagere', 'organisering', 'kompetencer', 'omverdenen', 'kommissorium', 'underskrift']);
    expectProse(r, seedProse(SEED_TEXT));
    const bodies = r.text!.map((s) => s.body.da).join('\n\n');
    for (const insert of ['{{niveauer}}', '{{deltagere}}', '{{reserve}}', '{{presse}}', '{{underskrifter}}']) expect(bodies).toContain(insert);
    expect(r.text!.find((s) => s.section === 'kompetencer')!.heading?.da).toBe('Kompetencer/handlemuligheder i beredskabssituationer');
  });

  it('has the same text as the shipped roster, which corrects one misspelt area in the line under the title', () => {
    const shippedText = JSON.parse(JSON.stringify(shipped.roster!.text).replace('SJÆLLANDSGADEKVARTERET', 'SJÆLLANDSGADEKVARTRET'));
    expect(seed.roster.text).toEqual(shippedText);
  });

  it('reads the markdown seed as it reads the Word file', async () => {
    const md = join(dir, 'randers.md');
    writeFileSync(md, SEED_TEXT);
    const fromMd = await importFile(md);
    expect(fromMd.roster.people).toEqual(seed.roster.people);
    expect(fromMd.roster.activation).toEqual(seed.roster.activation);
    expect(fromMd.roster.text).toEqual(seed.roster.text);
  });
});

describe('import of a plan in another shape (Vejle, plain text)', () => {
  let v: Imported;
  beforeAll(async () => {
    v = await importFile(VEJLE);
  });

  it('lints without errors; name-first lines, inline substitutes, +45 and 0045 numbers', () => {
    const r = v.roster;
    expect(v.errors).toEqual([]);
    expect(r.people.map((p) => [p.name, p.title, r.organisations.find((o) => o.id === p.organisation)!.name, p.phone])).toEqual([
      ['Mette Holm', 'Boligsocial koordinator', 'Vejle Kommune', '21 43 65 87'],
      ['Søren Dam', 'Boligsocial koordinator', 'Vejle Kommune', '21 43 65 88'],
      ['Jonas Berg', 'Politikommissær', 'Sydøstjyllands Politi', '23 45 67 89'],
      ['Lise Krogh', 'Politikommissær', 'Sydøstjyllands Politi', '23 45 67 90'],
      ['Hanne Vest', 'Driftschef', 'Boligselskabet Vejle', '29 11 22 33'],
      ['Ole Bak', 'Driftschef', 'Boligselskabet Vejle', '29 11 22 34'],
      ['Anna Lund', 'Kommunikationschef', 'Vejle Kommune', '40 11 22 33'],
      ['Peter Smed', 'Presserådgiver', 'Sydøstjyllands Politi', '40 11 22 44'],
    ]);
    expect(r.group.members.map((m) => [person(r, m.person).name, person(r, m.substitute!).name])).toEqual([
      ['Mette Holm', 'Søren Dam'],
      ['Jonas Berg', 'Lise Krogh'],
      ['Hanne Vest', 'Ole Bak'],
    ]);
    expect(v.warnings.filter((w) => w.startsWith('member-without-substitute'))).toEqual([]);
  });

  it('has the police chain, a second chain to the municipal duty number, the coordinator and the press', () => {
    const r = v.roster;
    expect(person(r, r.group.coordinator).name).toBe('Mette Holm');
    expect(names(r, r.activation.chains.find((c) => c.id === 'politi')!.contacts)).toEqual(['Jonas Berg', 'Lise Krogh', '114']);
    const duty = r.activation.chains.find((c) => c.contacts.some((id) => r.hotlines.find((h) => h.id === id)?.phone === '76 81 00 00'))!;
    expect(duty).toBeDefined();
    expect(da(duty.purpose)).toBe('Uden for kontortid ringes til kommunens døgnvagt på 76 81 00 00.');
    expect(r.hotlines.find((h) => h.phone === '76 81 00 00')!.organisation).toBe('vejle-kommune');
    expect(names(r, r.press.contacts)).toEqual(['Anna Lund', 'Peter Smed']);
    expect(r.adHoc).toEqual(['brandvæsenet', 'skolen', 'klubben']);
    expect(r.signatories.map((s) => person(r, s.person).name)).toEqual(['Mette Holm', 'Jonas Berg', 'Hanne Vest']);
    expect(r.communication.map((d) => [d.by, da(d.informs)])).toEqual([[['hanne-vest'], 'orienterer ejendomsfunktionærerne']]);
    expect(v.result.review.map((i) => i.code)).toContain('chain-hotline');
  });

  it('keeps its prose verbatim in the text, section by section', () => {
    expectProse(v.roster, proseOf(readFileSync(VEJLE, 'utf8'), /tlf\.|telefonnummer 114|^[^:]+:\s*[A-ZÆØÅ][a-zæøå]+( [A-ZÆØÅ][a-zæøå]+)+$/));
    expect(v.roster.text!.map((t) => t.section)).toEqual(['indledning', 'formaal', 'deltagere', 'organisering', 'kompetencer', 'omverdenen', 'kommissorium', 'underskrift']);
  });

  it('reads the other ways of writing a substitute: in brackets, and "Suppleant for NAVN:" on a line of its own', async () => {
    const file = join(dir, 'vejle-suppleanter.txt');
    writeFileSync(
      file,
      readFileSync(VEJLE, 'utf8')
        .replace(', suppleant: Søren Dam, tlf. 0045 21 43 65 88', ' (suppleant: Søren Dam, tlf. 0045 21 43 65 88)')
        .replace(', suppleant: Lise Krogh, tlf. 2345 6790', '')
        .replace('Hanne Vest, Driftschef', 'Suppleant for Jonas Berg: Lise Krogh, Politikommissær, Sydøstjyllands Politi, tlf. 2345 6790\nHanne Vest, Driftschef'),
    );
    const r = (await importFile(file)).roster;
    expect(r.group.members.map((m) => [m.person, m.substitute])).toEqual([
      ['mette-holm', 'soeren-dam'],
      ['jonas-berg', 'lise-krogh'],
      ['hanne-vest', 'ole-bak'],
    ]);
  });

  it('a number to call whose organisation the text does not name: a blank to fill in, said with its number', async () => {
    const file = join(dir, 'vejle-doegnvagt.txt');
    const text = readFileSync(VEJLE, 'utf8');
    expect(text).toContain('ringes til kommunens døgnvagt på');
    writeFileSync(file, text.replace('ringes til kommunens døgnvagt på', 'ringes til døgnvagten på'));
    const { result } = await importFile(file);
    const items = result.review.filter((i) => i.code === 'hotline-organisation-missing' || i.code === 'chain-hotline');
    expect(items.map((i) => [i.kind, i.code, i.args])).toEqual([
      ['blank', 'hotline-organisation-missing', { name: 'døgnvagten', phone: '76 81 00 00' }],
      ['assumption', 'chain-hotline', { name: 'døgnvagten', phone: '76 81 00 00', order: 'døgnvagten' }],
    ]);
    for (const lang of ['da', 'en'] as const) {
      const sentences = result.review.map((i) => sayReview(importMessages(lang).review, i));
      expect(sentences.join('\n')).not.toMatch(/undefined/);
    }
    expect(sayReview(importMessages('da').review, items[0]!)).toBe('Teksten siger ikke, hvilken organisation der står bag døgnvagten (76 81 00 00); angiv den');
  });

  it('reads its own deadlines: 1 working day and 6 hours', () => {
    const r = v.roster;
    expect(r.levels.yellow!.convene).toEqual({ type: 'working-days', days: 1 });
    expect(r.levels.red!.convene).toEqual({ type: 'hours', hours: 6 });
    // Wednesday 23 December 2026: 24 December is a working day (the plan names no customary days off). Wednesday 24
    // March 2027: Maundy Thursday, Good Friday, the weekend and Easter Monday pass before the next working day.
    expect(deadlines(r, ['2026-12-23T15:30', '2027-03-24T22:00'])).toEqual([
      '2026-12-24T16:00:00.000+01:00',
      '2026-12-23T21:30:00.000+01:00',
      '2027-03-30T16:00:00.000+02:00',
      '2027-03-25T04:00:00.000+01:00',
    ]);
    expect(r.plan.period).toEqual({ start: '2026-01-01', end: '2030-12-31' });
    expect(r.plan.areas).toEqual(['Nørremarken']);
    expect(r.plan.municipality).toBe('Vejle Kommune');
  });
});

const SILKEBORG = `# Beredskabsplan for Funder Bakke 2027-2031

FOR BOLIGOMRÅDET FUNDER BAKKE I SILKEBORG KOMMUNE.

## Formål

Formålet med beredskabsplanen er at sikre en koordineret indsats, når situationer i området kræver det:

- Der er begyndende uro (gult niveau). Det kan fx være råb og trusler, graffiti eller knallertkørsel.
- Der er alvorlige hændelser (rødt niveau). Det kan være brand eller vold.

| Beredskabsniveau | Situation |
|---|---|
| Grønt | Det almindelige forebyggende arbejde |
| Gult | Foregribende indsatser |
| Rødt | Indgribende indsatser |

Det forebyggende samarbejde (grønt) varetages i de faste fora som fx områdemøderne.

Ved gult niveau samles gruppen senest inden for 48 timer, og ved rødt niveau samles gruppen inden for tolv timer.

## Deltagere i beredskabet

| Navn | Titel | Organisation | Telefon | Suppleant |
|---|---|---|---|---|
| Kirsten Due | Boligsocial leder | Silkeborg Kommune | 8970 1234 | Anders Mørk, tlf. 8970 1235 |
| Tina Holm | Politiassistent | Midt- og Vestjyllands Politi | +4572581448 | Bo Hansen, tlf. 7258 1449 |
| Lars Vinther | Driftsleder | Boligselskabet Sølystparken | 0045 2011 2233 | Maja Kjær, tlf. 20 11 22 34 |

Andre relevante ad hoc personer kan deltage (fx gadeplansmedarbejdere, skolen og boligsociale medarbejdere).

Det er deltagernes ansvar, at oplysningerne er opdaterede.

## Organisering

Alle i gruppen kan aktivere beredskabet. Boligsocial leder kontaktes og har ansvaret for, at alle bliver inviteret til mødet.

Der afholdes et årligt statusmøde. Det er Silkeborg Kommune, der er tovholder for denne funktion.

Politi og kommune deler oplysninger inden for retsplejelovens § 115.

Boligsocial leder sørger for at informere beboerne, hvis det er aftalt med gruppen.

## Kompetencer/handlemuligheder i beredskabssituationer

I akutte krisesituationer følger alle politiets anvisninger. Inden beredskabet aktiveres, kontaktes politiet for afdækning af situationen.

Kan Tina Holm eller Bo Hansen ikke træffes, ringes til Midt- og Vestjyllands Politis vagtchef på 114.

Uden for kontortid ringes til Silkeborg Kommunes socialvagt på 89 70 10 00.

Gruppen vurderer, om der skal foretages en evaluering.

## Håndtering af omverdenen

Politi og kommune har ansvar for kontakten til pressen.

Ved kontakt til pressen inddrages:

- Pressechef, Silkeborg Kommune, Ida Brink, tlf. 89 70 10 10

## Kommissorium

Der er ikke udarbejdet et kommissorium.

## Underskrift

Kirsten Due: Boligsocial leder, Silkeborg Kommune

Tina Holm: Politiassistent, Midt- og Vestjyllands Politi

Lars Vinther: Driftsleder, Boligselskabet Sølystparken
`;

describe('import of a plan with a table of participants (Silkeborg, Word)', () => {
  let s: Imported;
  beforeAll(async () => {
    s = await importFile(await wordFile(SILKEBORG, 'silkeborg.docx'));
  });

  it('lints without errors and reads the table: members, substitutes, numbers', () => {
    const r = s.roster;
    expect(s.errors).toEqual([]);
    expect(r.group.members.map((m) => [person(r, m.person).name, person(r, m.substitute!).name, person(r, m.person).phone, person(r, m.substitute!).phone])).toEqual([
      ['Kirsten Due', 'Anders Mørk', '89 70 12 34', '89 70 12 35'],
      ['Tina Holm', 'Bo Hansen', '72 58 14 48', '72 58 14 49'],
      ['Lars Vinther', 'Maja Kjær', '20 11 22 33', '20 11 22 34'],
    ]);
    expect(person(r, r.group.members[1]!.substitute!).title).toBe('Politiassistent');
    expect(person(r, r.group.coordinator).name).toBe('Kirsten Due');
  });

  it('reads 48 hours and twelve hours, the chains, the press and the name-first signatures', () => {
    const r = s.roster;
    expect(r.levels.yellow!.convene).toEqual({ type: 'hours', hours: 48 });
    expect(r.levels.red!.convene).toEqual({ type: 'hours', hours: 12 });
    expect(deadlines(r, ['2027-10-30T20:00'])).toEqual(['2027-11-01T19:00:00.000+01:00', '2027-10-31T07:00:00.000+01:00']);
    expect(names(r, r.activation.chains[0]!.contacts)).toEqual(['Tina Holm', 'Bo Hansen', '114']);
    const social = r.hotlines.find((h) => h.phone === '89 70 10 00')!;
    expect(social.organisation).toBe('silkeborg-kommune');
    expect(r.activation.chains.some((c) => c.contacts.includes(social.id))).toBe(true);
    expect(names(r, r.press.contacts)).toEqual(['Ida Brink']);
    expect(r.signatories.map((x) => [person(r, x.person).name, x.title, x.organisation])).toEqual([
      ['Kirsten Due', 'Boligsocial leder', 'Silkeborg Kommune'],
      ['Tina Holm', 'Politiassistent', 'Midt- og Vestjyllands Politi'],
      ['Lars Vinther', 'Driftsleder', 'Boligselskabet Sølystparken'],
    ]);
    expect(r.adHoc).toEqual(['gadeplansmedarbejdere', 'skolen', 'boligsociale medarbejdere']);
    expect(r.communication.map((d) => d.by)).toEqual([['kirsten-due']]);
    expect(r.text!.find((t) => t.section === 'deltagere')!.body.da).toContain('{{deltagere}}');
    expectProse(r, proseOf(SILKEBORG, /tlf\.|på 114\.$|^[A-ZÆØÅ][a-zæøå]+ [A-ZÆØÅ][a-zæøå]+: /));
  });
});

describe('a Word file whose headings are only bold paragraphs', () => {
  it('reads the same roster and the same sections as with heading styles', async () => {
    const styled = await importFile(await wordFile(SILKEBORG, 'styled.docx'));
    const bold = await importFile(await wordFile(SILKEBORG, 'bold.docx', { boldHeadings: true }));
    expect(bold.errors).toEqual([]);
    expect(bold.roster.text).toEqual(styled.roster.text);
    expect(bold.roster.people).toEqual(styled.roster.people);
    expect(bold.roster.plan.title).toBe('Beredskabsplan for Funder Bakke 2027-2031');
  });
});

describe('what cannot be mapped is said, never guessed', () => {
  it('a participant line it cannot split is a review item quoting the line, and the roster needs review', async () => {
    const plan = SILKEBORG.replace('| Lars Vinther | Driftsleder | Boligselskabet Sølystparken | 0045 2011 2233 | Maja Kjær, tlf. 20 11 22 34 |\n', '')
      .replace('Andre relevante', 'kontakt: lokal ildsjæl, tlf. 20 30 40 50\n\nAndre relevante')
      .replace('Boligsocial leder kontaktes', 'Den ansvarlige kontaktes');
    const file = join(dir, 'uklar.md');
    writeFileSync(file, plan);
    const r = await importFile(file);
    const open = r.result.review.filter((i) => i.kind !== 'assumption').map((i) => i.code);
    expect(open).toContain('participant-unread');
    expect(open).toContain('coordinator-missing');
    // A signatory outside the participant list is one item (no number to read), not two.
    expect(open.filter((c) => c === 'signatory-unknown' || c === 'phone-missing')).toEqual(['signatory-unknown']);
    expect(r.yaml).toContain('phone: "UDFYLD: Lars Vinthers telefonnummer"');
    expect(r.errors).toEqual(['blank-unfilled: Ikke udfyldt endnu: Lars Vinthers telefonnummer (lars-vinther); udfyld med: beredskab --roster roster.yaml person set lars-vinther --phone NUMMER']);
    expect(r.yaml).toContain('# REVIEW: Deltagerlinjen kunne ikke deles sikkert');
    expect(r.yaml).toContain('kontakt: lokal ildsjæl, tlf. 20 30 40 50');
  });
});

describe('a text the plan lacks', () => {
  it('is a blank that lint reports, with the field to fill in', async () => {
    const file = join(dir, 'uden-115.txt');
    writeFileSync(file, readFileSync(VEJLE, 'utf8').replace('Politi og kommune kan dele oplysninger inden for retsplejelovens § 115.\n', ''));
    const r = await importFile(file);
    expect(r.result.review.filter((i) => i.kind === 'blank').map((i) => [i.code, i.command])).toEqual([['text-missing', 'plan.informationSharing']]);
    expect(r.yaml).toContain('informationSharing: "UDFYLD: deling af oplysninger efter retsplejelovens § 115"');
    expect(r.errors.map((e) => e.split(':')[0])).toEqual(['blank-unfilled']);
  });
});

describe('participant lines and numbers', () => {
  it.each([
    ['SSP-konsulent, Randers Ungdomsskole, Claus Hansen, tlf. 40867408', ['Claus Hansen', 'SSP-konsulent', 'Randers Ungdomsskole', '40 86 74 08']],
    ['Claus Hansen, SSP-konsulent, Randers Ungdomsskole, tlf. +45 40 86 74 08', ['Claus Hansen', 'SSP-konsulent', 'Randers Ungdomsskole', '40 86 74 08']],
    ['Randers Ungdomsskole, SSP-konsulent, Claus Hansen, 0045 4086 7408', ['Claus Hansen', 'SSP-konsulent', 'Randers Ungdomsskole', '40 86 74 08']],
    ['Politikommisær Østjyllands Politi, Lasse Bonde, tlf. 25583249', ['Lasse Bonde', 'Politikommisær', 'Østjyllands Politi', '25 58 32 49']],
    ['Randers Kommune: Direktør for Udvikling, Miljø og Teknik, Jens Heslop, tlf. 29 13 69 59', ['Jens Heslop', 'Direktør for Udvikling, Miljø og Teknik', 'Randers Kommune', '29 13 69 59']],
  ])('%s', (line, [name, title, organisation, phone]) => {
    const p = parseParticipant(line, { n: 1 })!;
    expect([p.name, p.title, p.organisation, p.phone]).toEqual([name, title, organisation, phone]);
    expect(p.unread).toBeFalsy();
  });

  it('a sentence with a short number is no participant line', () => {
    expect(parseParticipant('Østjyllands Politis vagtchef kontaktes på telefonnummer 114.', { n: 1 })).toBeUndefined();
  });

  it('"(Suppleant …)" marks a substitute', () => {
    expect(parseParticipant('(Suppleant Politikommisær Østjyllands Politi, Allan Aarslev, tlf. 22701226)', { n: 1 })!.substituteFor).toBe('');
  });

  it('reads numbers in any Danish grouping and 114, and nothing that is no phone number', () => {
    expect(phonesIn('tlf. 4214 8600 eller 42-14-86-01, vagt 114, året 2025').map((p) => p.value)).toEqual(['42 14 86 00', '42 14 86 01', '114']);
  });
});

describe('files that are no plan: refused, with a Danish message', () => {
  const refused = async (name: string, content: Buffer | string) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return readPlan(file).then(
      () => 'read',
      (e: { kind?: string }) => e.kind,
    );
  };
  it.each([
    ['gammel.doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]), 'old-word'],
    ['laast.docx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64), Buffer.from('EncryptedPackage', 'utf16le')]), 'encrypted'],
    ['itu.docx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]), 'corrupt'],
    ['tekst.docx', 'Beredskab grønt gult rødt', 'corrupt'],
    ['english.md', '# Emergency plan\n\nThe group meets within 24 hours at red and within 3 working days at yellow; the police and the municipality share information with the housing organisations.\n', 'english'],
    ['indkoeb.md', '# Indkøbsliste\n\nMælk, brød og smør til mødet på fredag.\n', 'not-plan'],
    ['tom.md', '', 'empty'],
  ])('%s', async (name, content, kind) => expect(await refused(name, content)).toBe(kind));

  it('text saved as "Unicode" (UTF-16 with a byte order mark) is read as the UTF-8 text is; Latin-1 is refused', async () => {
    const utf8 = join(dir, 'plan-utf8.txt');
    writeFileSync(utf8, SEED_TEXT);
    const expected = await readPlan(utf8);
    for (const [name, bytes] of [
      ['plan-utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED_TEXT, 'utf16le')])],
      ['plan-utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SEED_TEXT, 'utf16le').swap16()])],
    ] as const) {
      writeFileSync(join(dir, name), bytes);
      expect(await readPlan(join(dir, name))).toEqual(expected);
    }
    expect(await refused('plan-latin1.txt', Buffer.from(SEED_TEXT, 'latin1'))).toBe('not-utf8');
  });

  it('a 50 MB file is refused before it is read', async () => {
    const file = join(dir, 'stor.docx');
    writeFileSync(file, 'PK');
    truncateSync(file, 50 * 1024 * 1024);
    await expect(readPlan(file)).rejects.toMatchObject({ kind: 'too-large' });
  });
});

describe('markdown and text as plans are written', () => {
  it('one paragraph per line, except a line wrapped mid-sentence; bold lines as headings; | and tab tables', () => {
    const blocks = blocksFromMarkdown(
      '**Deltagere**\n\nSSP-konsulent, Skolen, Ida Holm, tlf. 40867408\nLeder, Klubben, Bo Ravn, tlf. 40867409\nDet er deltagernes ansvar at holde\noplysningerne opdaterede.\n\n| Niveau | Situation |\n|---|---|\n| Grønt | Hverdag |\nGult\tUro\n',
    );
    expect(blocks.map((b) => [b.kind, b.text, b.line])).toEqual([
      ['heading', 'Deltagere', 1],
      ['para', 'SSP-konsulent, Skolen, Ida Holm, tlf. 40867408', 3],
      ['para', 'Leder, Klubben, Bo Ravn, tlf. 40867409', 4],
      ['para', 'Det er deltagernes ansvar at holde oplysningerne opdaterede.', 5],
      ['table', 'Niveau | Situation\nGrønt | Hverdag\nGult | Uro', 8],
    ]);
  });
});

describe('variants of the Randers plan as other municipalities write them', () => {
  const fromText = (md: string) => {
    const result = extractRoster(blocksFromMarkdown(md), { today: TODAY });
    const loaded = said(loadRoster(new TextEncoder().encode(rosterYaml(result, 'plan', TODAY, importMessages('da'))), { file: 'roster.yaml' }), 'da');
    return { result, roster: loaded.roster!, errors: loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code) };
  };

  it('reads names with æøå and hyphens in either part: "Åse Ærø-Østergård", "Jens-Ole Bøgh-Ågård"', () => {
    const { result, roster, errors } = fromText(SEED_TEXT.replace(/Claus Hansen/g, 'Åse Ærø-Østergård').replace(/Jørgen Lajer/g, 'Jens-Ole Bøgh-Ågård'));
    expect(errors).toEqual([]);
    expect(result.review.filter((r) => r.code === 'participant-unread')).toEqual([]);
    expect(digits(byName(roster, 'Åse Ærø-Østergård')!.phone)).toBe('40867408');
    expect(digits(byName(roster, 'Jens-Ole Bøgh-Ågård')!.phone)).toBe('30840522');
    expect(roster.group.members.map((m) => m.person)).toContain(byName(roster, 'Åse Ærø-Østergård')!.id);
  });

  it('keeps a participant without a phone number as a member, with the number to fill in', () => {
    const { result, roster, errors } = fromText(SEED_TEXT.replace(', tlf. 30840522', ''));
    const lajer = byName(roster, 'Jørgen Lajer')!;
    expect(roster.group.members.map((m) => m.person)).toContain(lajer.id);
    expect(lajer.title).toBe('Lokalinspektør');
    expect(errors).toEqual(['blank-unfilled']);
    const item = result.review.find((r) => 'name' in r.args && r.args.name === 'Jørgen Lajer')!;
    expect([item.code, item.line, item.command]).toEqual(['phone-missing', 63, `beredskab person set ${lajer.id} --phone NUMMER`]);
  });

  it('a number that is no phone number (seven digits) is a blank quoting it; the participant stays a member', () => {
    const { result, roster } = fromText(SEED_TEXT.replace('tlf. 40867408', 'tlf. 4086740'));
    const claus = byName(roster, 'Claus Hansen')!;
    expect(roster.group.members.map((m) => m.person)).toContain(claus.id);
    expect([claus.title, roster.organisations.find((o) => o.id === claus.organisation)?.name]).toEqual(['SSP-konsulent', 'Randers Ungdomsskole']);
    const item = result.review.find((r) => r.code === 'phone-unreadable')!;
    expect([item.kind, item.args.phone, item.line]).toEqual(['blank', '4086740', 49]);
    expect(result.review.some((r) => r.code === 'signatory-unknown')).toBe(false);
  });

  it('two participants with the same name and different numbers are two people, and a review item', () => {
    const { result, roster, errors } = fromText(SEED_TEXT.replace(/Jørgen Lajer/g, 'Claus Hansen'));
    const both = roster.people.filter((p) => p.name === 'Claus Hansen');
    expect(both.map((p) => digits(p.phone))).toEqual(['40867408', '30840522']);
    expect(errors).toEqual([]);
    expect(roster.group.members.length).toBe(7);
    expect(result.review.find((r) => r.code === 'name-shared')?.args).toMatchObject({ first: both[0]!.id, second: both[1]!.id });
  });
});

describe('a plan saved as text with blank lines between all paragraphs and Windows line ends', () => {
  it('reads the tab-separated level table as one table, and the same roster as the seed', () => {
    const spaced = extractRoster(blocksFromMarkdown(SEED_TEXT.replace(/\n/g, '\n\n\n').replace(/\n/g, '\r\n')), { today: TODAY });
    const plain = extractRoster(blocksFromMarkdown(SEED_TEXT), { today: TODAY });
    expect(spaced.review.map((r) => r.code)).toEqual(plain.review.map((r) => r.code));
    expect(spaced.roster.levels).toEqual(plain.roster.levels);
    expect(spaced.roster.people).toEqual(plain.roster.people);
  });

  it('still ends a | table at a blank line', () => {
    const blocks = blocksFromMarkdown('| a | b |\n\n| c | d |\n');
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'table']);
  });
});

describe('a plan with its sections in another order', () => {
  it('keeps the text in the template\'s order, so that it lints, and says so in the review list', () => {
    const at = (h: string) => SEED_TEXT.indexOf(h);
    const reordered = SEED_TEXT.slice(0, at('## Formål')) + SEED_TEXT.slice(at('### **Underskrift**')) + '\n' + SEED_TEXT.slice(at('## Formål'), at('### **Underskrift**'));
    const result = extractRoster(blocksFromMarkdown(reordered), { today: TODAY });
    const loaded = said(loadRoster(new TextEncoder().encode(rosterYaml(result, 'plan', TODAY, importMessages('da'))), { file: 'roster.yaml' }), 'da');
    expect(loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([]);
    expect(loaded.roster!.text!.map((s) => s.section)).toEqual(['indledning', 'formaal', 'deltagere', 'organisering', 'kompetencer', 'omverdenen', 'kommissorium', 'underskrift']);
    const item = result.review.find((r) => r.code === 'section-order')!;
    expect([item.kind, item.line, item.command]).toEqual(['review', 16, 'text']); // the Underskrift heading, moved up
    expect(loaded.roster!.signatories.length).toBe(7);
  });
});
