// An error in a lesson (unknown citation key, unknown glossary term, broken diagram) as the
// build prints it. Docusaurus shows a failed MDX file as "Cause: <message>" and then "Details:
// <stack>"; the stack of a content error is only this project's plugin frames and would repeat
// the message above them, so it is left empty and the message is printed once, first line first.
export function contentError(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}
