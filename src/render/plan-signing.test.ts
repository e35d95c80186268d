import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planDocument } from '../document/plan.js';
import { applyEdit, type EditRequest } from '../roster/edit.js';
import { loadRoster } from '../roster/load.js';
import { planHtml } from './plan-html.js';
import { planMarkdown } from './plan-markdown.js';

const NORDBY = readFileSync(new URL('../../tests/fixtures/nordby.yaml', import.meta.url), 'utf8');

function rosterAfter(requests: EditRequest[]) {
  let text = NORDBY;
  for (const request of requests) {
    const outcome = applyEdit(text, request, { file: 'roster.yaml', today: '2026-12-01' });
    if (outcome.status !== 'ok') throw new Error(outcome.status);
    text = outcome.text;
  }
  return loadRoster(new TextEncoder().encode(text), { file: 'roster.yaml' }).roster!;
}

describe('the signature page and the footer of the plan', () => {
  it('without signatures: the lines are open and the footer says none are recorded', () => {
    const doc = planDocument(rosterAfter([]), { lang: 'da', hash: 'abc123def456' });
    expect(doc.footer.signing).toBe('Ingen underskrifter er registreret.');
    expect(planHtml(doc)).toContain('<td class="line"></td><td class="line"></td>');
    expect(planDocument(rosterAfter([]), { lang: 'en', hash: 'x' }).footer.signing).toBe('No signatures are recorded.');
  });

  it('signed and approved: the date and version stand in the date column; the footer says it is the signed version', () => {
    const roster = rosterAfter([
      { kind: 'sign', id: 'mette-lund', date: '2026-02-03' },
      { kind: 'approve', by: 'Landsbyggefonden', date: '2026-03-01' },
    ]);
    const doc = planDocument(roster, { lang: 'da', hash: 'abc123def456' });
    // The footer's first line names the roster's revision ("Version 3 · ændret …"): the signing line names the content's.
    expect(doc.footer.signing).toBe('Planens indhold, version 1: den underskrevne version. Godkendt af Landsbyggefonden 1. marts 2026.');
    const html = planHtml(doc);
    expect(html).toContain('<td class="line">Underskrevet 3. februar 2026 (version 1)</td><td class="line"></td>');
    expect(html).toContain('Planens indhold, version 1: den underskrevne version. Godkendt af Landsbyggefonden 1. marts 2026.</footer>');
    expect(planMarkdown(doc)).toMatch(/\| Områdekoordinator, Nordby Kommune \| Underskrevet 3\. februar 2026 \(version 1\) \| {2}\|\n/);
    const en = planDocument(roster, { lang: 'en', hash: 'x' });
    expect(en.footer.signing).toBe('The plan’s content, version 1: the signed version. Approved by Landsbyggefonden on 1 March 2026.');
  });

  it('after a change of the content: the line is open again, the older signature noted under the name', () => {
    const roster = rosterAfter([
      { kind: 'sign', id: 'mette-lund', date: '2026-02-03' },
      { kind: 'plan-set', title: 'Beredskabsplan for Nordby, revideret' },
    ]);
    const doc = planDocument(roster, { lang: 'da', hash: 'abc123def456' });
    expect(doc.footer.signing).toBe('Planens indhold, version 2: ikke den underskrevne version; 0 af 1 har underskrevet den.');
    const html = planHtml(doc);
    expect(html).toContain('<div><em>Underskrevet 3. februar 2026 (version 1, ikke den nuværende version 2)</em></div></td><td class="line"></td>');
    expect(html).toContain('<p>Planens indhold: version 2.</p>');
  });

  it('changed by hand since its version was recorded: nobody has signed what the document now shows', () => {
    const signed = rosterAfter([{ kind: 'sign', id: 'mette-lund', date: '2026-02-03' }]);
    const byHand = { ...signed, plan: { ...signed.plan, title: 'Beredskabsplan for Nordby, rettet i hånden' } };
    const doc = planDocument(byHand, { lang: 'da', hash: 'abc123def456' });
    expect(doc.footer.signing).toBe('Planens indhold, version 2: ikke den underskrevne version; 0 af 1 har underskrevet den.');
    const html = planHtml(doc);
    expect(html).toContain('<div><em>Underskrevet 3. februar 2026 (version 1, ikke den nuværende version 2)</em></div></td><td class="line"></td>');
    expect(html).toContain('<p>Planens indhold: version 2.</p>');
  });
});
