import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NORDBY, SHIPPED } from '../../tests/helpers.js';
import { checkChange } from './change-rules.js';
import { diffRosters } from './diff.js';
import { applyEdit, type EditRequest } from './edit.js';
import { loadRoster } from './load.js';
import { rosterTemplate } from './template.js';
import { said } from '../../tests/said.js';

const shipped = readFileSync(SHIPPED, 'utf8');
const options = { file: 'roster.yaml', today: '2026-12-01' };

function ok(request: EditRequest, text = shipped) {
  const outcome = applyEdit(text, request, options);
  if (outcome.status !== 'ok') throw new Error(`${outcome.status}: ${JSON.stringify(outcome)}`.slice(0, 600));
  return outcome;
}

describe('text set: the plan\'s words for one section', () => {
  it('replaces the section\'s Danish body as a literal block, raises the revision, and the diff shows the words that changed', () => {
    const out = ok({ kind: 'text-set', section: 'kommissorium', lang: 'da', body: 'Der er udarbejdet et kommissorium.\n\nDet er vedtaget af styregruppen.' });
    expect(out.text).toContain('      da: |-\n        Der er udarbejdet et kommissorium.\n\n        Det er vedtaget af styregruppen.\n  - section: underskrift');
    expect(out.after.revision).toBe(2);
    expect(out.after.text!.find((s) => s.section === 'kommissorium')!.body.da).toBe('Der er udarbejdet et kommissorium.\n\nDet er vedtaget af styregruppen.');
    expect(diffRosters(out.before, out.after)).toEqual([
      { kind: 'text-changed', section: 'kommissorium', lang: 'da', words: 'Der er [-ikke -]udarbejdet et kommissorium.' },
      { kind: 'text-changed', section: 'kommissorium', lang: 'da', words: '{+Det er vedtaget af styregruppen.+}' },
    ]);
    // The parties signed the words: a change to them is signed again.
    expect(checkChange(out.before, out.after, '2026-12-01').map((f) => f.code)).toContain('re-sign');
  });

  it('a changed paragraph is one word diff', () => {
    const out = ok({ kind: 'text-set', section: 'kommissorium', lang: 'da', body: 'Der er nu udarbejdet et kommissorium.' });
    expect(diffRosters(out.before, out.after)).toEqual([{ kind: 'text-changed', section: 'kommissorium', lang: 'da', words: 'Der er [-ikke-]{+nu+} udarbejdet et kommissorium.' }]);
  });

  it('sets the English beside the Danish', () => {
    const out = ok({ kind: 'text-set', section: 'kommissorium', lang: 'en', body: 'No terms of reference have been drawn up.' });
    expect(out.after.text!.find((s) => s.section === 'kommissorium')!.body).toEqual({ da: 'Der er ikke udarbejdet et kommissorium.', en: 'No terms of reference have been drawn up.' });
  });

  it('a roster without text gets the list; a new section goes in the template\'s place', () => {
    const nordby = readFileSync(NORDBY, 'utf8');
    const first = ok({ kind: 'text-set', section: 'organisering', lang: 'da', body: 'Gruppen mødes på rådhuset.' }, nordby);
    expect(first.after.text).toEqual([{ section: 'organisering', body: { da: 'Gruppen mødes på rådhuset.' } }]);
    const second = ok({ kind: 'text-set', section: 'formaal', lang: 'da', body: 'Formålet.\n\n{{niveauer}}' }, first.text);
    expect(second.after.text!.map((s) => s.section)).toEqual(['formaal', 'organisering']);
    const third = ok({ kind: 'text-set', section: 'underskrift', lang: 'da', body: '{{underskrifter}}' }, second.text);
    expect(third.after.text!.map((s) => s.section)).toEqual(['formaal', 'organisering', 'underskrift']);
  });

  it('refuses an unknown section, and English for a section without Danish', () => {
    expect(applyEdit(shipped, { kind: 'text-set', section: 'bilag', lang: 'da', body: 'x' }, options)).toMatchObject({ status: 'refused', refusal: { code: 'unknown-section', usage: true } });
    const nordby = readFileSync(NORDBY, 'utf8');
    expect(applyEdit(nordby, { kind: 'text-set', section: 'formaal', lang: 'en', body: 'x' }, options)).toMatchObject({ status: 'refused', refusal: { code: 'text-needs-danish' } });
    expect(applyEdit(shipped, { kind: 'text-set', section: 'formaal', lang: 'da', body: ' ' }, options)).toMatchObject({ status: 'refused', refusal: { code: 'empty-value', args: { option: '--file' } } });
  });
});

