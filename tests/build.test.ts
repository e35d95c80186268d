import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Run } from './helpers.js';
import { run as beredskab } from './run.js';

/**
 * A coordinator in a fictional municipality builds her plan from `init` with the commands alone: the test writes no
 * file but through the bin. Each step is committed, so that `git diff` shows what one step changed.
 */
let repo: string;
const steps: string[][] = [];
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
const inRepo = async (...args: string[]): Promise<Run> => await beredskab(['--roster', 'roster.yaml', ...args], { cwd: repo });
/** One step of the build: it must succeed, and it is committed. */
const step = async (...args: string[]): Promise<Run> => await stepWith(undefined, ...args);
/** A step that reads standard input (`text set … --file -`). */
const stepWith = async (input: string | undefined, ...args: string[]): Promise<Run> => {
  const run = await beredskab(['--roster', 'roster.yaml', ...args], { cwd: repo, input });
  expect(run.stderr, args.join(' ')).toBe('');
  expect(run.code, args.join(' ')).toBe(0);
  steps.push(args);
  git('commit', '-qam', args.join(' '));
  return run;
};
/** `git diff -U0` of the last step: the lines it removed and added. */
const lastDiff = () => {
  const lines = git('diff', '-U0', '--no-color', 'HEAD~1', 'HEAD', '--', 'roster.yaml').split('\n');
  return {
    removed: lines.filter((l) => l.startsWith('-') && !l.startsWith('---')).map((l) => l.slice(1)),
    added: lines.filter((l) => l.startsWith('+') && !l.startsWith('+++')).map((l) => l.slice(1)),
  };
};
const outputs: Record<string, Run> = {};

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'beredskab-build-'));
  execFileSync('git', ['init', '-q'], { cwd: repo });
  git('config', 'user.email', 'ci@example.invalid');
  git('config', 'user.name', 'CI');
  const init = await beredskab(['init', 'roster.yaml', '--municipality', 'Nordby Kommune', '--title', 'Beredskabsplan for Vestparken', '--area', 'Vestparken'], { cwd: repo });
  expect(init.code).toBe(0);
  outputs.init = init;
  outputs.lintInit = await beredskab(['lint', 'roster.yaml', '--format', 'json'], { cwd: repo });
  steps.push(['init']);
  git('add', 'roster.yaml');
  git('commit', '-qm', 'init');

  await step('organisation', 'set', 'politi', '--name', 'Nordjyllands Politi');
  await step('organisation', 'set', 'boligorganisation', '--name', 'Boligselskabet Vestparken');
  await step('person', 'set', 'koordinator', '--name', 'Mette Holm', '--title', 'Boligsocial koordinator', '--phone', '40 11 22 33');
  await step('person', 'set', 'politi-kontakt', '--name', 'Lars Vinther', '--title', 'Politikommissær', '--phone', '41 22 33 44');
  await step('person', 'set', 'bolig-kontakt', '--name', 'Sara Krogh', '--title', 'Driftschef', '--phone', '42 33 44 55');
  outputs.addJonas = await step('person', 'add', '--name', 'Jonas Bach', '--title', 'Politiassistent', '--organisation', 'politi', '--phone', '43 44 55 66');
  outputs.offer = await step('substitute', 'set', 'politi-kontakt', 'jonas-bach');
  outputs.inChain = await step('substitute', 'set', 'politi-kontakt', 'jonas-bach', '--in-chain');
  await step('person', 'add', '--name', 'Anders Lund', '--title', 'Områdeleder', '--organisation', 'nordby-kommune', '--phone', '44 55 66 77');
  await step('substitute', 'set', 'koordinator', 'anders-lund', '--in-chain');
  await step('person', 'add', '--name', 'Pia Sørensen', '--title', 'Boligsocial medarbejder', '--organisation', 'boligorganisation', '--phone', '45 66 77 88');
  await step('substitute', 'set', 'bolig-kontakt', 'pia-soerensen');
  outputs.hotline = await step('hotline', 'add', '--name', 'Nordby Kommunes døgnvagt', '--organisation', 'nordby-kommune', '--phone', '70 10 20 30');
  outputs.insert = await step('chain', 'insert', 'koordinator', 'nordby-kommunes-doegnvagt');
  await step('inform', 'set', 'egen-organisation', '--by', 'koordinator,politi-kontakt,bolig-kontakt,anders-lund');
  await step('press', 'add', 'politi-kontakt');
  await step('adhoc', 'add', '--ref', 'nordby-kommunes-doegnvagt');
  await step('calendar', 'set', '--days-off', 'christmas-eve,new-years-eve');
  // The plan's text says the yellow deadline too: level set changes it with the rule and says where.
  outputs.level = await step('level', 'set', 'yellow', '--working-days', '2');
  outputs.purpose = await inRepo('text', 'show', 'formaal');
  await step('signatory', 'add', 'koordinator');
  await step('signatory', 'add', 'politi-kontakt');
  await step('signatory', 'add', 'bolig-kontakt');
}, 120_000);

