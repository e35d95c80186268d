import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { da } from '../i18n/drill.js';
import { messages } from '../i18n/index.js';
import type { DrillSummary } from '../domain/drill/engine.js';
import type { Contact } from '../roster/contacts.js';
import { contactLabel, drillSummaryText } from './drill.js';

const contact = (name: string, extra: Partial<Contact> = {}): Contact => ({
  id: 'x',
  kind: 'person',
  name,
  title: 'Titel',
  organisation: 'Org',
  phone: '40 86 74 08',
  dial: '+4540867408',
  ...extra,
});

describe('roster text on a terminal', () => {
  it('a contact is one line: name, title, organisation, number', () => {
    expect(contactLabel(contact('Ida\nBerg\x1b[31m'))).toBe('Ida Berg\ufffd[31m, Titel, Org – 40 86 74 08');
    expect(contactLabel(contact('Vagtchef', { kind: 'hotline', title: '', phone: '114' }))).toBe('Vagtchef, Org – 114');
  });
});

describe('the summary when nobody was rung', () => {
  it('says so, rather than that everyone answered', () => {
    const start = DateTime.fromISO('2026-12-01T10:00', { zone: 'Europe/Copenhagen' });
    const summary: DrillSummary = {
      startedAt: start,
      reached: [],
      notReached: [],
      skipped: [],
      chains: [{ id: 'politi', title: 'Ring til politiet', notAsked: [] }],
      coordinator: { contact: contact('Koordinator'), apart: false },
      confirmable: [],
      complete: true,
    };
    const text = drillSummaryText(summary, { t: messages('da'), d: da, color: false });
    expect(text).toContain('  Ring til politiet: INGEN NÅET\n');
    expect(text).toContain('Ingen blev ringet op.\n');
    expect(text).not.toContain('Alle, der blev ringet op, svarede.');
  });
});
