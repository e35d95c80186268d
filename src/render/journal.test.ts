import { rosterNames } from '../domain/names.js';
import { readFileSync } from 'node:fs';
import { Lexer } from 'marked';
import { describe, expect, it } from 'vitest';
import { messages } from '../i18n/index.js';
import { journalMessages } from '../i18n/journal.js';
import type { JournalEvent } from '../journal/schema.js';
import { loadRoster } from '../roster/load.js';
import { bullets, dataTable, heading, paragraph } from '../document/blocks.js';
import { duration } from '../document/evaluation.js';
import { reportHtml, reportMarkdown } from './report.js';
import { eventText, type JournalView } from '../document/journal.js';
import { listText, timelineText } from './journal.js';

const roster = loadRoster(readFileSync(new URL('../../roster.yaml', import.meta.url)), { file: 'roster.yaml' }).roster!;
const view = (lang: 'da' | 'en'): JournalView => ({ t: messages(lang), j: journalMessages(lang), lang, names: rosterNames(roster, lang) });

describe('entries in words', () => {
  const base = { schemaVersion: 1 as const, activation: '2026-12-23T1000-red-abcd', at: '2026-12-23T10:00:00+01:00' };
  it.each<[JournalEvent, string, string]>([
    [{ ...base, type: 'start', level: 'red', reason: 'Uro' }, 'Rødt niveau aktiveret: Uro', 'Red level activated: Uro'],
    [{ ...base, type: 'call', contact: 'politi-vagtchef', answered: false }, 'Ringede til Østjyllands Politis vagtchef: intet svar', 'Called East Jutland Police duty officer: no answer'],
    [{ ...base, type: 'informed', duty: 'beboere', channel: 'sms', by: 'Ida' }, 'Informeret: Louise Hou Kragh informerer beboerne', 'Informed: Louise Hou Kragh informs residents'],
    [{ ...base, type: 'evaluation', decided: false }, 'Gruppen besluttede ikke at evaluere', 'The group decided not to evaluate'],
    [{ ...base, type: 'interrupted', reason: 'Ctrl-C' }, 'Afbrudt: Ctrl-C', 'Interrupted: Ctrl-C'],
  ])('%#', (event, da, en) => {
    expect(eventText(event, view('da'))).toContain(da);
    expect(eventText(event, view('en'))).toContain(en);
  });

  it.each([
    [0, '0 min.'],
    [59, '59 min.'],
    [60, '1 t.'],
    [1020, '17 t.'],
    [1441, '1 døgn 1 min.'],
  ])('duration %i → %s', (minutes, text) => expect(duration(minutes, view('da'))).toBe(text));
});

describe('one document, two formats', () => {
  it('escapes every block kind in HTML and keeps headings single-line in markdown', () => {
    const v = view('da');
    const blocks = [heading(1, '<h1>x</h1>'), paragraph('a\n# b'), bullets(['<img src=x>']), dataTable(['"q"'], [["'s' & <t>"]])];
    const html = reportHtml(blocks, v.lang, '<title>');
    expect(html).not.toMatch(/<h1>x|<img|<title><title>/);
    expect(html).toContain('&#39;s&#39; &amp; &lt;t&gt;');
    const tokens = Lexer.lex(reportMarkdown(blocks));
    expect(tokens.filter((t) => t.type === 'heading')).toHaveLength(1);
  });
});

describe('the timeline as text', () => {
  it('one entry a line: line breaks become spaces, escape sequences and direction overrides U+FFFD', () => {
    const note: JournalEvent = { schemaVersion: 1, activation: 'a', at: '2026-12-23T10:00:00+01:00', type: 'note', text: 'Ryd\r\n\x1b[2Jskærmen\u202e\tnu' };
    const out = timelineText('a', [note], view('da'));
    expect(out.split('\n')).toHaveLength(3);
    expect(out).toContain('Ryd\ufffd \ufffd[2Jskærmen\ufffd nu');
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('the list of activations', () => {
  const summary = { id: '2026-12-18T2130-red-a1b2', drill: false, startLevel: 'red' as const, level: 'yellow' as const, highest: 'red' as const, startedAt: '2026-12-18T21:30:00+01:00', interrupted: false, open: true, entries: 4 };
  it('shows the highest level reached and where it stands now', () => {
    const da = listText([summary], view('da'));
    expect(da).toContain('Rødt → Gult');
    expect(listText([summary], view('en'))).toContain('Red → Yellow');
  });
  it('shows one level where it never changed', () => {
    const da = listText([{ ...summary, level: 'red', highest: 'red' }], view('da'));
    expect(da).not.toContain('→');
  });
});
