import type { Lang } from './lang.js';
import { TEXT_INSERTS, TEXT_SECTIONS, type TextInsert, type TextSection, type TextSectionId } from './schema.js';

/*
 * The plan's own words as the roster keeps them (`text`): a section's body is paragraphs separated by a blank line;
 * lines starting "- " are bullet items; a line that is only {{name}} inserts data generated from the roster. Lines
 * of one paragraph are joined with a space, as in markdown. Every piece remembers where in the body it starts
 * (line and column, counted from 0), so that lint can point into the file.
 */

export type TextPiece =
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'list'; items: Array<{ text: string; line: number }> }
  | { kind: 'insert'; name: string; known: boolean; line: number };

const INSERT = /^\s*\{\{\s*([^{}\s]*)\s*\}\}\s*$/;
const BULLET = /^\s*[-•]\s+/;

export function parseBody(body: string): TextPiece[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const pieces: TextPiece[] = [];
  let paragraph: { parts: string[]; line: number } | undefined;
  let list: Extract<TextPiece, { kind: 'list' }> | undefined;
  const flush = () => {
    if (paragraph) pieces.push({ kind: 'paragraph', text: paragraph.parts.join(' '), line: paragraph.line });
    if (list) pieces.push(list);
    paragraph = undefined;
    list = undefined;
  };
  lines.forEach((raw, n) => {
    const line = raw.trim();
    if (line === '') return flush();
    const insert = INSERT.exec(raw);
    if (insert) {
      flush();
      pieces.push({ kind: 'insert', name: insert[1]!, known: (TEXT_INSERTS as readonly string[]).includes(insert[1]!), line: n });
      return;
    }
    if (BULLET.test(raw)) {
      if (paragraph) flush();
      list ??= { kind: 'list', items: [] };
      list.items.push({ text: raw.replace(BULLET, '').trim(), line: n });
      return;
    }
    if (list) {
      // A line under a bullet item without a blank line between continues the item.
      const last = list.items[list.items.length - 1]!;
      last.text += ` ${line}`;
      return;
    }
    paragraph ??= { parts: [], line: n };
    paragraph.parts.push(line);
  });
  flush();
  return pieces;
}

/** The body in the language asked for; the Danish words where there is no translation. */
export function bodyOf(section: TextSection, lang: Lang): string {
  return (lang === 'en' ? section.body.en : undefined) ?? section.body.da;
}

export function headingOf(section: TextSection, lang: Lang, template: Record<TextSectionId, string>): string {
  const own = lang === 'en' ? section.heading?.en : section.heading?.da;
  return own ?? template[section.section];
}

export const isInsert = (name: string): name is TextInsert => (TEXT_INSERTS as readonly string[]).includes(name);
export const sectionIndex = (id: TextSectionId) => TEXT_SECTIONS.indexOf(id);
