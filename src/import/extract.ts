/**
 * A plan document's blocks → a roster and what could not be read from it. Every value comes from the text; what the
 * text does not give is either a blank (`UDFYLD: …`, which lint reports) or a review item, and the interpretations
 * the plan leaves open are listed as assumptions. Nothing is filled in silently.
 */
import { slugOf } from '../roster/edit.js';
import { LEVEL_IDS, type LevelId } from '../roster/schema.js';
import { BLANK_MARK } from '../roster/rules.js';
import { formatPhone, parsePhone } from '../roster/phone.js';
import type { None } from '../roster/finding.js';
import type { Block } from './blocks.js';

export type ReviewKind = 'assumption' | 'review' | 'blank';


/** Every review item's code and the arguments it carries, worded by the language tables (i18n/da/import.ts, en/import.ts). */
export interface ReviewArgs {
  /** The years as the plan writes them, four digits each. */
  'period-years': { from: string; to: string };
  'period-missing': None;
  /** The areas as read, joined by "; ". */
  'areas-capitals': { areas: string };
  'areas-missing': None;
  'municipality-missing': None;
  'workday-ends': None;
  'days-off': None;
  'activation-day': None;
  'meeting-start': None;
  'level-missing': { level: LevelId };
  'deadline-missing': { level: 'yellow' | 'red' };
  'forums-missing': None;
  'participant-unread': { text: string };
  'phone-missing': { name: string };
  'phone-unreadable': { name: string; phone: string };
  /** `first`, `second`: the two people's ids. */
  'name-shared': { name: string; first: string; second: string };
  'substitute-unplaced': { name: string };
  'coordinator-missing': None;
  'police-missing': None;
  /** `order`: the chain's names in order, joined by " → ". */
  'chain-hotline': { name: string; phone: string; order: string };
  /** A number the text says to call, whose organisation it does not name. */
  'hotline-organisation-missing': { name: string; phone: string };
  'duty-actor': { text: string };
  'organiser-missing': None;
  'press-missing': None;
  'press-responsible-missing': None;
  'adhoc-missing': None;
  'signatory-unknown': { name: string };
  'signatures-missing': None;
  /** `alias`: the words of the signature; `name`: the organisation's name they were read as. */
  'alias-definite': { name: string; alias: string };
  'section-unknown': { heading: string };
  /** The sections' headings in the plan's order, joined by ", ". */
  'section-order': { order: string };
  'table-unknown': None;
  /** What the missing text is, as the blank's hint says it. */
  'text-missing': { what: string };
}

export type ReviewCode = keyof ReviewArgs;

/** Every code, for what must list them (the test that every code has a sentence in every language). */
export const REVIEW_CODES = Object.keys({
  'period-years': 0, 'period-missing': 0, 'areas-capitals': 0, 'areas-missing': 0, 'municipality-missing': 0, 'workday-ends': 0,
  'days-off': 0, 'activation-day': 0, 'meeting-start': 0, 'level-missing': 0, 'deadline-missing': 0, 'forums-missing': 0,
  'participant-unread': 0, 'phone-missing': 0, 'phone-unreadable': 0, 'name-shared': 0, 'substitute-unplaced': 0,
  'coordinator-missing': 0, 'police-missing': 0, 'chain-hotline': 0, 'hotline-organisation-missing': 0, 'duty-actor': 0, 'organiser-missing': 0, 'press-missing': 0,
  'press-responsible-missing': 0, 'adhoc-missing': 0, 'signatory-unknown': 0, 'signatures-missing': 0, 'alias-definite': 0,
  'section-unknown': 0, 'section-order': 0, 'table-unknown': 0, 'text-missing': 0,
} satisfies Record<ReviewCode, 0>) as ReviewCode[];

/** A sentence for each review item, taking that code's arguments: what both languages' tables give. */
export type ReviewSentences = { [C in ReviewCode]: (args: ReviewArgs[C]) => string };

/** A review item's sentence from a language's table. */
export function sayReview(sentences: ReviewSentences, item: Pick<ReviewItem, 'code' | 'args'>): string {
  // The table has a sentence for every code, each taking that code's arguments (ReviewSentences).
  return (sentences[item.code] as (args: ReviewArgs[typeof item.code]) => string)(item.args);
}

/** What is to be reviewed, with its code's arguments. */
export type ReviewItem<C extends ReviewCode = ReviewCode> = {
  [K in C]: {
    kind: ReviewKind;
    code: K;
    /** The source paragraph (and line, for markdown). */
    n?: number;
    line?: number;
    args: ReviewArgs[K];
    /** The command that fills or settles the item. */
    command: string;
    /** Where in the roster it lands, for a `# REVIEW:` comment quoting the source. */
    path?: Array<string | number>;
    quote?: string;
  };
}[C];

export type SectionId = 'indledning' | 'formaal' | 'deltagere' | 'organisering' | 'kompetencer' | 'omverdenen' | 'kommissorium' | 'underskrift';
const SECTION_ORDER: readonly SectionId[] = ['indledning', 'formaal', 'deltagere', 'organisering', 'kompetencer', 'omverdenen', 'kommissorium', 'underskrift'];

export interface ImportResult {
  roster: Record<string, unknown>;
  review: ReviewItem[];
}

const blank = (hint: string) => `${BLANK_MARK}: ${hint}`;

// ---------------------------------------------------------------- words of the template

const SECTION_OF: Array<[RegExp, SectionId]> = [
  [/^indledning/i, 'indledning'],
  [/form[aå]l/i, 'formaal'],
  [/deltager/i, 'deltagere'],
  [/organiser/i, 'organisering'],
  [/kompetence|handlemulighed/i, 'kompetencer'],
  [/omverden|presse/i, 'omverdenen'],
  [/kommissori/i, 'kommissorium'],
  [/underskrift/i, 'underskrift'],
];

const TITLE_WORD =
  /(konsulent|leder|chef|inspekt[øo]r|kommis+[æe]r|direkt[øo]r|forretningsf[øo]rer|formand|medarbejder|koordinator|sekret[æa]r|r[åa]dgiver|betjent|assistent|fuldm[æa]gtig|vicev[æa]rt|p[æa]dagog|ansvarlig|sagsbehandler|vagtchef|specialist|kontaktperson|partner|mester)/i;
const ORG_WORD =
  /(skole|politi|kommune|center|centret|sekretariat|bolig|lejerbo|driften|forening|selskab|forvaltning|enhed|tjeneste|klub|fritid|afdelingen\b|domea|fsb|kab\b|akb|ungdom|institution|region|brandv[æa]sen|beredskab|netv[æa]rk|team|huset|gruppen)/i;
/**
 * A capitalised word of a name, hyphenated parts capitalised or not: "Ærø-Østergård", "Jens-Ole", "Bøgh-ågård"; with
 * the apostrophes ' and ’ (written \u2019, the pattern's escape, so that the pattern's source is ASCII).
 */
