import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { ROOT, run as runIn, shippedCopy, type Run } from '../../tests/run.js';

/** The program run in this process, on a copy of the shipped roster: fast enough for one run a command. */
let file: string;

async function run(...args: string[]): Promise<Run> {
  return runIn(['--roster', file, ...args]);
}

beforeEach(() => {
  ({ file } = shippedCopy('beredskab-parts-'));
  process.env.NO_COLOR = '1';
});
afterEach(() => vi.restoreAllMocks());

describe('--dry-run of each new command: the change in words, and the file untouched', () => {
  const cases: Array<[string[], string]> = [
    [['chain', 'add', 'bolig', '--title', 'Ring til Lejerbo', '--purpose', 'Driften', '--contacts', 'jorgen-lajer,politi-vagtchef'], 'Ny ringekæde "bolig" (Ring til Lejerbo): Jørgen Lajer → 114'],
    [['chain', 'set', 'politi', '--contacts', 'allan-aarslev, lasse-bonde, politi-vagtchef'], 'Allan Aarslev → Lasse Bonde → 114'],
    [['chain', 'insert', 'koordinator', 'politi-vagtchef'], 'Ringe-rækkefølge "koordinator": Louise Hou Kragh  ⇒  Louise Hou Kragh → 114'],
    [['chain', 'remove', 'politi', 'allan-aarslev'], 'Lasse Bonde → Allan Aarslev → 114  ⇒  Lasse Bonde → 114'],
    [['substitute', 'set', 'lasse-bonde', 'jens-heslop', '--in-chain'], 'Lasse Bonde → Jens Heslop → 114'],
    [['hotline', 'add', '--name', 'Kommunens døgnvagt', '--organisation', 'randers-kommune', '--phone', '89151515'], "Det nye døgnnummer har id'et kommunens-doegnvagt"],
    [['hotline', 'set', 'politi-vagtchef', '--phone', '112'], 'Døgnnummer Østjyllands Politis vagtchef:'],
    [['signatory', 'add', 'pia-hesselvig'], 'Louise Hou Kragh, Pia Hesselvig'],
    [['signatory', 'remove', 'claus-hansen'], 'Underskrivere: Claus Hansen, Camilla Nielsen'],
    [['signatory', 'move', 'louise-hou-kragh', '--to', '1'], '⇒  Louise Hou Kragh, Claus Hansen'],
    [['press', 'add', 'lasse-bonde'], 'Kenneth Hansen, Lasse Bonde'],
    [['press', 'remove', 'kenneth-hansen'], 'Pressekontakter: Jens Heslop, Camilla Nielsen, Pia Hesselvig, Kenneth Hansen  ⇒  Jens Heslop, Camilla Nielsen, Pia Hesselvig'],
    [['press', 'set', '--responsible', 'randers-kommune'], 'Koordinerer kontakten med pressen: Østjyllands Politi, Randers Kommune  ⇒  Randers Kommune'],
    [['inform', 'add', '--by', 'louise-hou-kragh', '--informs', 'informerer skolerne'], 'Ny linje om hvem der informerer ("informerer-skolerne")'],
    [['inform', 'set', 'ssp-netvaerk', '--by', 'claus-hansen,jens-heslop'], 'Claus Hansen, Jens Heslop aktiverer SSP-netværket'],
    [['inform', 'remove', 'driftsenheder'], 'Linje om hvem der informerer fjernet ("driftsenheder")'],
    [['adhoc', 'add', 'kirken'], 'viceværter, kirken'],
    [['adhoc', 'add', '--ref', 'politi-vagtchef'], 'viceværter, Østjyllands Politis vagtchef'],
    [['adhoc', 'remove', '1'], '⇒  daginstitutioner, skolen'],
    [['calendar', 'set', '--workday-ends', '15:00', '--days-off', 'christmas-eve,new-years-eve'], 'Faste fridage: ingen → juleaftensdag og nytårsaftensdag'],
    [['level', 'set', 'yellow', '--working-days', '2'], 'Gult niveau: gruppen mødes inden for 3 arbejdsdage → inden for 2 arbejdsdage'],
    [['level', 'set', 'red', '--hours', '12'], 'Rødt niveau: gruppen mødes inden for 24 timer → inden for 12 timer'],
    [['person', 'remove', 'allan-aarslev', '--replace-with', 'jens-heslop'], 'Lasse Bonde → Jens Heslop → 114'],
    [['organisation', 'add', '--name', 'Randers Brand'], "Den nye organisation har id'et randers-brand"],
  ];
  it.each(cases)('%j', async (args, said) => {
    const before = readFileSync(file, 'utf8');
    const result = await run(...args, '--dry-run');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(said);
    expect(result.stdout).toContain('Prøvekørsel: intet er skrevet.');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('a refusal is exit 2 with the file untouched', () => {
  const cases: Array<[string[], string]> = [
    [['chain', 'insert', 'brand', 'lasse-bonde'], `der er ingen kæde med id'et "brand"`],
    [['hotline', 'remove', 'politi-vagtchef'], 'i kæden "politi"'],
    [['signatory', 'add', 'claus-hansen'], '"claus-hansen" er allerede underskriver'],
    [['press', 'add', 'ole'], `der er ingen person med id'et "ole"`],
    [['inform', 'set', 'beboere', '--by', 'ole'], '"ole"'],
    [['adhoc', 'add', 'skolen'], 'står allerede på ad hoc-listen'],
    [['calendar', 'set', '--days-off', 'easter'], '"easter" er ikke en sædvanlig fridag'],
    [['level', 'set', 'yellow', '--working-days', 'tre'], '--working-days: "tre" skal være et helt tal fra 1 til 30'],
    [['person', 'remove', 'lasse-bonde'], 'Lasse Bonde (lasse-bonde) kan ikke fjernes, fordi planen stadig bruger lasse-bonde: medlem af beredskabsgruppen; i kæden "politi"'],
    [['organisation', 'remove', 'lejerbo'], 'organisation for jorgen-lajer'],
    [['substitute', 'set', 'ole', 'jens-heslop', '--in-chain'], `der er ingen person med id'et "ole"`],
  ];
  it.each(cases)('%j', async (args, said) => {
    const before = readFileSync(file, 'utf8');
    const result = await run(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(said);
    expect(result.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('written: the revision is raised, the id said, the comments kept', () => {
  it('hotline add then chain insert', async () => {
    const comments = (t: string) => t.split('\n').filter((l) => l.trimStart().startsWith('#'));
    const before = readFileSync(file, 'utf8');
    const added = await run('hotline', 'add', '--name', 'Kommunens døgnvagt', '--organisation', 'randers-kommune', '--phone', '89151515');
    expect(added.stdout).toMatch(/^.*roster\.yaml er opdateret \(revision 1 → 2\)\.\nDet nye døgnnummer har id'et kommunens-doegnvagt\n/);
    const inserted = await run('chain', 'insert', 'koordinator', 'kommunens-doegnvagt');
    expect(inserted.code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('revision: 3\n');
    expect(after).toContain('      contacts: [louise-hou-kragh, kommunens-doegnvagt]\n');
    expect(comments(after)).toEqual(comments(before));
  });
});

describe('a change that leaves the plan worse says so when it is made', () => {
  it('chain remove of the duty number: written, with the new warning in Danish and English', async () => {
    const dry = await run('chain', 'remove', 'politi', 'politi-vagtchef', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Advarsler, som ændringen giver (den er skrevet alligevel):\n');
    expect(dry.stdout).toMatch(/roster\.yaml:\d+:\d+ +advarsel +chain-ends-with-person +Kæden "Ring til politiet" ender hos en person \(Allan Aarslev\)/);
    expect(dry.stdout).not.toContain("Kontakt koordinatoren\" ender");
    const en = await run('--lang', 'en', 'chain', 'remove', 'politi', 'politi-vagtchef');
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Warnings the change brings (it is written all the same):\n');
    expect(readFileSync(file, 'utf8')).toContain('contacts: [lasse-bonde, allan-aarslev]\n');
    const en2 = await run('--lang', 'en', 'signatory', 'move', 'claus-hansen', '--to', '1');
    expect(en2.stderr).toContain('claus-hansen is already signatory number 1; nothing to move');
    const green = await run('--lang', 'en', 'level', 'set', 'green', '--hours', '4');
    expect(green.code).toBe(2);
    expect(green.stderr).toContain('--hours: the green level does not convene the group');
  });
});

describe('list and chain show', () => {
  it('list people: id, name, title, organisation, phone and role, in a table', async () => {
    const result = await run('list', 'people');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^id +navn +titel +organisation +telefon +rolle$/);
    expect(lines.find((l) => l.startsWith('louise-hou-kragh'))).toMatch(/Louise Hou Kragh +Chef for bystrategisk udvikling +Bysekretariatet +42 14 86 00 +koordinator, underskriver$/);
    expect(lines.find((l) => l.startsWith('allan-aarslev'))).toMatch(/suppleant for Lasse Bonde$/);
  });
  it('list … --json for each kind; an unknown kind is a usage error', async () => {
    const kinds = { organisations: 'randers-kommune', hotlines: 'politi-vagtchef', chains: 'koordinator', signatories: 'claus-hansen', inform: 'beboere', adhoc: 'viceværter' };
    for (const [kind, id] of Object.entries(kinds)) {
      const result = await run('list', kind, '--json');
      expect(result.code, kind).toBe(0);
      expect(JSON.stringify(JSON.parse(result.stdout)), kind).toContain(id);
    }
    const en = await run('list', 'hotlines', '--lang', 'en');
    expect(en.stdout.split('\n')[0]).toMatch(/^id +name +organisation +phone$/);
    // The Danish words the Danish help names list the same.
    expect((await run('list', 'døgnnumre', '--json')).stdout).toBe((await run('list', 'hotlines', '--json')).stdout);
    const bad = await run('list', 'folk');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"folk" kan ikke vises; vælg blandt personer, organisationer, døgnnumre, kæder, underskrivere, informerer og adhoc');
  });
  it('list --json: lists as arrays and roles as keys, the same whatever --lang', async () => {
    const people = await run('list', 'people', '--json');
    const en = await run('--lang', 'en', 'list', 'people', '--json');
    const allan = JSON.parse(people.stdout).find((p: { id: string }) => p.id === 'allan-aarslev');
    expect(allan).toMatchObject({ roles: ['substitute'], substituteFor: ['lasse-bonde'] });
    expect(allan).not.toHaveProperty('role');
    expect(JSON.parse(en.stdout).map((p: { roles: string[] }) => p.roles)).toEqual(JSON.parse(people.stdout).map((p: { roles: string[] }) => p.roles));
    expect(JSON.parse(people.stdout).find((p: { id: string }) => p.id === 'louise-hou-kragh').roles).toEqual(['coordinator', 'signatory']);
    expect(JSON.parse(people.stdout).find((p: { id: string }) => p.id === 'kenneth-hansen').roles).toEqual(['press']);
    expect(JSON.parse((await run('list', 'chains', '--json')).stdout)[0].contacts).toEqual(['lasse-bonde', 'allan-aarslev', 'politi-vagtchef']);
    expect(JSON.parse((await run('list', 'inform', '--json')).stdout).find((d: { id: string }) => d.id === 'egen-organisation').by).toContain('lasse-bonde');
  });
  it('chain show: the order with names and numbers', async () => {
    const result = await run('chain', 'show', 'politi');
    expect(result.stdout).toBe('Ring til politiet (kæde politi)\n  1. Lasse Bonde  25 58 32 49  (lasse-bonde)\n  2. Allan Aarslev  22 70 12 26  (allan-aarslev)\n  3. Østjyllands Politis vagtchef  114  (politi-vagtchef)\n');
  });
});

describe('help in the user’s language', () => {
  const commands = [
    ['chain', 'show'], ['chain', 'add'], ['chain', 'set'], ['chain', 'insert'], ['chain', 'remove'],
    ['hotline', 'add'], ['hotline', 'set'], ['hotline', 'remove'],
    ['signatory', 'add'], ['signatory', 'remove'], ['signatory', 'move'],
    ['press', 'add'], ['press', 'remove'], ['press', 'set'],
    ['inform', 'add'], ['inform', 'set'], ['inform', 'remove'],
    ['adhoc', 'add'], ['adhoc', 'remove'], ['calendar', 'set'], ['level', 'set'], ['list'],
    ['person', 'remove'], ['organisation', 'remove'], ['substitute', 'set'], ['text', 'set'], ['text', 'show'],
  ];
  it.each(commands.map((c) => [c.join(' '), c]))('%s: Danish by default, English with --lang en', async (_, command) => {
    const da = await run(...command, '--help');
    expect(da.code).toBe(0);
    expect(da.stdout).toContain('Brug: beredskab');
    for (const leak of ['[options]', 'Usage', 'Options', 'display help', '<text>', '<ids>', '<number>', '<time>', '<days>', '<contact>', '<entry>', '<what>', '<name>', '<file>', '<section>', '[section]']) {
      expect(da.stdout).not.toContain(leak);
    }
    const en = await run('--lang', 'en', ...command, '--help');
    expect(en.stdout).toContain('Usage: beredskab');
    expect(en.stdout).not.toContain('Tilvalg:');
  });
});

describe('removing what was just made, dry run first', () => {
  it('organisation, hotline and person remove', async () => {
    expect((await run('organisation', 'add', '--name', 'Randers Brand')).code).toBe(0);
    expect((await run('hotline', 'add', '--name', 'Brandvagten', '--organisation', 'randers-brand', '--phone', '112')).code).toBe(0);
    expect((await run('person', 'add', '--name', 'Ole Brand', '--title', 'Indsatsleder', '--organisation', 'randers-brand', '--phone', '20202020')).code).toBe(0);
    const before = readFileSync(file, 'utf8');
    const organisation = await run('organisation', 'remove', 'randers-brand', '--dry-run');
    expect(organisation.code).toBe(2);
    expect(organisation.stderr).toContain('organisation for ole-brand; organisation for døgnnummeret brandvagten');
    const dry = [await run('person', 'remove', 'ole-brand', '--dry-run'), await run('hotline', 'remove', 'brandvagten', '--dry-run')];
    expect(dry.map((r) => r.stdout.split('\n').find((l) => l.includes('•')))).toEqual(['  • Slettet fra planen: Ole Brand (Indsatsleder, Randers Brand)', '  • Døgnnummer fjernet: Brandvagten (112)']);
    expect(readFileSync(file, 'utf8')).toBe(before);
    for (const args of [['person', 'remove', 'ole-brand'], ['hotline', 'remove', 'brandvagten'], ['organisation', 'remove', 'randers-brand']]) expect((await run(...args)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(join(ROOT, 'roster.yaml'), 'utf8').replace('revision: 1', 'revision: 7').replace(/lastChanged: .*/, readFileSync(file, 'utf8').match(/lastChanged: .*/)![0]));
  });
  it('in English', async () => {
    const made = await run('--lang', 'en', 'person', 'add', '--name', 'Ole Brand', '--title', 'Chief', '--organisation', 'randers-kommune', '--phone', '20202020', '--dry-run');
    expect(made.stdout).toContain('The new person has the id ole-brand');
    expect(made.stdout).toContain('New person in the plan: Ole Brand (Chief, Randers Kommune)');
    const refused = await run('--lang', 'en', 'person', 'remove', 'lasse-bonde');
    expect(refused.stderr).toContain('Lasse Bonde (lasse-bonde) cannot be removed because the plan still uses lasse-bonde: member of the group; in the chain "politi"');
  });
});
