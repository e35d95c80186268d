import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { NORDBY } from '../../tests/helpers.js';
import { planDocument } from '../document/plan.js';
import { loadRoster } from '../roster/load.js';
import { planDocx } from './plan-docx.js';

/**
 * The rules refuse control characters in a roster, but the Word writer must never make a file Word refuses: characters
 * XML 1.0 cannot hold (and lone surrogates) become U+FFFD, whatever reaches it.
 */
describe('planDocx', () => {
  const roster = loadRoster(readFileSync(NORDBY), { file: NORDBY }).roster!;
  const cases: Array<[string, string, string]> = [
    ['bell and start of heading', 'Ida\u0007Berg\u0001', 'Ida\uFFFDBerg\uFFFD'],
    ['form feed and vertical tab', 'Ida\u000cBerg\u000b', 'Ida\uFFFDBerg\uFFFD'],
    ['a lone surrogate', 'Ida\uD800Berg', 'Ida\uFFFDBerg'],
    ['a whole emoji is kept', 'Ida 😀 Berg', 'Ida 😀 Berg'],
  ];
  for (const [what, name, expected] of cases) {
    it(`${what}: a file Word can open, with the text as ${JSON.stringify(expected)}`, async () => {
      const people = roster.people.map((p) => (p.name === 'Ida Berg' ? { ...p, name } : p));
      const bytes = await planDocx(planDocument({ ...roster, people }, { lang: 'da', hash: '0123456789ab' }), 'da-DK');
      const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      expect((await mammoth.extractRawText({ buffer: bytes })).value).toContain(expected);
    });
  }
});
