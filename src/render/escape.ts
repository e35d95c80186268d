/*
 * Every escape the outputs use, in one place, over one set of characters that no output passes on as they are.
 * Roster, journal and command-line text reaches a terminal, markdown, HTML, CSV, vCard, iCalendar, Word and GitHub's
 * workflow commands only through these functions.
 */

/**
 * What no output passes on as it is: C0 controls (tab, line feed and carriage return among them: each format says what
 * becomes of those), DEL and the C1 controls, the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), the noncharacters U+FFFE and U+FFFF, and lone surrogates (no encoding can write them). They could
 * move the cursor, clear the screen, retitle the window, hide or reorder text, or make a file its reader refuses.
 * Lint refuses them in a roster; the renderers still never print one raw.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Every unsafe character as U+FFFD, except those in `keep` (some of tab, LF, CR), which the format deals with. */
export function replaceUnsafe(text: string, keep = ''): string {
  return text.replace(UNSAFE, (ch) => (keep.includes(ch) ? ch : '\ufffd'));
}

/** Applies `clean` to every string in plain data (arrays and plain objects); other objects such as dates are kept. */
function mapStrings<T>(value: T, clean: (text: string) => string): T {
  if (typeof value === 'string') return clean(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, clean)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, clean)])) as T;
  }
  return value;
}

// ---------------------------------------------------------------------------------------------------------------
// Terminal and one-line text

/**
 * Text as one line on a terminal or in a one-line format: each line feed and tab becomes a space, every other unsafe
 * character (a carriage return too: it would move the cursor to the start of the line) U+FFFD. A no-break space is
 * the roster's own and is kept.
 */
export function terminalSafe(text: string): string {
  return replaceUnsafe(text.replace(/[\t\n]/g, ' '));
}

/** Every string in plain data made terminal-safe. */
export function terminalSafeData<T>(value: T): T {
  return mapStrings(value, terminalSafe);
}

/**
 * Every string in plain data with the unsafe characters as U+FFFD and line breaks and tabs kept (JSON escapes those):
 * the same cleaning as the other formats, for JSON, so that no format passes an escape sequence on.
 */
export function withoutControls<T>(value: T): T {
  return mapStrings(value, (text) => replaceUnsafe(text, '\t\n\r'));
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown

/**
 * Text for markdown (CommonMark/GFM, as a wiki or a pull request shows it): read as text, never as markup, and always
 * one line. A line break with the blanks around it becomes one space (a new line could start a heading or a table row),
 * the rest is made terminal-safe; characters that open markup, a table cell, an entity or raw HTML are
 * backslash-escaped; and a start that would open a list, a quote or a heading underline is escaped too, since the text
 * may begin a line.
 */
export function markdown(text: string): string {
  return terminalSafe(text.replace(/\s*\r?\n\s*/g, ' '))
    .replace(/([\\|*_`[\]<>#~&!])/g, '\\$1')
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

// ---------------------------------------------------------------------------------------------------------------
// HTML, CSS, XML

/**
 * HTML text and attribute values (quoted with either quote): the five characters with meaning as entities, the unsafe
 * characters as U+FFFD. Line breaks and tabs are kept; HTML shows them as spaces.
 */
export function html(text: string): string {
  return replaceUnsafe(text, '\t\n\r').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A CSS string literal: nothing in it can end the string or the style element. */
export function cssString(text: string): string {
  return `"${replaceUnsafe(text.replace(/[\\"]/g, '\\$&').replace(/\r?\n/g, '\\A ').replace(/</g, '\\3C '), '\t')}"`;
}

/** Text for XML 1.0 (a Word file): the unsafe characters as U+FFFD, tab and line breaks kept (XML allows them). */
export function xmlText(text: string): string {
  return replaceUnsafe(text, '\t\n\r');
}

// ---------------------------------------------------------------------------------------------------------------
// CSV, vCard, iCalendar

/**
 * A CSV cell for a Danish Excel (";" between cells): quoted per RFC 4180 where it holds a quote, a ";", a line break or
 * blanks at either end, and never a live formula: a cell that starts with = + - @ (after blanks: spreadsheets skip them
 * before reading a formula), a tab or a carriage return gets a leading apostrophe. Other unsafe characters are U+FFFD.
 */
export function csvCell(value: string): string {
  const clean = replaceUnsafe(value, '\t\n\r');
  const safe = /^[\s\u00a0]*[=+\-@]|^[\t\r]/.test(clean) ? `'${clean}` : clean;
  return /[";\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** vCard 3.0 text value (RFC 2426 §4): backslash, comma, semicolon and line breaks escaped; other unsafe characters U+FFFD. */
export function vcardText(text: string): string {
  return replaceUnsafe(text.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n'), '\t').replace(/,/g, '\\,').replace(/;/g, '\\;');
}

/**
 * An iCalendar parameter value (CN, RFC 5545 §3.2) cannot hold a double quote or a line break: they become ' and a
 * space; other unsafe characters U+FFFD. ical-generator quotes the value.
 */
export function icalParameter(text: string): string {
  return terminalSafe(text.replace(/"/g, "'").replace(/[\r\n\t]+/g, ' '));
}

/** Folds a vCard or iCalendar content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldContentLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

// ---------------------------------------------------------------------------------------------------------------
// GitHub workflow commands

/** The message of a workflow command (`::error …::message`): unsafe characters U+FFFD, then %, CR and LF percent-encoded. */
export function workflowData(text: string): string {
  return replaceUnsafe(text, '\t\n\r').replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property of a workflow command (`file=…,title=…`): as the message, and `:` and `,` percent-encoded too. */
export function workflowProperty(text: string): string {
  return workflowData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