describe('a plan built from init with commands only', () => {
  it('init lists each blank with the command that fills it', () => {
    const out = outputs.init!.stdout;
    expect(out).toContain('11 felter mærket UDFYLD skal udfyldes, sådan:');
    expect(out).toContain('  koordinatorens navn, koordinatorens titel, koordinatorens telefonnummer\n    beredskab --roster roster.yaml person set koordinator --name NAVN --title TITEL --phone NUMMER');
    expect(out).toContain('beredskab --roster roster.yaml organisation set politi --name NAVN');
    expect(out).toContain('beredskab --roster roster.yaml signatory add PERSON');
  });

  it('lint names the id and the command for every blank', () => {
    const blanks = (JSON.parse(outputs.lintInit!.stdout) as Array<{ code: string; message: string }>).filter((d) => d.code === 'blank-unfilled');
    expect(blanks).toHaveLength(11);
    for (const blank of blanks) expect(blank.message).toMatch(/^Ikke udfyldt endnu: .+ \([a-z-]+\); udfyld med: beredskab --roster roster\.yaml (person|organisation) set [a-z-]+ --(name|title|phone) (NAVN|TITEL|NUMMER)$/);
    expect(blanks.map((b) => b.message)).toContain('Ikke udfyldt endnu: koordinatorens telefonnummer (koordinator); udfyld med: beredskab --roster roster.yaml person set koordinator --phone NUMMER');
  });

  it('each create says the id it made; the substitute is offered a place in the chain, then given it', () => {
    expect(outputs.addJonas!.stdout).toContain("Den nye person har id'et jonas-bach");
    expect(outputs.hotline!.stdout).toContain("Det nye døgnnummer har id'et nordby-kommunes-doegnvagt");
    expect(outputs.offer!.stdout).toContain('politi-kontakt står i kæden "politi", men suppleanten jonas-bach gør ikke; sæt suppleanten ind lige efter med: beredskab --roster roster.yaml substitute set politi-kontakt jonas-bach --in-chain');
    expect(outputs.inChain!.stdout).toContain('Ringe-rækkefølge "politi": Lars Vinther → 114  ⇒  Lars Vinther → Jonas Bach → 114');
  });

  it('level set rewrites the text\'s statement of the yellow deadline and says where', () => {
    expect(outputs.level!.stdout).toContain('Planens tekst: reglen for gult niveau står nu som 2 arbejdsdage i formaal (da, 1) (afsnit, sprog, antal steder)');
    expect(outputs.purpose!.stdout).toContain('Ved gult beredskabsniveau samles beredskabet inden for 2 arbejdsdage.');
  });

  it('lint --strict passes', async () => {
    const lint = await beredskab(['lint', '--strict', 'roster.yaml'], { cwd: repo });
    // Nothing to fix; the one notice says that the new plan has no signatures recorded yet (a notice, so --strict passes).
    expect(lint.stdout + lint.stderr).toMatch(/^roster\.yaml:\d+:\d+ {2}besked {2}signatures-unrecorded {2}Ingen underskrifter er registreret[^\n]*\n\n0 fejl, 0 advarsler, 1 besked i 1 fil\n$/);
    expect(lint.code).toBe(0);
  });

  it('activate --level red calls the officer, his substitute, then 114; the coordinator has a hotline behind', async () => {
    const run = await inRepo('activate', '--level', 'red', '--at', '2026-12-02T10:00', '--json');
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as { steps: Array<{ id: string; contacts: Array<{ id: string; phone: string }> }> };
    expect(plan.steps.slice(0, 2).map((s) => [s.id, s.contacts.map((c) => c.id)])).toEqual([
      ['politi', ['politi-kontakt', 'jonas-bach', 'politi-vagtchef']],
      ['koordinator', ['koordinator', 'anders-lund', 'nordby-kommunes-doegnvagt']],
    ]);
    expect(plan.steps[0]!.contacts.map((c) => c.phone)).toEqual(['41 22 33 44', '43 44 55 66', '114']);
  });

  it('plan --format docx, read back by mammoth, has a signature line for every signatory', async () => {
    const out = join(repo, 'plan.docx');
    const run = await inRepo('plan', '--format', 'docx', '--output', out);
    expect(run.code).toBe(0);
    const text = (await mammoth.extractRawText({ buffer: readFileSync(out) })).value.replace(/\u00A0/g, ' ');
    expect(text).not.toContain('Planen har endnu ingen underskrivere');
    const signatures = text.slice(text.lastIndexOf('Underskrift'), text.indexOf('Bilag:'));
    // The seed's form: "title, organisation: name", then the empty paragraph that is the line to sign on.
    const signed = [['Mette Holm', 'Boligsocial koordinator', 'Nordby Kommune'], ['Lars Vinther', 'Politikommissær', 'Nordjyllands Politi'], ['Sara Krogh', 'Driftschef', 'Boligselskabet Vestparken']];
    expect(signatures).toBe(`Underskrift\n\n${signed.map(([name, title, organisation]) => `${title}, ${organisation}: ${name}\n\n\n\n`).join('')}`);
    // The line is a paragraph with a bottom border, right after each signatory's paragraph.
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    for (const [name] of signed) {
      expect(xml).toMatch(new RegExp(`${name}</w:t></w:r></w:p><w:p><w:pPr>(?:(?!</w:p>).)*<w:pBdr><w:bottom w:val="single"`));
    }
  });

  it('git diff of one step touches only that step’s lines', () => {
    git('checkout', '-q', '-b', 'check');
    // The step `chain insert koordinator …` is the commit whose message it is.
    const log = git('log', '--format=%H %s').split('\n');
    const commit = log.find((l) => l.includes('chain insert koordinator'))!.split(' ')[0]!;
    const lines = git('diff', '-U0', '--no-color', `${commit}~1`, commit, '--', 'roster.yaml').split('\n');
    const removed = lines.filter((l) => l.startsWith('-') && !l.startsWith('---')).map((l) => l.slice(1));
    const added = lines.filter((l) => l.startsWith('+') && !l.startsWith('+++')).map((l) => l.slice(1));
    // lastChanged is today since the first step: only the revision and the chain's line change.
    expect(removed).toEqual([expect.stringMatching(/^revision: \d+$/), '      contacts: [koordinator, anders-lund]']);
    expect(added).toEqual([expect.stringMatching(/^revision: \d+$/), '      contacts: [koordinator, anders-lund, nordby-kommunes-doegnvagt]']);
    // And the last step, a signatory, adds its entry and nothing else.
    const last = lastDiff();
    expect(last.removed).toEqual([expect.stringMatching(/^revision: /)]);
    expect(last.added.slice(1)).toEqual(['  - person: bolig-kontakt', '    title: Driftschef', '    organisation: Boligselskabet Vestparken']);
  });

  it('took init and 22 commands', () => {
    expect(steps).toHaveLength(23);
  });
});
