import { parseBody, type TextPiece } from './text.js';
import { detect, type ArgsOf, type Detection, type FindingCode, type YamlPath } from './finding.js';
import { parsePhone } from './phone.js';
import type { LevelId, LocalText, Roster } from './schema.js';

/*
 * The plan's text and the roster's data must say the same. These rules read the text as the parties wrote it and
 * point, at file:line:col, to a person the roster does not have, a number of days or hours that is not the level's
 * rule, and a phone number nobody in the roster has. They warn rather than refuse: the text is the parties' words.
 */

/** A warning about the plan's text at a place inside a text value (0-based line and column of the value). */
function inText<C extends FindingCode>(at: { line: number; col: number }, code: C, path: YamlPath, ...args: ArgsOf<C>): Detection {
  return { ...detect('warning', code, path, ...args), inText: at };
}

interface Piece {
  text: string;
  line: number;
  path: YamlPath;
  lang: 'da' | 'en';
  /** Column of the piece's text in its first line. */
  col: number;
}

/** Every paragraph and bullet item of the roster's text, with where it is. */
function pieces(roster: Pick<Roster, 'text'>): Piece[] {
  const out: Piece[] = [];
  (roster.text ?? []).forEach((section, s) => {
    for (const lang of ['da', 'en'] as const) {
      const body = section.body[lang];
      if (body === undefined) continue;
      const lines = body.replace(/\r\n?/g, '\n').split('\n');
      const path: YamlPath = ['text', s, 'body', lang];
      const colOf = (line: number, text: string) => Math.max(0, lines[line]!.indexOf(text.split(' ')[0] ?? ''));
      for (const piece of parseBody(body) as TextPiece[]) {
        if (piece.kind === 'paragraph') out.push({ text: piece.text, line: piece.line, path, lang, col: colOf(piece.line, piece.text) });
        else if (piece.kind === 'list') for (const item of piece.items) out.push({ text: item.text, line: item.line, path, lang, col: colOf(item.line, item.text) });
      }
    }
  });
  return out;
}

/**
 * Where in the text an offset of a piece is. A paragraph may span lines of the body (joined with a space): the
 * offset is followed through them.
 */
function placeIn(roster: Pick<Roster, 'text'>, piece: Piece, offset: number): { line: number; col: number } {
  const [, s, , lang] = piece.path as [string, number, string, 'da' | 'en'];
  const lines = roster.text![s]!.body[lang]!.replace(/\r\n?/g, '\n').split('\n');
  let line = piece.line;
  let col = piece.col;
  let left = offset;
  for (;;) {
    const rest = lines[line]!.length - col;
    if (left <= rest || line + 1 >= lines.length || lines[line + 1]!.trim() === '') return { line, col: col + left };
    left -= rest + 1;
    line++;
    col = lines[line]!.length - lines[line]!.trimStart().length;
  }
}

const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

const lower = (value: LocalText | string | undefined): string[] =>
  value === undefined ? [] : typeof value === 'string' ? [value.toLowerCase()] : [value.da.toLowerCase(), ...(value.en ? [value.en.toLowerCase()] : [])];

/**
 * Names of people in the text: two or more capitalised words in a row, none of which the text also uses in lower
 * case (a noun or a word at the start of a sentence is not a name), and not the name of an organisation, hotline,
 * area or the municipality. Each that is no person's name in the roster is a finding.
 */
export function textPeople(roster: Roster): Detection[] {
  const all = pieces(roster);
  if (!all.length) return [];
  const lowerWords = new Set(all.flatMap((p) => p.text.match(/\p{Ll}[\p{L}-]*/gu) ?? []));
  const people = new Set(roster.people.map((p) => p.name.toLowerCase().replace(/\s+/g, ' ')));
  const others = [
    ...roster.organisations.flatMap((o) => [o.name, ...(o.aliases ?? [])].map((n) => n.toLowerCase())),
    ...roster.hotlines.flatMap((h) => lower(h.name)),
    ...roster.plan.areas.map((a) => a.toLowerCase()),
    roster.plan.municipality.toLowerCase(),
    roster.plan.title.toLowerCase(),
  ];
  const out: Detection[] = [];
  for (const piece of all) {
    const tokens = [...piece.text.matchAll(/[\p{L}][\p{L}-]*/gu)];
    let run: RegExpMatchArray[] = [];
    const close = () => {
      if (run.length >= 2) {
        const start = run[0]!.index!;
        const end = run[run.length - 1]!.index! + run[run.length - 1]![0].length;
        const name = piece.text.slice(start, end);
        const key = name.toLowerCase().replace(/\s+/g, ' ');
        const known = people.has(key) || (key.endsWith('s') && people.has(key.slice(0, -1))) || others.some((o) => o.includes(key) || key.includes(o));
        if (!known) out.push(inText(placeIn(roster, piece, start), 'text-person-unknown', piece.path, { name }));
      }
      run = [];
    };
    for (const token of tokens) {
      const word = token[0];
      const previous = run[run.length - 1];
      const adjacent = previous && /^ +$/.test(piece.text.slice(previous.index! + previous[0].length, token.index));
      if (NAME_WORD.test(word) && !lowerWords.has(word.toLowerCase())) {
        if (previous && !adjacent) close();
        run.push(token);
      } else close();
    }
    close();
  }
  return out;
}