describe('plan set --commission', () => {
  it('sets the kommissorium section\'s text and plan.commission', () => {
    const out = ok({ kind: 'plan-set', commission: 'Kommissoriet er vedtaget 1. marts 2026.' });
    expect(out.after.text!.find((s) => s.section === 'kommissorium')!.body.da).toBe('Kommissoriet er vedtaget 1. marts 2026.');
    expect(out.after.plan.commission).toEqual({ da: 'Kommissoriet er vedtaget 1. marts 2026.', en: 'No terms of reference (kommissorium) have been drawn up.' });
  });
});

describe('member replace and the plan\'s text', () => {
  const replace = { kind: 'member-replace', id: 'lasse-bonde', name: 'Mette Dahl', phone: '25 58 32 50' } as const;

  it('without --rewrite-text the text is left as the parties wrote it, and the note says where the name still stands', () => {
    const out = ok(replace);
    expect(out.after.text).toEqual(out.before.text);
    expect(out.notes).toContainEqual({ code: 'text-still-names', args: { name: 'Lasse Bonde', where: 'kompetencer (da, 1)' } });
    // lint then points at the name in the text.
    expect(said(out, 'da').diagnostics.filter((d) => d.code === 'text-person-unknown').map((d) => d.message)).toEqual([expect.stringContaining('Lasse Bonde')]);
  });

  it('--rewrite-text writes the successor\'s name in the text, and says where', () => {
    const out = ok({ ...replace, rewriteText: true });
    const competences = out.after.text!.find((s) => s.section === 'kompetencer')!.body.da;
    expect(competences).toContain('Hvis ikke at der opnås kontakt til Mette Dahl eller Allan Aarslev');
    expect(competences).not.toContain('Lasse Bonde');
    expect(out.notes).toContainEqual({ code: 'text-rewritten', args: { name: 'Lasse Bonde', successor: 'Mette Dahl', where: 'kompetencer (da, 1)' } });
    expect(out.findings.filter((d) => d.code === 'text-person-unknown')).toEqual([]);
    expect(diffRosters(out.before, out.after)).toContainEqual({ kind: 'text-changed', section: 'kompetencer', lang: 'da', words: expect.stringContaining('[-Lasse Bonde-]{+Mette Dahl+}') });
  });
});

describe('member replace --rewrite-text: the name as a whole name', () => {
  it('rewrites the genitive ("Lasse Bondes" → "Anne Andersens") and leaves a longer name ("Lasse Bondesen") alone', () => {
    const body = 'Lasse Bondes telefon er vigtig.\n\nLasse Bondesen er en anden.\n\nLasse Bonde kommer.';
    const set = ok({ kind: 'text-set', section: 'formaal', lang: 'da', body });
    const out = ok({ kind: 'member-replace', id: 'lasse-bonde', name: 'Anne $& Andersen', phone: '31 31 31 31', rewriteText: true }, set.text);
    expect(out.after.text!.find((s) => s.section === 'formaal')!.body.da).toBe('Anne $& Andersens telefon er vigtig.\n\nLasse Bondesen er en anden.\n\nAnne $& Andersen kommer.');
    expect(out.notes).toContainEqual({ code: 'text-rewritten', args: { name: 'Lasse Bonde', successor: 'Anne $& Andersen', where: 'formaal (da, 2), kompetencer (da, 1)' } });
  });

  it('lint knows a person\'s name in the genitive', () => {
    const set = ok({ kind: 'text-set', section: 'formaal', lang: 'da', body: 'Claus Hansens telefon.\n\nClaus Hansenius er ukendt.' });
    expect(said(set, 'da').diagnostics.filter((d) => d.code === 'text-person-unknown').map((d) => d.message)).toEqual([expect.stringContaining('Claus Hansenius')]);
  });
});

