import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import { sayReview, type ImportResult, type ReviewItem, type ReviewSentences } from './extract.js';

/** The words of the comments written into the roster (Danish, as the roster's own comments are), given by the shell. */
export interface CommentWords {
  header(source: string, today: string): string;
  reviewComment: string;
  where(n?: number, line?: number): string;
  review: ReviewSentences;
  fix: string;
  fixField: string;
}

/** Where a review item without a field of its own is noted: the list it concerns. */
const FALLBACK: Partial<Record<ReviewItem['code'], Array<string | number>>> = {
  'participant-unread': ['people'],
  'phone-missing': ['people'],
  'substitute-unplaced': ['group', 'members'],
  'duty-actor': ['communication'],
  'section-unknown': ['text'],
  'table-unknown': ['text'],
  'signatory-unknown': ['signatories'],
  'chain-hotline': ['activation', 'chains'],
  'hotline-organisation-missing': ['hotlines'],
  'alias-definite': ['organisations'],
  'coordinator-missing': ['group', 'coordinator'],
};

/** A comment's lines, at most about 100 characters each. */
function wrap(text: string, width = 100): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/**
 * The roster as YAML, in the schema's key order, with a header and a `# REVIEW:` comment quoting the source
 * paragraph at every field the review list names. Comments are Danish, as the roster's own comments are.
 */
export function rosterYaml(result: ImportResult, source: string, today: string, messages: CommentWords): string {
  const doc = new Document(result.roster);
  doc.commentBefore = messages.header(source, today);
  const workday = doc.getIn(['calendar', 'workdayEnds'], true);
  if (isScalar(workday)) workday.type = 'QUOTE_DOUBLE';
  const notes = new Map<Node, string[]>();
  for (const item of result.review) {
    const path = item.path ?? FALLBACK[item.code];
    if (!path) continue;
    const target = keyNode(doc, path);
    if (!target) continue;
    const label = item.kind === 'assumption' ? 'ANTAGELSE' : messages.reviewComment;
    const where = messages.where(item.n, item.line);
    const lines = wrap(`${label}: ${sayReview(messages.review, item)}${item.n === undefined ? '' : ` (${where})`}.`);
    if (item.quote && item.kind !== 'assumption') lines.push(...wrap(`Kilden: "${item.quote}"`).map((l, i) => (i ? `  ${l}` : l)));
    lines.push(`${item.command.startsWith('beredskab ') ? messages.fix : messages.fixField}: ${item.command}`);
    notes.set(target, [...(notes.get(target) ?? []), ...lines]);
  }
  for (const [node, lines] of notes) node.commentBefore = lines.map((l) => ` ${l}`).join('\n');
  return doc.toString({ lineWidth: 100 });
}

/** The node a comment goes before: the key of a mapping entry, or the item of a list. */
function keyNode(doc: Document, path: Array<string | number>): Node | undefined {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === last);
    return pair && isScalar(pair.key) ? pair.key : undefined;
  }
  if (isSeq(parent) && typeof last === 'number') return parent.items[last] as Node | undefined;
  return undefined;
}