// A number starts where no digit stands before it: from inside a long run of digits the match would be tried
// again at every digit, in time quadratic in the run's length.
const DAYS = { da: /(?<!\d)(\d+)\s+(arbejdsdage?|hverdage?)\b/giu, en: /(?<!\d)(\d+)\s+(working days?|workdays?)\b/giu };
const HOURS = { da: /(?<!\d)(\d+)\s+(timer|time)\b/giu, en: /(?<!\d)(\d+)\s+(hours?)\b/giu };

/** The levels a piece of text names: "gult", "gule", "Yellow" — the level's name and its inflections. */
function levelsNamed(roster: Roster, text: string, lang: 'da' | 'en'): LevelId[] {
  return (['green', 'yellow', 'red'] as const).filter((id) => {
    const level = roster.levels[id];
    if (!level) return false;
    const name = (typeof level.name === 'string' ? level.name : lang === 'en' ? (level.name.en ?? level.name.da) : level.name.da).toLowerCase();
    const stem = lang === 'da' ? name.replace(/t$/, '') : name;
    return new RegExp(`(^|[^\\p{L}])${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(t|e|)([^\\p{L}]|$)`, 'iu').test(text);
  });
}

const UNITS = {
  da: { 'working-days': { one: 'arbejdsdag', other: 'arbejdsdage' }, hours: { one: 'time', other: 'timer' } },
  en: { 'working-days': { one: 'working day', other: 'working days' }, hours: { one: 'hour', other: 'hours' } },
} as const;

/** A level's rule as the text's language says it: 1 arbejdsdag, 2 arbejdsdage. */
function counted(n: number, lang: 'da' | 'en', unit: 'working-days' | 'hours'): string {
  return `${n} ${UNITS[lang][unit][new Intl.PluralRules(lang).select(n) === 'one' ? 'one' : 'other']}`;
}

/**
 * A number of working days or hours in the text that is not the rule of the level it is said of (or, when the
 * sentence names no level, of any level).
 */
export function textDeadlines(roster: Roster): Detection[] {
  const out: Detection[] = [];
  for (const piece of pieces(roster)) {
    const named = levelsNamed(roster, piece.text, piece.lang);
    const candidates = named.length ? named : (['green', 'yellow', 'red'] as const).filter((id) => roster.levels[id]);
    const check = (regex: RegExp, unit: 'working-days' | 'hours') => {
      for (const m of piece.text.matchAll(regex)) {
        const n = Number(m[1]);
        const fits = candidates.some((id) => {
          const c = roster.levels[id]!.convene;
          return unit === 'working-days' ? c.type === 'working-days' && c.days === n : c.type === 'hours' && c.hours === n;
        });
        if (fits) continue;
        const rules = candidates
          .map((id) => roster.levels[id]!.convene)
          .filter((c) => c.type !== 'none')
          .map((c) => (c.type === 'working-days' ? counted(c.days, piece.lang, 'working-days') : c.type === 'hours' ? counted(c.hours, piece.lang, 'hours') : ''));
        out.push(inText(placeIn(roster, piece, m.index!), 'text-deadline-differs', piece.path, { said: m[0], rule: rules.join(', ') || '–' }));
      }
    };
    check(new RegExp(DAYS[piece.lang]), 'working-days');
    check(new RegExp(HOURS[piece.lang]), 'hours');
  }
  return out;
}

/** One section's body in one language, with a level's rule said anew. */
export interface RuleRewrite {
  index: number;
  section: string;
  lang: 'da' | 'en';
  body: string;
  count: number;
}

/** "1 arbejdsdag", "2 arbejdsdage", "1 working day": the unit word as the number wants it, in the word family the text used. */
function unitWord(lang: 'da' | 'en', unit: 'working-days' | 'hours', n: number, used: string): string {
  const one = new Intl.PluralRules(lang).select(n) === 'one';
  const lowerUsed = used.toLowerCase();
  if (unit === 'working-days') {
    if (lang === 'da') return lowerUsed.startsWith('hverdag') ? (one ? 'hverdag' : 'hverdage') : one ? 'arbejdsdag' : 'arbejdsdage';
    return lowerUsed.startsWith('workday') ? (one ? 'workday' : 'workdays') : one ? 'working day' : 'working days';
  }
  return lang === 'da' ? (one ? 'time' : 'timer') : one ? 'hour' : 'hours';
}