describe('init: the template\'s standard text and the interpretations', () => {
  const withNames = rosterTemplate({ municipality: 'Nordby Kommune', title: 'Plan', areas: ['Østparken', 'Vesterbo'], today: '2026-12-01' });

  it('writes the template\'s text section by section, with the municipality\'s names filled in, text and data agreeing', () => {
    const { roster, findings: diagnostics } = loadRoster(Buffer.from(withNames), { file: 'r.yaml' });
    expect(roster!.text!.map((s) => s.section)).toEqual(['indledning', 'formaal', 'deltagere', 'organisering', 'kompetencer', 'omverdenen', 'kommissorium', 'underskrift']);
    expect(roster!.text![0]!.body.da.split('\n')[0]).toBe('For boligområderne Østparken og Vesterbo i Nordby Kommune.');
    expect(roster!.text![2]!.body.da).toContain('Deltagere i den boligsociale beredskabsplan for Nordby Kommune i perioden 2026-2030:\n\n{{deltagere}}');
    expect(roster!.text![4]!.body.da).toContain('I akutte krisesituationer følger parterne som udgangspunkt politiets anvisninger og støtter op herom.');
    expect(diagnostics.filter((d) => d.code.startsWith('text-'))).toEqual([]);
    // Absent, every interpretation takes its default; the file says what they are.
    expect(roster!.interpretations).toBeUndefined();
    expect(withNames).toContain('#   meetingDeadline: start');
  });

  it('writes the interpretations given', () => {
    const text = rosterTemplate({ municipality: 'Nordby Kommune', title: 'Plan', areas: [], today: '2026-12-01', interpretations: { activationDayCounts: true, christmasEveWorkingDay: false, meetingDeadline: 'end', workdayEnds: '15:30' } });
    const { roster } = loadRoster(Buffer.from(text), { file: 'r.yaml' });
    expect(roster!.interpretations).toEqual({ activationDayCounts: true, christmasEveWorkingDay: false, meetingDeadline: 'end', workdayEnds: '15:30' });
    expect(roster!.text![0]!.body.da.split('\n')[0]).toBe('For boligområderne i Nordby Kommune.');
  });
});

describe('level set keeps the text saying the level\'s rule', () => {
  it('rewrites the number in the sentences that state the level\'s rule, in both languages, singular and plural right', () => {
    const withEnglish = ok({
      kind: 'text-set',
      section: 'formaal',
      lang: 'en',
      body: '- At yellow level the group meets within 3 working days.\n- At red level the group meets within 24 hours.',
    }).text;
    const out = ok({ kind: 'level-set', level: 'yellow', workingDays: '1' }, withEnglish);
    const formaal = out.after.text!.find((s) => s.section === 'formaal')!;
    expect(formaal.body.da).toContain('Ved gult beredskabsniveau samles beredskabet inden for 1 arbejdsdag.');
    expect(formaal.body.da).toContain('Ved rødt beredskabsniveau samles beredskabet inden for 24 timer.');
    expect(formaal.body.en).toBe('- At yellow level the group meets within 1 working day.\n- At red level the group meets within 24 hours.');
    // (Red within 24 hours is then no sooner than yellow within 1 working day, which is noted too.)
    expect(out.notes.filter((n) => n.code === 'rule-text-rewritten')).toEqual([{ code: 'rule-text-rewritten', args: { level: 'yellow', n: 1, unit: 'working-days', where: 'formaal (da, 1), formaal (en, 1)' } }]);
    // Text and data agree afterwards, and the changed words are signed again.
    expect(out.findings.map((d) => d.code)).not.toContain('text-deadline-differs');
    expect(checkChange(out.before, out.after, '2026-12-01').map((f) => f.code)).toContain('re-sign');
    const back = ok({ kind: 'level-set', level: 'yellow', workingDays: '2' }, out.text);
    expect(back.after.text!.find((s) => s.section === 'formaal')!.body.en).toContain('within 2 working days.');
  });

  it('a change from working days to hours says the hours; a sentence of another level is left alone', () => {
    const out = ok({ kind: 'level-set', level: 'red', hours: '12' });
    const da = out.after.text!.find((s) => s.section === 'formaal')!.body.da;
    expect(da).toContain('Ved rødt beredskabsniveau samles beredskabet inden for 12 timer.');
    expect(da).toContain('Ved gult beredskabsniveau samles beredskabet inden for 3 arbejdsdage.');
    const swapped = ok({ kind: 'level-set', level: 'yellow', hours: '1' });
    expect(swapped.after.text!.find((s) => s.section === 'formaal')!.body.da).toContain('Ved gult beredskabsniveau samles beredskabet inden for 1 time.');
  });

  it('a roster without text changes only the rule', () => {
    const out = ok({ kind: 'level-set', level: 'yellow', workingDays: '2' }, shipped.replace(/\ntext:[\s\S]*?(?=\n[a-z][A-Za-z]*:|$)/, '\n'));
    expect(out.notes).toEqual([]);
  });
});
