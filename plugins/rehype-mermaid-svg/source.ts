// Pure helpers for Mermaid sources: accessibility checks and cache keys. No browser here.
import { createHash } from 'node:crypto';

export interface DiagramSource {
  code: string;
  /** 1-based line of the code fence in the Markdown file, when known. */
  line?: number;
}

const ACC_TITLE = /^[ \t]*accTitle[ \t]*:[ \t]*\S/m;
const ACC_DESCR = /^[ \t]*accDescr[ \t]*(?::[ \t]*\S|\{)/m;

/** Returns what accessibility metadata the diagram lacks (empty when it has both). */
export function missingAccessibility(code: string): string[] {
  const missing: string[] = [];
  if (!ACC_TITLE.test(code)) missing.push('accTitle');
  if (!ACC_DESCR.test(code)) missing.push('accDescr');
  return missing;
}

export function describeLocation(file: string, diagram: DiagramSource): string {
  return diagram.line ? `${file}:${diagram.line}` : file;
}

export function accessibilityError(file: string, diagram: DiagramSource): string | undefined {
  const missing = missingAccessibility(diagram.code);
  if (missing.length === 0) return undefined;
  return (
    `${describeLocation(file, diagram)}: this Mermaid diagram has no ${missing.join(' and no ')}. ` +
    'Every diagram needs a short title and a description for screen readers, e.g.\n' +
    '  accTitle: The vicious cycle\n  accDescr: Cytokines block insulin signalling, which ...'
  );
}

/** A stable key for the rendered SVG: diagram text + everything that changes its rendering. */
export function cacheKey(code: string, renderSettings: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify({ code: code.trim(), renderSettings }))
    .digest('hex')
    .slice(0, 20);
}

/**
 * The message for a diagram Mermaid could not render, first line first: `file:line: …` where the
 * line is the one in the Markdown file (Mermaid counts from the start of the diagram: its line 1 is
 * the line after the opening fence), then Mermaid's own message.
 */
export function renderErrorMessage(file: string, diagram: DiagramSource, mermaidMessage: string): string {
  const inDiagram = /\bline (\d+)/i.exec(mermaidMessage);
  const line =
    diagram.line !== undefined && inDiagram?.[1] ? diagram.line + Number(inDiagram[1]) : diagram.line;
  const where = line !== undefined ? `${file}:${line}` : file;
  const reason = /parse error/i.test(mermaidMessage)
    ? 'a syntax error'
    : (mermaidMessage.split('\n').find((text) => text.trim() !== '') ?? 'no result');
  return `${where}: Mermaid could not draw this diagram (${reason}). Mermaid says:\n${mermaidMessage}`;
}
