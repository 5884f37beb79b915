// An error in a lesson (unknown citation key, unknown glossary term, broken diagram) as the
// build prints it. Docusaurus shows a failed MDX file as "Cause: <message>" and then "Details:
// <stack>"; the stack of a content error is only this project's plugin frames and would repeat
// the message above them, so it is left empty and the message is printed once, first line first.
export function contentError(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}

interface Located {
  value?: string;
  position?: { start: { line: number; column: number } };
}

/**
 * `:line:column` in the Markdown file of a node (a link, say), or of the character at `offset` in
 * a text node's value; '' when the node has no position.
 */
export function sourceLocation(node: Located, offset = 0): string {
  const start = node.position?.start;
  if (!start) return '';
  const before = (node.value ?? '').slice(0, offset);
  const newlines = before.split('\n').length - 1;
  const column = newlines === 0 ? start.column + offset : offset - before.lastIndexOf('\n');
  return `:${start.line + newlines}:${column}`;
}
