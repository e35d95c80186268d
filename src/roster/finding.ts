import type { BlankFill } from './blanks.js';

/*
 * What the roster's checks find, as data: a stable code and the arguments of that code. Sentences are made where
 * the findings are shown (render/diagnostics.ts, from the language tables typed against FindingArgs), never here.
 */

export type Severity = 'error' | 'warning' | 'notice';
export type YamlPath = ReadonlyArray<string | number>;

/** The YAML library's error codes that get their own explanation; any other is OTHER. */
export type YamlReason =
  | 'BAD_INDENT'
  | 'BLOCK_AS_IMPLICIT_KEY'
  | 'MULTILINE_IMPLICIT_KEY'
  | 'BAD_SCALAR_START'
  | 'UNEXPECTED_TOKEN'
  | 'MISSING_CHAR'
  | 'MULTIPLE_DOCS'
  | 'BAD_ALIAS'
  | 'OTHER';

const YAML_REASONS: ReadonlySet<string> = new Set<YamlReason>(['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'BAD_SCALAR_START', 'UNEXPECTED_TOKEN', 'MISSING_CHAR', 'MULTIPLE_DOCS', 'BAD_ALIAS']);

/** The reason for a code of the YAML library's errors: its own where it has one, OTHER for any other. */
export function yamlReason(code: string): YamlReason {
  return YAML_REASONS.has(code) ? (code as YamlReason) : 'OTHER';
}

/** What a reference must point at. */
export type RefExpected = 'person' | 'personOrHotline' | 'organisation' | 'personOrOrganisation' | 'personHotlineOrOrganisation' | 'member';

/**
 * A part of the plan document that a change touched: the front page, or a section by its title in both languages
 * (the title the roster's text gives it, or the template's).
 */
export type ContentPart = 'front' | { da: string; en: string };

/** The arguments of a code that has none. */
export type None = Record<never, never>;

/** Every code and the arguments it carries. */
export interface FindingArgs {
  'file-missing': { file: string };
  'file-is-directory': { file: string };
  'file-unreadable': { file: string; reason: string };
  'file-too-large': { size: number; max: number };
  'file-empty': None;
  'encoding-invalid': None;
  'encoding-utf16': None;
  'yaml-syntax': { reason: YamlReason };
  'yaml-tag': { tag: string };
  'yaml-merge-key': None;
  'yaml-too-deep': { max: number };
  'yaml-unclosed-quote': { quote: string };
  'yaml-tab-indent': None;
  'yaml-duplicate-key': { key: string };
  'yaml-too-many-aliases': { max: number };
  'yaml-not-mapping': None;
  'key-missing': { key: string };
  'key-unknown': { key: string };
  /** `expected`: a key of the table of expected kinds (string, int, phone …), or zod's own name for a kind it lacks. */
  'type-invalid': { expected: string };
  'value-invalid': { allowed: string };
  'format-invalid': { expected: string };
  'value-out-of-range': { bound: 'atLeast' | 'atMost'; limit: number };
  'id-duplicate': { id: string; firstLine: number };
  'ref-unknown': { id: string; expected: RefExpected };
  'phone-invalid': { phone: string };
  'phone-service-number': { phone: string; name: string };
  'phone-shared': { name: string; other: string; phone: string; firstLine: number };
  'phone-extra-text': { phone: string };
  'organisation-name-duplicate': { name: string; id: string; other: string; firstLine: number };
  'last-changed-ahead': { date: string; today: string };
  'text-not-nfc': None;
  'chain-repeat': { id: string; chain: string };
  'member-repeat': { id: string; firstLine: number };
  'substitute-self': { id: string };
  'substitute-mutual': { id: string; other: string };
  'convene-green-meets': None;
  'convene-missing': { level: 'yellow' | 'red' };
  'text-control-character': { char: string };
  'text-multiline': None;
  'text-blank': None;
  'level-missing': { level: string };
  'workday-ends-early': { time: string };
  'period-reversed': { start: string; end: string };
  'timezone-invalid': { zone: string };
  /** `title`: the chain's Danish title. */
  'chain-ends-with-person': { chain: string; title: string; name: string };
  'member-without-substitute': { name: string };
  'title-inconsistent': { name: string; groupTitle: string; signedTitle: string };
  'signatory-not-member': { name: string };
  'text-person-unknown': { name: string };
  /** `said`: the words of the text; `rule`: the level's rule as the text's own language says it. */
  'text-deadline-differs': { said: string; rule: string };
  'text-phone-unknown': { phone: string };
  'text-section-repeat': { section: string };
  'text-section-order': { section: string; order: string };
  'text-insert-unknown': { name: string };
  'period-outside': { today: string; start: string; end: string };
  'contact-stale': { name: string; confirmed: string };
  'revision-not-bumped': { from: number; to: number; next: number };
  'last-changed-backwards': { from: string; to: string };
  'last-changed-future': { date: string; today: string };
  'organisation-unseated': { name: string; organisation: string; to: string };
  'successor-missing': { name: string; title: string; organisation: string };
  /** `hint`: the words after the blank mark; `fill`: the command that fills it, where there is one. */
  'blank-unfilled': { hint: string; fill?: BlankFill };
  'notify-coordinator': { name: string; phone: string };
  're-sign': None;
  'signatures-unrecorded': None;
  'content-hash-stale': { version: number; next: number; hash: string };
  'signature-unknown-version': { name: string; version: number; current: number };
  'approval-unknown-version': { by: string; version: number; current: number };
  'signatures-outdated': { complete: number; count: number; total: number; current: number; signed: string[]; missing: string[] };
  'signatures-incomplete': { count: number; total: number; current: number; signed: string[]; missing: string[] };
  'approval-missing': { version: number };
  'approval-outdated': { by: string; date: string; version: number; signed: number };
  /** `to`: absent when the change dropped `content` altogether. */
  'content-version-lowered': { from: number; to?: number };
  'content-version-not-raised': { from: number; to: number; next: number; parts: ContentPart[] };
  'content-new-version': { from: number; to: number; parts: ContentPart[]; missing: string[]; total: number };
}

export type FindingCode = keyof FindingArgs;

/** Every code, for what must list them (the tests that every code has a sentence in every language). */
export const FINDING_CODES = Object.keys({
  'file-missing': 0, 'file-is-directory': 0, 'file-unreadable': 0, 'file-too-large': 0, 'file-empty': 0, 'encoding-invalid': 0,
  'encoding-utf16': 0, 'yaml-syntax': 0, 'yaml-tag': 0, 'yaml-merge-key': 0, 'yaml-too-deep': 0, 'yaml-unclosed-quote': 0,
  'yaml-tab-indent': 0, 'yaml-duplicate-key': 0, 'yaml-too-many-aliases': 0, 'yaml-not-mapping': 0, 'key-missing': 0,
  'key-unknown': 0, 'type-invalid': 0, 'value-invalid': 0, 'format-invalid': 0, 'value-out-of-range': 0, 'id-duplicate': 0,
  'ref-unknown': 0, 'phone-invalid': 0, 'phone-service-number': 0, 'phone-shared': 0, 'phone-extra-text': 0,
  'organisation-name-duplicate': 0, 'last-changed-ahead': 0, 'text-not-nfc': 0, 'chain-repeat': 0, 'member-repeat': 0,
  'substitute-self': 0, 'substitute-mutual': 0, 'convene-green-meets': 0, 'convene-missing': 0, 'text-control-character': 0,
  'text-multiline': 0, 'text-blank': 0, 'level-missing': 0, 'workday-ends-early': 0, 'period-reversed': 0, 'timezone-invalid': 0,
  'chain-ends-with-person': 0, 'member-without-substitute': 0, 'title-inconsistent': 0, 'signatory-not-member': 0,
  'text-person-unknown': 0, 'text-deadline-differs': 0, 'text-phone-unknown': 0, 'text-section-repeat': 0,
  'text-section-order': 0, 'text-insert-unknown': 0, 'period-outside': 0, 'contact-stale': 0, 'revision-not-bumped': 0,
  'last-changed-backwards': 0, 'last-changed-future': 0, 'organisation-unseated': 0, 'successor-missing': 0, 'blank-unfilled': 0,
  'notify-coordinator': 0, 're-sign': 0, 'signatures-unrecorded': 0, 'content-hash-stale': 0, 'signature-unknown-version': 0,
  'approval-unknown-version': 0, 'signatures-outdated': 0, 'signatures-incomplete': 0, 'approval-missing': 0,
  'approval-outdated': 0, 'content-version-lowered': 0, 'content-version-not-raised': 0, 'content-new-version': 0,
} satisfies Record<FindingCode, 0>) as FindingCode[];

/** One finding, placed in its file: what the loader gives and every output format is made from. */
export type Finding<C extends FindingCode = FindingCode> = {
  [K in C]: {
    severity: Severity;
    code: K;
    args: FindingArgs[K];
    file: string;
    /** 1-based; 0 when the finding is about the file as a whole. */
    line: number;
    col: number;
    /** `people[3].phone`; empty for the file as a whole. */
    path: string;
  };
}[C];

/** A finding before it has a place in the file. */
export type Detection<C extends FindingCode = FindingCode> = {
  [K in C]: {
    severity: Severity;
    code: K;
    args: FindingArgs[K];
    path: YamlPath;
    /** Point at the key of the last path segment rather than at its value. */
    atKey?: boolean;
    /** A place inside a text value (0-based line and column of the value): the plan's text, which spans many lines. */
    inText?: { line: number; col: number };
    /** A position already known (syntax errors), 1-based. */
    pos?: { line: number; col: number };
  };
}[C];

/** The arguments after a code: optional for a code that has none. */
export type ArgsOf<C extends FindingCode> = keyof FindingArgs[C] extends never ? [args?: FindingArgs[C]] : [args: FindingArgs[C]];

/** A detection of `code` at `path`; the one place a code and its arguments are joined, so that they always match. */
export function detect<C extends FindingCode>(severity: Severity, code: C, path: YamlPath, ...[args]: ArgsOf<C>): Detection {
  return { severity, code, path, args: args ?? {} } as Detection;
}

/** A finding about the file as a whole (missing, a directory, unreadable, too large): no line, no path. */
export function fileFinding<C extends 'file-missing' | 'file-is-directory' | 'file-unreadable' | 'file-too-large'>(code: C, file: string, args: FindingArgs[C]): Finding {
  return { severity: 'error', code, args, file, line: 0, col: 0, path: '' } as Finding;
}

/** `people[3].phone` */
export function formatPath(path: YamlPath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}


export function countBySeverity(findings: ReadonlyArray<{ severity: Severity }>) {
  const counts = { errors: 0, warnings: 0, notices: 0 };
  for (const d of findings) {
    if (d.severity === 'error') counts.errors++;
    else if (d.severity === 'warning') counts.warnings++;
    else counts.notices++;
  }
  return counts;
}
