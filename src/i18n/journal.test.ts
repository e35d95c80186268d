import { describe, expect, it } from 'vitest';
import { journalMessages } from './journal.js';
import { parseJournal } from '../journal/store.js';

/** What a damaged journal line is said to be: its real cause, in Danish and English, no library's English. */

const id = '2026-12-23T2200-red-abcd';
const drillId = '2026-12-23T2200-red-drill-abcd';
const start = (activation = id, extra: object = {}) => JSON.stringify({ schemaVersion: 1, activation, type: 'start', at: '2026-12-23T22:00:00+01:00', level: 'red', ...extra });
const note = (extra: object, activation = id) => JSON.stringify({ schemaVersion: 1, activation, type: 'note', at: '2026-12-23T22:01:00+01:00', text: 'x', ...extra });
const said = (text: string, lang: 'da' | 'en' = 'da', activation = id) => {
  const j = journalMessages(lang);
  return parseJournal(text, activation, 'j.jsonl').diagnostics.map((d) => j.diag[d.code](d.detail));
};
/** Words of JSON.parse and zod that must never reach a Danish reader. */
const ENGLISH = /Unexpected|JSON at position|Invalid input|expected|undefined|received|Unrecognized/i;

describe('a damaged journal line', () => {
  it('that is not JSON names the character, not the parser\'s sentence', () => {
    const da = said(`${start()}\n{"schemaVersion":1,oops}\n`);
    expect(da).toEqual([expect.stringMatching(/^Linjen er ikke gyldig JSON( \(fejl ved tegn \d+\))?$/)]);
    expect(said(`${start()}\n{oops\n`, 'en')).toEqual([expect.stringMatching(/^The line is not valid JSON/)]);
  });

  it('that is JSON but no entry is said to be no entry, not "skemaversion undefined"', () => {
    for (const line of ['42', '"tekst"', '[1,2]', 'null', '{"type":"note"}']) {
      const da = said(`${start()}\n${line}\n`);
      expect(da).toEqual(['Linjen er ikke en indførsel i journalen (et JSON-objekt med schemaVersion)']);
      expect(da.join()).not.toMatch(ENGLISH);
    }
  });

  it('with a wrong field names the field, in Danish', () => {
    expect(said(`${start()}\n${note({ text: 42 })}\n`)).toEqual(['Indførslen er ugyldig: text mangler eller har en forkert værdi']);
    expect(said(`${start()}\n${note({ type: 'gossip' })}\n`).join()).not.toMatch(ENGLISH);
    expect(said(`${start()}\n${note({ resident: 'navn' })}\n`)).toEqual(['Indførslen har et felt, journalen ikke kender: resident']);
    expect(said(`${start()}\n${note({ text: 42 })}\n`, 'en')).toEqual(['The entry is invalid: text is missing or has a wrong value']);
  });

  it('whose drill flag does not match its file says so, and does not name its own activation as another', () => {
    expect(said(`${start()}\n${note({ drill: true })}\n`)).toEqual(['Indførslen er mærket som øvelse, men filen er en rigtig aktivering']);
    expect(said(`${start(drillId, { drill: true })}\n${note({}, drillId)}\n`, 'da', drillId)).toEqual(['Indførslen er ikke mærket som øvelse, men filen er en øvelse']);
    expect(said(`${start()}\n${note({ drill: true })}\n`, 'en')).toEqual(['The entry is marked as a drill, but the file is a real activation']);
  });

  it('of another version names the version it has', () => {
    expect(said(`${start()}\n${note({ schemaVersion: 2 })}\n`)).toEqual(['Ukendt skemaversion 2; linjen er skrevet af en anden version af programmet']);
  });
});
