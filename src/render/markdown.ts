/**
 * Roster text for markdown (CommonMark/GFM, as a wiki or a pull request shows it): read as text, never as markup.
 * Line breaks become spaces (a new line could start a heading or a table row); characters that open markup, a table
 * cell, an entity or raw HTML are backslash-escaped; and a start that would open a list, a quote or a heading
 * underline is escaped too, since the text may begin a line.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/([\\|*_`[\]<>#~&!])/g, '\\$1')
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
