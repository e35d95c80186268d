// A bundle that bin/beredskab.js starts is ASCII throughout, so that it is read as Latin-1, a copy of its bytes,
// rather than decoded as UTF-8 (a millisecond of every start). esbuild escapes strings, names and plain templates,
// and leaves as written what an escape would change or might: regular expression literals and tagged templates
// (whose raw text a tag reads). In a regular expression a \\uXXXX escape means the character itself (a pair of them,
// with or without the u flag, a character outside the BMP), so those are escaped here, found by TypeScript's parser;
// a non-ASCII character anywhere else, or after a backslash, stops the build.
import ts from 'typescript';

/** The bundle's code with every non-ASCII character of its regular expressions escaped; throws for any other. */
export function asciiBundle(source, file = 'bundle.js') {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  /** [start, end) of every regular expression literal, in order. */
  const patterns = [];
  const nodes = [tree];
  while (nodes.length) {
    const node = nodes.pop();
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) patterns.push([node.getStart(tree), node.end]);
    else ts.forEachChild(node, (child) => void nodes.push(child));
  }
  patterns.sort((a, b) => a[0] - b[0]);
  let code = '';
  let from = 0;
  let next = 0;
  for (const match of source.matchAll(/[^\x00-\x7f]/g)) {
    const at = match.index;
    while (next < patterns.length && patterns[next][1] <= at) next++;
    const inPattern = next < patterns.length && patterns[next][0] <= at;
    // After a backslash an escape would be read as a backslash and the letters "u…".
    if (!inPattern || source[at - 1] === '\\') {
      const { line, character } = tree.getLineAndCharacterOfPosition(at);
      throw new Error(`${file}:${line + 1}:${character + 1}: a non-ASCII character that cannot be escaped: ${JSON.stringify(source.slice(Math.max(0, at - 30), at + 10))}`);
    }
    code += `${source.slice(from, at)}\\u${match[0].charCodeAt(0).toString(16).padStart(4, '0')}`;
    from = at + 1;
  }
  return code + source.slice(from);
}
