import { describe, expect, it } from 'vitest';
import { smsSegments } from './invite-sms.js';

const danish = 'Beredskabsgruppen indkaldes (rødt niveau): møde på Rådhuset i Århus, Æblehaven og Øster Allé. ';

describe('smsSegments (GSM 03.38)', () => {
  it.each([
    // text, characters, segments, encoding, characters per segment
    ['æøåÆØÅ'.repeat(26) + 'æøåÆ', 160, 1, 'GSM-7', 160],
    ['æøåÆØÅ'.repeat(26) + 'æøåÆØ', 161, 2, 'GSM-7', 153],
    ['a'.repeat(306), 306, 2, 'GSM-7', 153],
    ['a'.repeat(307), 307, 3, 'GSM-7', 153],
    // Extension-table characters take two septets.
    ['€'.repeat(80), 160, 1, 'GSM-7', 160],
    ['\\^~|'.repeat(20), 160, 1, 'GSM-7', 160],
    ['[x]{y}'.repeat(26) + 'ab', 262, 2, 'GSM-7', 153],
    // One emoji outside GSM-7: the whole message is UCS-2, and the emoji itself takes two of its 16-bit units.
    ['😀' + 'a'.repeat(68), 70, 1, 'UCS-2', 70],
    ['😀' + 'a'.repeat(69), 71, 2, 'UCS-2', 67],
    ['ø'.repeat(69) + '✓', 70, 1, 'UCS-2', 70],
  ] as const)('%# (%s) → %i characters, %i segments, %s', (text, characters, segments, encoding, perSegment) => {
    expect(smsSegments(text)).toMatchObject({ characters, segments, encoding, perSegment });
  });

  it('Danish letters are GSM-7; an emoji and a typographic quote are pointed out', () => {
    expect(smsSegments(danish)).toMatchObject({ encoding: 'GSM-7', segments: 1, outside: [] });
    expect(smsSegments(`${danish}Se “her” 😀`).outside).toEqual(['“', '”', '😀']);
    expect(smsSegments(`${danish}Se “her” 😀`).encoding).toBe('UCS-2');
  });
});