/**
 * The text's sentences that state a level's rule — a number of working days or hours that is the level's rule now, in
 * a paragraph or bullet that names that level — rewritten to the level's new rule. These are the places
 * `text-deadline-differs` would point to once the rule has changed.
 */
export function rewriteLevelRule(roster: Roster, id: LevelId, next: { type: 'working-days'; days: number } | { type: 'hours'; hours: number }): RuleRewrite[] {
  const old = roster.levels[id]?.convene;
  if (!old || (old.type !== 'working-days' && old.type !== 'hours')) return [];
  const oldN = old.type === 'working-days' ? old.days : old.hours;
  const newN = next.type === 'working-days' ? next.days : next.hours;
  const edits = new Map<string, { index: number; lang: 'da' | 'en'; at: { line: number; col: number; from: string; to: string }[] }>();
  for (const piece of pieces(roster)) {
    if (!levelsNamed(roster, piece.text, piece.lang).includes(id)) continue;
    const regex = new RegExp((old.type === 'working-days' ? DAYS : HOURS)[piece.lang]);
    for (const m of piece.text.matchAll(regex)) {
      if (Number(m[1]) !== oldN) continue;
      const to = `${newN} ${unitWord(piece.lang, next.type, newN, m[2]!)}`;
      const [, s, , lang] = piece.path as [string, number, string, 'da' | 'en'];
      const key = `${s}\u0000${lang}`;
      const entry = edits.get(key) ?? { index: s, lang, at: [] };
      entry.at.push({ ...placeIn(roster, piece, m.index!), from: m[0], to });
      edits.set(key, entry);
    }
  }
  const out: RuleRewrite[] = [];
  for (const { index, lang, at } of edits.values()) {
    const section = roster.text![index]!;
    const lines = section.body[lang]!.split('\n');
    let count = 0;
    // From the last place to the first, so that the columns before each still hold.
    for (const place of [...at].sort((a, b) => b.line - a.line || b.col - a.col)) {
      const line = lines[place.line]!.replace(/\r$/, '');
      // A number and its unit split over two lines of the body are left as they are (lint still points to them).
      if (line.slice(place.col, place.col + place.from.length) !== place.from) continue;
      lines[place.line] = lines[place.line]!.slice(0, place.col) + place.to + lines[place.line]!.slice(place.col + place.from.length);
      count++;
    }
    if (count) out.push({ index, section: section.section, lang, body: lines.join('\n'), count });
  }
  return out.sort((a, b) => a.index - b.index || a.lang.localeCompare(b.lang));
}

/**
 * Phone-shaped numbers in the text: eight digits, grouped or not, or a short number after "telefonnummer"/"tlf.".
 * The white space around the colon is one run and an optional ": ", not `\s*:?\s*`, whose two runs would be tried
 * at every split of a long run of spaces.
 */
const PHONE = /(?:\+45[\s-]?)?(?<![\d])\d{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}(?![\d])|(?=\d)(?<=\b(?:tlf\.?|telefon(?:nummer)?|tel\.?|phone|ring(?:e)?(?: til)?)\s*(?::\s*)?)\d{3,4}(?![\d])/giu;

/** A phone number in the text that no person or hotline in the roster has. */
export function textPhones(roster: Roster): Detection[] {
  const key = (raw: string | number) => {
    const phone = parsePhone(raw);
    return phone ? (phone.kind === 'service' ? phone.digits : phone.e164) : String(raw).replace(/\D/g, '');
  };
  const known = new Set([...roster.people.map((p) => key(p.phone)), ...roster.hotlines.map((h) => key(h.phone))]);
  const out: Detection[] = [];
  for (const piece of pieces(roster)) {
    for (const m of piece.text.matchAll(PHONE)) {
      // "2025-2029" and "2025-29" are years, not numbers to call.
      if (/^(19|20)\d\d-(19|20)?\d\d$/.test(m[0])) continue;
      if (!known.has(key(m[0]))) out.push(inText(placeIn(roster, piece, m.index!), 'text-phone-unknown', piece.path, { phone: m[0] }));
    }
  }
  return out;
}

/** Every {{insert}} in the text is one the tool knows. (That each section comes once and in order is a rule of rules.ts.) */
export function textInserts(roster: Roster): Detection[] {
  const out: Detection[] = [];
  (roster.text ?? []).forEach((section, s) => {
    for (const lang of ['da', 'en'] as const) {
      const body = section.body[lang];
      if (body === undefined) continue;
      for (const piece of parseBody(body)) {
        if (piece.kind === 'insert' && !piece.known) {
          const col = body.split('\n')[piece.line]!.indexOf('{{');
          out.push(inText({ line: piece.line, col }, 'text-insert-unknown', ['text', s, 'body', lang], { name: piece.name }));
        }
      }
    }
  });
  return out;
}
