import { DateTime, type Zone } from 'luxon';
import { zoneOf } from './zone.js';

export type MomentProblem = 'format' | 'nonexistent' | 'ambiguous' | 'offset' | 'range';

/** Years a plan can be about; outside them an instant is a typing mistake (and old zones have odd offsets). */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

export class MomentError extends Error {
  constructor(
    readonly problem: MomentProblem,
    readonly input: string,
    /** For ambiguous times: the two readings, with offsets. */
    readonly readings: readonly string[] = [],
  ) {
    super(`${problem}: ${input}`);
  }
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|([+-])(\d{2})(?::?(\d{2}))?)$/;

/** A date as Danes write it, "18.12.2026" (also 18/12/2026, 18-12-2026), then the time, "21.30" or "kl. 21.30". */
const DANISH = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:\s+|T)(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})$/i;
/** An ISO date with a Danish time: "2026-12-18 21.30", "2026-12-18 kl. 21.30", "2026-12-18 9:05". */
const ISO_DATE_DANISH_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:\s+|T)(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})$/i;

/** The Danish notations in ISO 8601 local form ("2026-12-18T21:30"); anything else as it is. */
export function isoFromDanish(text: string): string {
  const pad = (n: string) => n.padStart(2, '0');
  const danish = DANISH.exec(text);
  if (danish) return `${danish[3]}-${pad(danish[2]!)}-${pad(danish[1]!)}T${pad(danish[4]!)}:${danish[5]}`;
  const iso = ISO_DATE_DANISH_TIME.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}T${pad(iso[4]!)}:${iso[5]}`;
  return text;
}

/**
 * Reads an activation moment. With an offset it is that instant; without, it is wall-clock time in `zone`,
 * and a wall-clock time that the zone skips or repeats (daylight saving) is refused rather than guessed.
 */
export function parseMoment(input: string, zoneName: string): DateTime {
  const zone = zoneOf(zoneName);
  const text = isoFromDanish(input.trim());
  const year = Number(text.slice(0, 4));
  if (/^\d{4}-/.test(text) && (year < FIRST_YEAR || year > LAST_YEAR)) throw new MomentError('range', input);
  const offset = WITH_OFFSET.exec(text);
  if (offset) {
    // Real offsets lie within ±14:00 and have minutes below 60; luxon would carry anything else into another instant.
    const [hours, minutes] = [Number(offset[2] ?? 0), Number(offset[3] ?? 0)];
    if (minutes >= 60 || hours * 60 + minutes > 14 * 60) throw new MomentError('offset', input);
    const dt = DateTime.fromISO(text.replace(' ', 'T'), { zone, setZone: false });
    if (!dt.isValid) throw new MomentError('format', input);
    return dt.setZone(zone);
  }
  const m = LOCAL.exec(text);
  if (!m) throw new MomentError('format', input);
  const wall = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: Number(m[6] ?? 0),
  };
  const asUtc = DateTime.fromObject(wall, { zone: 'UTC' });
  if (!asUtc.isValid) throw new MomentError('format', input);
  const readings = instantsForWallTime(asUtc, zone);
  if (readings.length === 0) throw new MomentError('nonexistent', input);
  if (readings.length > 1) throw new MomentError('ambiguous', input, readings.map((r) => r.toISO({ suppressMilliseconds: true })!));
  return readings[0]!;
}

/**
 * Whole minutes from `start` to `end`, rounded down, as a clock shows them: "reached within 3 minutes" is not claimed
 * before it is true. Never negative: nothing is reached before it starts. The one rule for a drill's summary and the
 * evaluation of its journal.
 */
export function minutesBetween(start: DateTime, end: DateTime): number {
  return Math.max(0, Math.floor(end.diff(start, 'minutes').minutes));
}

/** Every instant whose wall-clock time in `zone` is the given one (0 in a skipped hour, 2 in a repeated one). */
function instantsForWallTime(wallAsUtc: DateTime, zone: Zone): DateTime[] {
  const offsets = new Set<number>();
  for (const hours of [-36, -12, 0, 12, 36]) offsets.add(wallAsUtc.plus({ hours }).setZone(zone).offset);
  const found = new Map<number, DateTime>();
  for (const offset of offsets) {
    const candidate = DateTime.fromMillis(wallAsUtc.toMillis() - offset * 60_000, { zone });
    if (candidate.offset === offset) found.set(candidate.toMillis(), candidate);
  }
  return [...found.values()].sort((a, b) => a.toMillis() - b.toMillis());
}
