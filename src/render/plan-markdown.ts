import { heading, type HeadingLevel } from '../document/blocks.js';
import type { PlanDocument } from '../document/plan.js';
import { outline } from '../document/plan.js';
import { markdown } from './escape.js';
import { blocksMarkdown } from './markdown.js';

/** The plan document as markdown for a wiki or a pull request; everything from the roster is escaped. */
export function planMarkdown(doc: PlanDocument): string {
  const out: string[] = [`# ${markdown(doc.title)}`, ''];
  out.push(...blocksMarkdown(doc.front));
  for (const { section, depth } of outline(doc)) {
    out.push(...blocksMarkdown([heading(Math.min(depth + 1, 6) as HeadingLevel, section.title), ...section.blocks]));
  }
  out.push('---', '', `_${markdown(doc.footer.text)}_`, '', `_${markdown(doc.footer.signing)}_`, '');
  return out.join('\n');
}