const NAME_WORD = String.raw`\p{Lu}\p{Ll}[\p{Ll}'\u2019]*(?:-\p{L}[\p{Ll}'\u2019]*)*`;
const NAME = new RegExp(String.raw`^${NAME_WORD}(?:\s+(?:${NAME_WORD}\.?|\p{Lu}\.|von|van|de|la))+$`, 'u');
const PHONE_IN_TEXT = /(?:\+|00)?\d[\d -]{1,14}\d/g;

const LEVEL_WORDS: Record<LevelId, RegExp> = {
  green: /^gr[øo]n/i,
  yellow: /^gul/i,
  red: /^r[øo]d/i,
};
const LEVEL_IN_TEXT: Record<'yellow' | 'red', RegExp> = {
  yellow: /\bgul(?:t|e)?\b/i,
  red: /\br[øo]d(?:t|e)?\b/i,
};
const NUMBER_WORDS: Record<string, number> = { en: 1, et: 1, én: 1, ét: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9, ti: 10, tolv: 12 };

const sentencesOf = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+(?=[A-ZÆØÅ§])/u)
    .map((s) => s.trim())
    .filter(Boolean);

/** "a, b og c" / "a, b eller c" → [a, b, c]; "uro og konflikt mellem grupperinger, …" keeps its own "og". */
export function splitList(text: string): string[] {
  const items = text.replace(/[.;:]+$/, '').split(/,\s*/);
  const last = items.pop() ?? '';
  const tail = /^(.+?)\s+(?:og|eller|samt)\s+(.+)$/.exec(last);
  return [...items, ...(tail ? [tail[1]!, tail[2]!] : [last])]
    .map((s) => s.trim().replace(/^(?:fx|f\.eks\.|eksempelvis)\s+/i, ''))
    .filter(Boolean);
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** "Bysekretariatets" → "Bysekretariatet", "politiets" → "politiet": the genitive's stem for matching. */
const ungenitive = (word: string) => word.replace(/(?<=\p{L}{3})s$/u, '');

// ---------------------------------------------------------------- phones

export interface FoundPhone {
  raw: string;
  /** Danish national grouping, "40 86 74 08", or a service number. */
  value: string;
}

/** Phone numbers in a text, read with libphonenumber-js: "40867408", "4214 8600", "+45 40 86 74 08", "0045 …", "114". */
export function phonesIn(text: string): FoundPhone[] {
  const out: FoundPhone[] = [];
  for (const match of text.matchAll(PHONE_IN_TEXT)) {
    const raw = match[0].trim();
    const phone = parsePhone(raw);
    if (phone) out.push({ raw, value: formatPhone(phone) });
  }
  return out;
}

// ---------------------------------------------------------------- participants

export interface Participant {
  name: string;
  title?: string;
  organisation?: string;
  phone?: string;
  substituteFor?: string;
  /** The source block. */
  n: number;
  line?: number;
  text: string;
  unread?: boolean;
  /** A number on the line that is no valid Danish phone number ("4086740"): kept for the review list. */
  badPhone?: string;
}

/** A title begins or ends with the word for the job: "Chef for bystrategisk udvikling", "Boligsocial koordinator". */
const isTitle = (part: string) => {
  const words = part.split(/\s+/);
  return TITLE_WORD.test(words[0] ?? '') || TITLE_WORD.test(words[words.length - 1] ?? '');
};
const isOrg = (part: string) => ORG_WORD.test(part) && !isTitle(part);
const isName = (part: string) => NAME.test(part) && !ORG_WORD.test(part) && !TITLE_WORD.test(part);

/**
 * One participant line, in any order of title, organisation and name: "SSP-konsulent, Randers Ungdomsskole, Claus
 * Hansen, tlf. 40867408", "Claus Hansen, SSP-konsulent, Randers Ungdomsskole, 40 86 74 08", "Randers Kommune:
 * Direktør, Jens Heslop, tlf. …", "Politikommissær Østjyllands Politi, Lasse Bonde, tlf. …".
 */
export function parseParticipant(text: string, block: Pick<Block, 'n' | 'line'>, options: { phoneOptional?: boolean } = {}): Participant | undefined {
  let body = text.trim().replace(/^\((.*)\)\.?$/, '$1').trim();
  let substituteFor: string | undefined;
  const sub = /^suppleant\s+for\s+([^:,]+?)\s*[:,]\s*/i.exec(body) ?? /^suppleant\s*[:,]?\s+/i.exec(body);
  if (sub) {
    substituteFor = sub[1]?.trim() || '';
    body = body.slice(sub[0].length);
  }
  // A person's number has eight digits: "nummer 112" in a sentence is no participant's phone.
  const phones = phonesIn(body).filter((p) => p.value.replace(/\D/g, '').length === 8);
  if (!phones.length && !options.phoneOptional) return undefined;
  const phone = phones[phones.length - 1];
  let badPhone: string | undefined;
  if (!phone) {
    // "…, tlf. 4086740": a number that is no phone number is taken off the line and kept for the review list.
    const bad = /,?\s*(?:tlf|telefon|mobil|tel)\.?(?:\s*nr\.?)?\s*:?\s*([+\d][\d\s-]*\d)\s*$/i.exec(body);
    if (bad) {
      badPhone = bad[1]!;
      body = body.slice(0, bad.index);
    }
  }
  const at = phone ? body.lastIndexOf(phone.raw) : body.length;
  body = (body.slice(0, at) + body.slice(at + (phone?.raw.length ?? 0))).replace(/,?\s*(?:tlf|telefon|mobil|tel)\.?(?:\s*nr\.?)?\s*:?\s*$/i, '').replace(/[\s,;:–-]+$/, '');
  let organisation: string | undefined;
  const colon = /^([^:]+):\s*(.+)$/.exec(body);
  let parts: string[];
  if (colon && !isName(colon[1]!.trim())) {
    organisation = colon[1]!.trim();
    parts = colon[2]!.split(/,\s*/);
  } else parts = body.replace(':', ',').split(/,\s*/);
  parts = parts.map((p) => p.trim()).filter(Boolean);
  const nameAt = parts.findIndex(isName);
  const result: Participant = { name: '', n: block.n, line: block.line, text, phone: phone?.value, substituteFor, ...(badPhone ? { badPhone } : {}) };
  if (nameAt < 0) return { ...result, unread: true };
  result.name = parts[nameAt]!;
  const rest = parts.filter((_, i) => i !== nameAt);
  if (organisation) {
    result.organisation = organisation;
    result.title = rest.join(', ') || undefined;
  } else if (rest.length === 1) {
    // "Politikommissær Østjyllands Politi": the title's words, then the organisation's.
    const words = rest[0]!.split(/\s+/);
    const titleEnd = words.findIndex((w) => TITLE_WORD.test(w));
    if (titleEnd >= 0 && titleEnd < words.length - 1 && ORG_WORD.test(words.slice(titleEnd + 1).join(' '))) {
      result.title = words.slice(0, titleEnd + 1).join(' ');
      result.organisation = words.slice(titleEnd + 1).join(' ');
    } else if (isOrg(rest[0]!)) result.organisation = rest[0];
    else result.title = rest[0];
  } else if (rest.length >= 2) {
    // Which part is the organisation: the one that reads as one; the title is the rest, in the line's order.
    let orgAt = rest.findIndex((p) => isOrg(p) && !isTitle(p));
    if (orgAt < 0) orgAt = rest.findIndex((p) => !isTitle(p));
    if (orgAt < 0) orgAt = rest.length - 1;
    result.organisation = rest[orgAt];
    result.title = rest.filter((_, i) => i !== orgAt).join(', ');
  }
  if (!result.title || !result.organisation) result.unread = substituteFor === undefined;
  return result;
}

/** A table of participants: a header row naming Navn, Titel/Stilling, Organisation, Telefon and maybe Suppleant. */
function participantsFromTable(block: Block): Participant[] | undefined {
  const [header, ...rows] = block.rows ?? [];
  if (!header) return undefined;
  const col = (re: RegExp) => header.findIndex((h) => re.test(h));
  const name = col(/^navn/i);
  const phone = col(/tlf|telefon|mobil/i);
  if (name < 0 || phone < 0) return undefined;
  const title = col(/titel|stilling|funktion/i);
  const org = col(/organisation|arbejdssted|myndighed|forvaltning/i);
  const sub = col(/suppleant/i);
  const role = col(/rolle/i);
  const out: Participant[] = [];
  for (const row of rows) {
    const cell = (i: number) => (i >= 0 ? (row[i] ?? '').trim() : '');
    if (!cell(name)) continue;
    const phones = phonesIn(cell(phone));
    const p: Participant = {
      name: cell(name),
      title: cell(title) || undefined,
      organisation: cell(org) || undefined,
      phone: phones[0]?.value,
      n: block.n,
      line: block.line,
      text: row.join(' | '),
    };
    const roleText = cell(role);
    if (/suppleant/i.test(roleText)) p.substituteFor = /suppleant\s+for\s+(.+)$/i.exec(roleText)?.[1]?.trim() ?? '';
    out.push(p);
    const subText = cell(sub);
    if (subText && !/^[-–—]?$/.test(subText)) {
      const parsed = parseParticipant(subText, block) ?? { name: subText.replace(/,.*$/, ''), n: block.n, line: block.line, text: subText };
      out.push({ ...parsed, title: parsed.title ?? p.title, organisation: parsed.organisation ?? p.organisation, substituteFor: p.name, unread: false });
    }
  }
  return out;
}

// ---------------------------------------------------------------- the roster

interface Section {
  id: SectionId;
  heading?: Block;
  blocks: Block[];
}

/** The title's words in their own case: "GL. JENNUMPARKEN" → "Gl. Jennumparken"; small words stay small. */
function fromCapitals(text: string): string {
  const small = new Set(['og', 'i', 'omkring', 'ved', 'på', 'for', 'af', 'samt']);
  return text
    .toLowerCase()
    .split(/(\s+)/)
    .map((w, i) => (i > 0 && small.has(w) ? w : w.replace(/^(\p{L})/u, (c) => c.toUpperCase())))
    .join('')
    .replace(/^(\p{L})/u, (c) => c.toUpperCase());
}

export function extractRoster(blocks: Block[], options: { today: string }): ImportResult {
  const review: ReviewItem[] = [];
  const say = <C extends ReviewCode>(kind: ReviewKind, code: C, block: Pick<Block, 'n' | 'line' | 'text'> | undefined, command: string, args: ReviewArgs[C], path?: Array<string | number>) =>
    review.push({ kind, code, n: block?.n, line: block?.line, args, command, path, quote: block?.text } as ReviewItem);

  // ---- sections
  const titleBlock = blocks.find((b) => b.kind === 'heading' && b.level === 1) ?? blocks.find((b) => b.kind !== 'table');
  const sections: Section[] = [{ id: 'indledning', blocks: [] }];
  for (const b of blocks) {
    if (b === titleBlock) continue;
    if (b.kind === 'heading') {
      const id = SECTION_OF.find(([re]) => re.test(b.text))?.[1];
      if (id) {
        sections.push({ id, heading: b, blocks: [] });
        continue;
      }
      say('review', 'section-unknown', b, `beredskab text set ${sections[sections.length - 1]!.id} --file FIL`, { heading: b.text });
    }
    sections[sections.length - 1]!.blocks.push(b);
  }
  const section = (id: SectionId) => sections.filter((s) => s.id === id).flatMap((s) => s.blocks);
  const all = blocks.filter((b) => b !== titleBlock);
  const paragraphs = (id?: SectionId) => (id ? section(id) : all).filter((b) => b.kind === 'para' || b.kind === 'bullet');
  const find = (re: RegExp, id?: SectionId) => paragraphs(id).find((b) => re.test(b.text));
  /** Paragraphs broken in two mid-sentence ("respektive" ⏎ "kommunikationsafdelinger") read as one. */
  const joined = (b: Block) => {
    const list = all;
    const i = list.indexOf(b);
    const next = list[i + 1];
    return next && next.kind === 'para' && /[\p{L},]$/u.test(b.text) && /^\p{Ll}/u.test(next.text) ? `${b.text} ${next.text}` : b.text;
  };

  // ---- title, municipality, areas, period
  const title = titleBlock?.text ?? blank('planens titel');
  const forLine = section('indledning').find((b) => b.kind === 'para' && /^for\s+(?:bolig)?omr[åa]de/i.test(b.text));
  let municipality: string | undefined;
  let areas: string[] = [];
  if (forLine) {
    let text = forLine.text.replace(/\.$/, '').replace(/^for\s+(?:boligområderne|boligområdet|området|områderne)\s+/i, '');
    const kommune = /\s+i\s+(\S+(?:\s+\S+)?)\s+kommune$/i.exec(text);
    if (kommune) {
      municipality = `${fromCapitals(kommune[1]!)} Kommune`;
      text = text.slice(0, kommune.index);
    }
    const capitals = text === text.toUpperCase();
    const pieces = text.split(/,\s*/);
    // "a, b og c" ends the list; "områderne omkring x, y og z" is one area.
    const merged: string[] = [];
    for (let i = 0; i < pieces.length; i++) {
      const parts = pieces[i]!.split(/\s+og\s+/i);
      const around = parts.findIndex((p) => /\bomkring\b|\bved\s/i.test(p));
      if (around < 0) {
        merged.push(...parts);
        continue;
      }
      merged.push(...parts.slice(0, around));
      let area = parts.slice(around).join(' og ');
      while (parts.length - around === 1 && i + 1 < pieces.length) {
        area += `, ${pieces[++i]}`;
        if (/\s+og\s+/i.test(pieces[i]!)) break;
      }
      merged.push(area);
    }
    areas = merged.map((a) => a.trim()).filter(Boolean).map((a) => (capitals ? fromCapitals(a) : a));
    if (capitals && areas.length) say('assumption', 'areas-capitals', forLine, 'beredskab plan set --area NAVN', { areas: areas.join('; ') }, ['plan', 'areas']);
  }
  if (!municipality) {
    const i = /\bi\s+([A-ZÆØÅ][\p{L}-]+)\s+[Kk]ommune\b/u.exec(all.map((b) => b.text).join('\n')) ?? /[Hh]elhedsplan\w*\s+\S+\s+i\s+([A-ZÆØÅ][\p{L}-]+)/u.exec(all.map((b) => b.text).join('\n'));
    if (i) municipality = `${i[1]} Kommune`;
  }
  if (!municipality) say('blank', 'municipality-missing', titleBlock, 'beredskab plan set --municipality NAVN', {}, ['plan', 'municipality']);
  if (!areas.length) say('blank', 'areas-missing', forLine ?? titleBlock, 'beredskab plan set --area NAVN', {}, ['plan', 'areas']);

  const years = /(20\d\d)\s*[-–]\s*(20\d\d|\d\d)\b/.exec(title) ?? /(20\d\d)\s*[-–]\s*(20\d\d|\d\d)\b/.exec(all.map((b) => b.text).join('\n'));
  let period = { start: blank('periodens start, ÅÅÅÅ-MM-DD'), end: blank('periodens slut, ÅÅÅÅ-MM-DD') } as { start: string; end: string };
  if (years) {
    const from = years[1]!;
    const to = years[2]!.length === 2 ? `${from.slice(0, 2)}${years[2]}` : years[2]!;
    period = { start: `${from}-01-01`, end: `${to}-12-31` };
    say('assumption', 'period-years', titleBlock, 'beredskab plan set --start ÅÅÅÅ-MM-DD --end ÅÅÅÅ-MM-DD', { from, to }, ['plan', 'period']);
  } else say('blank', 'period-missing', titleBlock, 'beredskab plan set --start ÅÅÅÅ-MM-DD --end ÅÅÅÅ-MM-DD', {}, ['plan', 'period']);

  // ---- organisations and people
  const organisations: Array<{ id: string; name: string; aliases?: string[] }> = [];
  const orgId = (name: string): string => {
    const known = organisations.find((o) => norm(o.name) === norm(name) || o.aliases?.some((a) => norm(a) === norm(name)));
    if (known) return known.id;
    let id = slugOf(name) || 'organisation';
    for (let k = 2; organisations.some((o) => o.id === id) || id === 'politi-vagtchef'; k++) id = `${slugOf(name)}-${k}`;
    organisations.push({ id, name });
    return id;
  };
  if (municipality) orgId(municipality);
  const people: Array<{ id: string; name: string; title: string; organisation: string; phone: string }> = [];
  const personByName = (name: string) => people.find((p) => norm(p.name) === norm(name));
  const addPerson = (p: Participant, options: { quiet?: boolean; distinct?: boolean } = {}): string => {
    const existing = personByName(p.name);
    // Two participant lines with the same name and different numbers are two people: both are kept, and the review
    // list asks for a way to tell them apart.
    const namesake = existing && options.distinct && p.phone && existing.phone !== p.phone && !existing.phone.startsWith(BLANK_MARK);
    if (existing && !namesake) return existing.id;
    let id = slugOf(p.name) || 'person';
    for (let k = 2; people.some((x) => x.id === id); k++) id = `${slugOf(p.name)}-${k}`;
    const organisation = p.organisation ? orgId(p.organisation) : orgId(blank(`${p.name}s organisation`));
    people.push({ id, name: p.name, title: p.title ?? blank(`${p.name}s titel`), organisation, phone: p.phone ?? blank(`${p.name}s telefonnummer`) });
    if (namesake) say('review', 'name-shared', p, `beredskab person set ${id} --name NAVN`, { name: p.name, first: existing.id, second: id });
    if (!p.phone && !options.quiet) {
      if (p.badPhone) say('blank', 'phone-unreadable', p, `beredskab person set ${id} --phone NUMMER`, { name: p.name, phone: p.badPhone });
      else say('blank', 'phone-missing', p, `beredskab person set ${id} --phone NUMMER`, { name: p.name });
    }
    return id;
  };

  // ---- participants: lines or a table in Deltagere
  const participantBlocks: Block[] = [];
  const participants: Participant[] = [];
  for (const b of section('deltagere')) {
    if (b.kind === 'table') {
      const rows = participantsFromTable(b);
      if (rows) {
        participants.push(...rows);
        participantBlocks.push(b);
      }
      continue;
    }
    if (b.kind !== 'para' && b.kind !== 'bullet') continue;
    if (/ad\s*hoc/i.test(b.text) || b.text.length > 300) continue;
    // A line that reads as a participant but has no (valid) number is still a member: its number is left to fill in.
    const lenient = parseParticipant(b.text, b, { phoneOptional: true });
    const p = parseParticipant(b.text, b) ?? (lenient && lenient.name && !lenient.unread && (lenient.badPhone || !/[.!?]$/.test(b.text.trim())) ? lenient : undefined);
    if (!p) continue;
    participantBlocks.push(b);
    participants.push(p);
    // "…, tlf. 25583249, suppleant: Allan Aarslev, tlf. 22701226" on one line.
    const inline = /[,;(]\s*suppleant\s*:?\s+(.+?)\)?$/i.exec(b.text);
    if (inline && !/^\(?\s*suppleant/i.test(b.text)) {
      const first = parseParticipant(b.text.slice(0, inline.index), b, { phoneOptional: true });
      const second = parseParticipant(inline[1]!, b, { phoneOptional: true });
      if (first && second) {
        participants.pop();
        participants.push(first, { ...second, title: second.title ?? first.title, organisation: second.organisation ?? first.organisation, substituteFor: first.name, unread: false });
      }
    }
  }
  const members: Array<{ person: string; substitute?: string }> = [];
  for (const p of participants) {
    if (p.unread && !p.name) {
      say('review', 'participant-unread', p, 'beredskab person add --name NAVN --title TITEL --organisation ORG-ID --phone NUMMER', { text: p.text });
      continue;
    }
    if (p.unread) say('review', 'participant-unread', p, 'beredskab person set ID --title TITEL --organisation ORG-ID', { text: p.text });
    const id = addPerson(p, { distinct: true });
    if (p.substituteFor !== undefined) {
      const target = p.substituteFor ? members.find((m) => norm(people.find((x) => x.id === m.person)!.name) === norm(p.substituteFor!)) : members[members.length - 1];
      if (target && !target.substitute) target.substitute = id;
      else say('review', 'substitute-unplaced', p, `beredskab substitute set MEDLEM ${id}`, { name: p.name });
    } else members.push({ person: id });
  }

  /** The person or people a phrase names: by name, else by title (and organisation when two share the title). */
  const resolvePeople = (phrase: string): string[] => {
    const text = norm(phrase);
    const byName = people.filter((p) => text.includes(norm(p.name)));
    if (byName.length) return byName.map((p) => p.id);
    const stems = text.split(/[\s,]+/).map(ungenitive);
    const byTitle = people.filter((p) => {
      const t = norm(p.title);
      return t && (text.includes(t) || stems.includes(ungenitive(t)) || text.includes(ungenitive(t)));
    });
    if (byTitle.length <= 1) return byTitle.map((p) => p.id);
    // A member and the substitute who shares the title: the text's role is the member's.
    const memberOnly = byTitle.filter((p) => members.some((m) => m.person === p.id));
    if (memberOnly.length === 1) return memberOnly.map((p) => p.id);
    const byOrg = byTitle.filter((p) => {
      const o = organisations.find((x) => x.id === p.organisation);
      return o && text.includes(ungenitive(norm(o.name)));
    });
    return byOrg.length === 1 ? byOrg.map((p) => p.id) : [];
  };
  const resolveOrg = (phrase: string): string | undefined => {
    const text = norm(phrase);
    const direct = organisations.find((o) => text.includes(ungenitive(norm(o.name))));
    if (direct) return direct.id;
    if (/\bpoliti/.test(text)) return organisations.find((o) => /politi/i.test(o.name))?.id;
    if (/\bkommune/.test(text)) return organisations.find((o) => /kommune/i.test(o.name))?.id;
    return undefined;
  };

  // ---- levels
  const levels: Record<string, Record<string, unknown>> = {};
  const levelTable = all.find((b) => b.kind === 'table' && (b.rows ?? []).filter((r) => Object.values(LEVEL_WORDS).some((re) => re.test(r[0] ?? ''))).length >= 2);
  const allText = all.filter((b) => b.kind !== 'table').map((b) => b.text);
  for (const level of LEVEL_IDS) {
    const row = levelTable?.rows?.find((r) => LEVEL_WORDS[level].test(r[0] ?? ''));
    if (!row) {
      say('blank', 'level-missing', levelTable, `levels.${level}`, { level });
    }
    const def: Record<string, unknown> = {
      name: row ? row[0] : { green: 'Grønt', yellow: 'Gult', red: 'Rødt' }[level],
      meaning: row?.slice(1).join(' ').trim() || blank(`hvad ${({ green: 'grønt', yellow: 'gult', red: 'rødt' } as const)[level]} niveau betyder`),
    };
    if (level !== 'green') {
      // Examples: "(gult niveau) Det kan fx være a, b, c."
      const levelName = level === 'yellow' ? 'gul' : 'rød';
      const exampleBlock = paragraphs().find((b) => new RegExp(`\\(${levelName}t?\\s+niveau\\)`, 'i').test(b.text));
      const ex = exampleBlock && /det kan (?:fx |f\.eks\. |eksempelvis )?(?:være|dreje sig om)\s+(.+?)\.?$/i.exec(exampleBlock.text);
      if (ex) def.examples = splitList(ex[1]!);
      // The deadline: "Ved gult beredskabsniveau samles beredskabet inden for 3 arbejdsdage."
      const rule = allText
        .flatMap(sentencesOf)
        // "Ved gult niveau … inden for 48 timer, og ved rødt niveau … inden for tolv timer": one clause per level.
        .flatMap((s) => s.split(/,\s*(?:og|mens|samt)\s+|;\s*/))
        .map((s) => ({ s, m: /(?:inden\s+for|senest\s+(?:efter|inden)|indenfor|within)?\s*(\d+|en|et|én|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv)\s+(arbejdsdag(?:e)?|hverdag(?:e)?|timer?|døgn)\b/i.exec(s) }))
        .find(({ s, m }) => m && LEVEL_IN_TEXT[level].test(s) && !LEVEL_IN_TEXT[level === 'yellow' ? 'red' : 'yellow'].test(s));
      if (rule?.m) {
        const count = /^\d+$/.test(rule.m[1]!) ? Number(rule.m[1]) : NUMBER_WORDS[rule.m[1]!.toLowerCase()]!;
        const unit = rule.m[2]!.toLowerCase();
        def.convene = /arbejdsdag|hverdag/.test(unit) ? { type: 'working-days', days: count } : { type: 'hours', hours: unit === 'døgn' ? count * 24 : count };
      } else {
        def.convene = level === 'yellow' ? { type: 'working-days', days: 3 } : { type: 'hours', hours: 24 };
        say('review', 'deadline-missing', levelTable, level === 'yellow' ? 'beredskab level set yellow --working-days N' : 'beredskab level set red --hours N', { level }, ['levels', level, 'convene']);
      }
    } else {
      const forumBlock = paragraphs().find((b) => /grønt/i.test(b.text) && /(?:mødefora|fora|samarbejde)/i.test(b.text));
      const forums = forumBlock && /som\s+(?:f\.eks\.|fx|eksempelvis)\s+(.+?)(?:,\s*mens|\.|$)/i.exec(forumBlock.text);
      if (forums) def.convene = { type: 'none', forums: splitList(forums[1]!) };
      else {
        def.convene = { type: 'none', forums: [blank('de faste fora, hvor det forebyggende arbejde foregår')] };
        say('blank', 'forums-missing', forumBlock, 'levels.green.convene.forums', {}, ['levels', 'green', 'convene']);
      }
    }
    if (level === 'red') {
      const instructions = find(/følger\s+.*politiets\s+anvisninger/i);
      if (instructions) def.instructions = sentencesOf(instructions.text).find((s) => /politiets\s+anvisninger/i.test(s));
    }
    levels[level] = def;
  }

  // ---- coordinator
  const COORDINATOR = /kontaktes\s+og\s+har\s+ansvaret\s+for.*invitere|sørger\s+for.*indkald|er\s+koordinator/i;
  const coordinatorBlock = find(COORDINATOR);
  let coordinator: string | undefined;
  if (coordinatorBlock) {
    const sentence = sentencesOf(coordinatorBlock.text).find((s) => COORDINATOR.test(s))!;
    const subject = sentence.split(/\s+(?:kontaktes|sørger|er\s+koordinator)\b/i)[0]!;
    const found = resolvePeople(subject).filter((id) => members.some((m) => m.person === id));
    if (found.length === 1) coordinator = found[0];
  }
  if (!coordinator) say('review', 'coordinator-missing', coordinatorBlock, 'group.coordinator: ID', {}, ['group', 'coordinator']);
  const coordinatorSentence = coordinatorBlock && sentencesOf(coordinatorBlock.text).find((s) => COORDINATOR.test(s));
  const updatesBlock = find(/informationerne\s+er\s+opdaterede|oplysningerne\s+er\s+opdaterede|fratræde/i);

  // ---- hotlines and chains
  const hotlines: Array<{ id: string; name: string; organisation: string; phone: string }> = [];
  const chains: Array<{ id: string; title: unknown; purpose: string; contacts: string[] }> = [];
  const reserveBlocks = new Set<Block>();
  const policeOrg = organisations.find((o) => /politi/i.test(o.name))?.id;
  const police = members.filter((m) => people.find((p) => p.id === m.person)?.organisation === policeOrg);
  const policePurposeBlock = find(/politiet\s+kontaktes\s+for\s+afdækning|kontakt(?:es)?\s+politiet/i);
  const policePurpose = policePurposeBlock && sentencesOf(policePurposeBlock.text).find((s) => /politiet\s+kontaktes|kontakt\w*\s+politiet/i.test(s));
  const usedPhones = new Set(people.map((p) => p.phone));
  const hotlineSentences: Array<{ b: Block; sentence: string; name: string; phone: FoundPhone }> = [];
  for (const b of paragraphs()) {
    if (participantBlocks.includes(b)) continue;
    for (const sentence of sentencesOf(b.text)) {
      for (const phone of phonesIn(sentence)) {
        if (usedPhones.has(phone.value)) continue;
        const m =
          /(?:ringes|ring|rettes\s+henvendelse)\s+(?:der\s+)?til\s+(.+?)\s+på\s+(?:tlf\.?\s*|telefon(?:nummer|nr\.?)?\s*)?$/i.exec(sentence.slice(0, sentence.indexOf(phone.raw))) ??
          /^(?:-\s*)?(.+?)\s+(?:kontaktes|ringes\s+op|træffes)\s+på\s+(?:tlf\.?\s*|telefon(?:nummer|nr\.?)?\s*)?$/i.exec(sentence.slice(0, sentence.indexOf(phone.raw)));
        if (m) hotlineSentences.push({ b, sentence, name: m[1]!.replace(/^(?:derefter|så|da|herefter)\s+/i, '').trim(), phone });
      }
    }
  }
  const policeChain: string[] = [];
  // The text's order: "kontakt til Lasse Bonde eller Allan Aarslev" names the officers before the duty number.
  const orderBlock = find(/(?:kontakt|fat)\s+(?:til|i|på)\s+.+\s+(?:eller|og)\s+/i, 'kompetencer');
  const named = orderBlock ? resolvePeople(orderBlock.text).sort((a, b) => norm(orderBlock.text).indexOf(norm(people.find((p) => p.id === a)!.name)) - norm(orderBlock.text).indexOf(norm(people.find((p) => p.id === b)!.name))) : [];
  for (const id of named) if (police.some((m) => m.person === id || m.substitute === id)) policeChain.push(id);
  for (const m of police) {
    if (!policeChain.includes(m.person)) policeChain.push(m.person);
    if (m.substitute && !policeChain.includes(m.substitute)) policeChain.splice(policeChain.indexOf(m.person) + 1, 0, m.substitute);
  }
  for (const h of hotlineSentences) {
    const org = resolveOrg(h.name) ?? (municipality && /kommun/i.test(h.name) ? orgId(municipality) : undefined);
    const isPolice = policeOrg !== undefined && org === policeOrg;
    let id = slugOf(isPolice ? 'politi-vagtchef' : h.name).slice(0, 40).replace(/-+$/, '') || 'hotline';
    for (let k = 2; hotlines.some((x) => x.id === id) || people.some((p) => p.id === id) || organisations.some((o) => o.id === id); k++) id = `${slugOf(h.name).slice(0, 36)}-${k}`;
    if (hotlines.some((x) => x.phone === h.phone.value)) continue;
    hotlines.push({ id, name: h.name.replace(/^(\p{Ll})/u, (c) => c.toUpperCase()), organisation: org ?? orgId(blank(`organisationen bag ${h.name}`)), phone: h.phone.value });
    if (!org) say('blank', 'hotline-organisation-missing', h.b, `beredskab hotline set ${id} --organisation ORG-ID`, { name: h.name, phone: h.phone.value }, ['hotlines']);
    if (isPolice) {
      policeChain.push(id);
      reserveBlocks.add(h.b);
    } else {
      // The people the same or the previous paragraph names come first: "Kan X ikke træffes, ringes til …".
      const i = all.indexOf(h.b);
      const before = resolvePeople(h.sentence).filter((p) => people.some((x) => x.id === p));
      const prev = all[i - 1];
      const lead = before.length ? before : prev && /:$/.test(prev.text) ? resolvePeople(prev.text) : [];
      const base = slugOf(h.name.replace(/^(?:kommunens|politiets)\s+/i, '')).slice(0, 30).replace(/-+$/, '') || 'kaede';
      let chainId = base;
      for (let k = 2; chains.some((c) => c.id === chainId) || chainId === 'politi' || chainId === 'koordinator'; k++) chainId = `${base}-${k}`;
      chains.push({ id: chainId, title: h.name.replace(/^(\p{Ll})/u, (c) => c.toUpperCase()), purpose: h.sentence, contacts: [...lead, id] });
      say('assumption', 'chain-hotline', h.b, `beredskab chain set ${chainId} --contacts ${[...lead, id].join(',')}`, { name: h.name, phone: h.phone.value, order: [...lead.map((p) => people.find((x) => x.id === p)!.name), h.name].join(' → ') });
    }
  }
  if (policeChain.length) {
    chains.unshift({ id: 'politi', title: { da: 'Ring til politiet', en: 'Call the police' }, purpose: policePurpose ?? blank('hvad politiet afklarer, når det kontaktes'), contacts: policeChain });
    if (!policePurpose) say('blank', 'police-missing', policePurposeBlock, 'beredskab chain set politi --purpose TEKST', {}, ['activation', 'chains', 0, 'purpose']);
  } else say('review', 'police-missing', orderBlock, 'beredskab chain add politi --title TEKST --purpose TEKST --contacts ID,ID,politi-vagtchef', {}, ['activation', 'chains']);
  if (coordinator) {
    chains.splice(policeChain.length ? 1 : 0, 0, {
      id: 'koordinator',
      title: { da: 'Kontakt koordinatoren', en: 'Contact the coordinator' },
      purpose: coordinatorSentence ?? blank('hvad koordinatoren gør, når hun eller han kontaktes'),
      contacts: [coordinator],
    });
  }

  // ---- ad hoc
  const adHocBlock = find(/ad\s*hoc[^()]*\((?:eksempelvis|fx|f\.eks\.|herunder)/i);
  const adHoc = adHocBlock ? splitList(/\((?:eksempelvis|fx|f\.eks\.|herunder)\s+([^)]+)\)/i.exec(adHocBlock.text)![1]!) : [];
  if (!adHoc.length) say('review', 'adhoc-missing', find(/ad\s*hoc/i), 'beredskab adhoc add TEKST', {}, ['adHoc']);

  // ---- press
  const pressIntro = find(/kontakt\s+til\s+pressen\s+inddrages|pressekontakt/i, 'omverdenen') ?? find(/kontakt\s+til\s+pressen\s+inddrages/i);
  const pressBlocks: Block[] = [];
  const pressContacts: string[] = [];
  if (pressIntro) {
    const list = all.slice(all.indexOf(pressIntro) + 1);
    for (const b of list) {
      if (b.kind === 'table') {
        const rows = participantsFromTable(b);
        if (!rows) break;
        pressBlocks.push(b);
        for (const p of rows) pressContacts.push(addPerson(p));
        break;
      }
      if (b.kind !== 'bullet' && b.kind !== 'para') break;
      const p = parseParticipant(b.text, b);
      if (!p || !p.name) break;
      pressBlocks.push(b);
      if (p.unread) say('review', 'participant-unread', p, 'beredskab person set ID --title TITEL --organisation ORG-ID', { text: p.text });
      pressContacts.push(addPerson(p));
    }
  }
  if (!pressContacts.length) say('review', 'press-missing', pressIntro, 'beredskab press add ID', {}, ['press', 'contacts']);
  const pressRespBlock = find(/ansvar\s+for\s+at\s+koordinere\s+kommunikation\w*\s+til\s+pressen|pressen/i, 'omverdenen');
  const pressSentences = pressRespBlock ? sentencesOf(joined(pressRespBlock)).filter((s) => /pressen/i.test(s)) : [];
  const responsibleSentence = pressSentences.find((s) => /ansvar/i.test(s)) ?? '';
  const responsible = [
    ...(/politi/i.test(responsibleSentence) && policeOrg ? [policeOrg] : []),
    ...(/kommune/i.test(responsibleSentence) ? organisations.filter((o) => /kommune/i.test(o.name)).map((o) => o.id).slice(0, 1) : []),
  ];
  if (!responsible.length) say('review', 'press-responsible-missing', pressRespBlock, 'beredskab press set --responsible ORG-ID,ORG-ID', {}, ['press', 'responsible']);

  // ---- who informs whom: sentences whose subject is a role, a person, an organisation or all the members
  const communication: Array<Record<string, unknown>> = [];
  const dutyVerb = /\b(informere|orientere|orientering|viderebringe|aktivere\s+\S*netværk|varetager\s+.*dialog)/i;
  for (const b of [...paragraphs('organisering'), ...paragraphs('kompetencer')]) {
    let previous: string[] | undefined;
    for (const sentence of sentencesOf(b.text)) {
      if (!dutyVerb.test(sentence) || /pressen/i.test(sentence) || /§\s*115/.test(sentence) || /hvilke\s+informationer/i.test(sentence)) continue;
      const subjectMatch = /^(?:det\s+er\s+)?(.+?)\s+(?:sørger|har|sikrer|varetager|skal|informerer|orienterer|ansvar|rolle)\b/i.exec(sentence);
      let subject = subjectMatch?.[1] ?? '';
      const role = /^det\s+er\s+(.+?)(?:s)?\s+(?:ansvar|rolle|opgave)\s+at/i.exec(sentence);
      if (role) subject = role[1]!;
      let by: string[] = [];
      // "Denne varetager desuden …": the one the sentence before named.
      if (/^(?:denne|vedkommende|han|hun)$/i.test(subject.trim()) && previous) by = previous;
      else if (/deltager|medlemmer/i.test(subject)) by = members.map((m) => m.person);
      else {
        by = resolvePeople(subject);
        if (!by.length) {
          const org = resolveOrg(subject);
          if (org) by = [org];
        }
      }
      const id = slugOf(sentence.split(/\s+/).slice(0, 6).join(' ')).slice(0, 40).replace(/-+$/, '') || 'pligt';
      if (!by.length) {
        say('review', 'duty-actor', b, 'beredskab inform add --by ID --informs TEKST', { text: sentence });
        continue;
      }
      previous = by;
      // What is printed after the names: the sentence without its subject ("sørger for at informere …"); "Det er
      // X's ansvar at aktivere …" gives the verb in the present tense ("aktiverer …").
      const duty = /^det\s+er\s+.+?\s+(?:ansvar|rolle|opgave)\s+at\s+(\p{L}+)(.*)$/iu.exec(sentence);
      const predicate = duty ? `${duty[1]!.endsWith('e') ? `${duty[1]}r` : duty[1]}${duty[2]}` : subjectMatch ? sentence.slice(subjectMatch[1]!.length).trim() : sentence;
      communication.push({ id: communication.some((c) => c.id === id) ? `${id}-${communication.length + 1}` : id, by, informs: predicate.replace(/[.!]+$/, '') });
    }
  }

  // ---- status meeting, information sharing, evaluation, kommissorium, purpose, initiative
  const statusBlock = find(/statusmøde|årligt?\s+(?:et\s+)?møde/i);
  const organiserMatch = statusBlock && /det\s+er\s+(.+?),?\s+der\s+er\s+tovholder|(\S+(?:\s+\S+)?)\s+er\s+tovholder/i.exec(statusBlock.text);
  const organiser = organiserMatch ? resolveOrg(organiserMatch[1] ?? organiserMatch[2]!) : undefined;
  if (!organiser) say('blank', 'organiser-missing', statusBlock, 'plan.statusMeeting.organiser: ORG-ID', {}, ['plan', 'statusMeeting', 'organiser']);
  const sharingBlock = find(/§\s*115/);
  const evaluationBlock = find(/evaluering/i, 'kompetencer') ?? find(/evaluering/i);
  const commissionText = paragraphs('kommissorium').map((b) => b.text).join('\n\n');
  const purposeBlock = find(/^formålet\s+med/i, 'formaal') ?? paragraphs('formaal')[0];
  const initiativeBlock = find(/tage\s+initiativ|kan\s+aktivere|aktivere\s+beredskab/i, 'organisering') ?? find(/kan\s+(?:hver\s+især\s+)?aktivere/i);
  const initiative = initiativeBlock ? sentencesOf(initiativeBlock.text).filter((s) => /initiativ|henvendelse|aktivere/i.test(s)).join(' ') : '';
  const need = (b: Block | undefined, text: string | undefined, hint: string, path: Array<string | number>): string => {
    if (text) return text;
    say('blank', 'text-missing', b, path.join('.'), { what: hint }, path);
    return blank(hint);
  };

  // ---- signatories
  const signatories: Array<{ person: string; title: string; organisation: string }> = [];
  const signatureBlocks: Block[] = [];
  for (const b of section('underskrift')) {
    if (b.kind === 'table') {
      const rows = participantsFromTable(b);
      for (const r of rows ?? []) {
        const id = personByName(r.name)?.id;
        if (id) signatories.push({ person: id, title: r.title ?? '', organisation: r.organisation ?? '' });
      }
      if (rows) signatureBlocks.push(b);
      continue;
    }
    const colon = /^(.+?):\s*(.+)$/.exec(b.text);
    if (!colon) continue;
    let [left, right] = [colon[1]!.trim(), colon[2]!.trim()];
    if (isName(left) && !isName(right)) [left, right] = [right, left];
    if (!isName(right)) continue;
    signatureBlocks.push(b);
    const parts = left.split(/,\s*/);
    const organisation = parts.length > 1 ? parts.pop()! : parts[0]!;
    const title = parts.length ? parts.join(', ') : blank(`${right}s titel i underskriften`);
    let person = personByName(right)?.id;
    if (!person) {
      person = addPerson({ name: right, title: title, organisation, n: b.n, line: b.line, text: b.text }, { quiet: true });
      say('blank', 'signatory-unknown', b, `beredskab person set ${person} --phone NUMMER`, { name: right });
    }
    const p = people.find((x) => x.id === person)!;
    const org = organisations.find((o) => o.id === p.organisation);
    // "Børne- og ungecenteret" for "Børne- og ungecenter": the same organisation in the definite form.
    if (org && org.name !== organisation && /^(?:et|en|n|t|ret)$/.test(organisation.slice(org.name.length)) && organisation.startsWith(org.name)) {
      org.aliases = [...(org.aliases ?? []), organisation];
      say('assumption', 'alias-definite', b, `beredskab organisation set ${org.id} --name NAVN`, { name: org.name, alias: organisation });
    }
    signatories.push({ person, title, organisation });
  }
  if (!signatories.length) say('review', 'signatures-missing', section('underskrift')[0], 'beredskab signatory add ID --title TITEL --organisation ORGANISATION', {}, ['signatories']);

  // ---- interpretations the plan leaves open
  say('assumption', 'workday-ends', undefined, 'beredskab calendar set --workday-ends TT:MM', {}, ['calendar', 'workdayEnds']);
  say('assumption', 'days-off', undefined, 'beredskab calendar set --days-off christmas-eve,new-years-eve', {}, ['calendar', 'customaryDaysOff']);
  say('assumption', 'activation-day', undefined, 'interpretations.activationDayCounts: true', {}, ['interpretations']);
  say('assumption', 'meeting-start', undefined, 'interpretations.meetingDeadline: end', {}, ['interpretations']);

  // ---- the prose, section by section, with the data where the plan has it
  const insertFor = (b: Block): string | undefined => {
    if (b === levelTable) return '{{niveauer}}';
    if (participantBlocks.includes(b)) return '{{deltagere}}';
    if (reserveBlocks.has(b)) return '{{reserve}}';
    if (pressBlocks.includes(b)) return '{{presse}}';
    if (signatureBlocks.includes(b)) return '{{underskrifter}}';
    return undefined;
  };
  // The text keeps the template's order (lint requires it): sections the plan has in another order are moved, and
  // the review list says so, since `plan` then prints them in that order.
  const ordered = [...sections].sort((a, b) => SECTION_ORDER.indexOf(a.id) - SECTION_ORDER.indexOf(b.id));
  const moved = sections.find((s, i) => s !== ordered[i] && s.heading);
  if (moved) say('review', 'section-order', moved.heading, 'text', { order: ordered.filter((s) => s.heading).map((s) => s.heading!.text).join(', ') });
  const text = ordered
    .map((s) => {
      const out: string[] = [];
      let last: Block | undefined;
      for (const b of s.blocks) {
        const insert = insertFor(b);
        if (insert) {
          if (out[out.length - 1] !== insert) out.push(insert);
        } else if (b.kind === 'bullet') {
          const line = `- ${b.text}`;
          if (last?.kind === 'bullet' && !insertFor(last)) out[out.length - 1] += `\n${line}`;
          else out.push(line);
        } else if (b.kind === 'table') {
          out.push(b.rows!.map((r) => r.join(' | ')).join('\n'));
          say('review', 'table-unknown', b, `beredskab text set ${s.id} --file FIL`, {});
        } else if (b.kind === 'heading') out.push(b.text);
        else out.push(b.text);
        last = b;
      }
      if (!out.length) return undefined;
      const entry: Record<string, unknown> = { section: s.id };
      if (s.heading) entry.heading = { da: s.heading.text };
      entry.body = { da: out.join('\n\n') };
      return entry;
    })
    .filter((s): s is Record<string, unknown> => s !== undefined);

  const pressAgreement = pressSentences.join(' ');
  const roster: Record<string, unknown> = {
    schemaVersion: 1,
    revision: 1,
    lastChanged: options.today,
    plan: {
      title,
      municipality: municipality ?? blank('kommunens navn'),
      period,
      areas: areas.length ? areas : [blank('boligområdets navn')],
      timezone: 'Europe/Copenhagen',
      purpose: need(purposeBlock, purposeBlock?.text, 'planens formål', ['plan', 'purpose']),
      statusMeeting: {
        frequency: 'annual',
        organiser: organiser ?? (municipality ? orgId(municipality) : orgId(blank('tovholder for statusmødet'))),
        purpose: need(statusBlock, statusBlock?.text, 'statusmødets formål', ['plan', 'statusMeeting', 'purpose']),
      },
      informationSharing: need(sharingBlock, sharingBlock?.text, 'deling af oplysninger efter retsplejelovens § 115', ['plan', 'informationSharing']),
      evaluation: need(evaluationBlock, evaluationBlock?.text, 'evaluering efter en aktivering', ['plan', 'evaluation']),
      commission: need(section('kommissorium')[0], commissionText, 'kommissorium, eller at der ikke er udarbejdet et', ['plan', 'commission']),
    },
    calendar: { workdayEnds: '16:00', customaryDaysOff: [], extraDaysOff: [] },
    levels,
    organisations,
    people,
    hotlines,
    group: {
      members,
      coordinator: coordinator ?? members[0]?.person ?? 'koordinator',
      coordinatorDuty: need(coordinatorBlock, coordinatorSentence, 'koordinatorens opgave', ['group', 'coordinatorDuty']),
      updates: need(updatesBlock, updatesBlock?.text, 'hvem der holder oplysningerne opdaterede', ['group', 'updates']),
    },
    adHoc,
    activation: {
      initiative: need(initiativeBlock, initiative, 'hvem der kan aktivere beredskabet', ['activation', 'initiative']),
      chains,
    },
    communication,
    press: {
      responsible,
      agreement: need(pressRespBlock, pressAgreement, 'aftalen om kommunikation til pressen', ['press', 'agreement']),
      contacts: pressContacts,
    },
    signatories,
    text,
    // Left empty: a value written here is one the parties agreed ("aftalt i planen"), and the plan states none of
    // them. The defaults apply, and the comments above the key say which and how to set them.
    interpretations: {},
  };
  return { roster, review };
}
