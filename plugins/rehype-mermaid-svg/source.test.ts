// @vitest-environment node
import { renderErrorMessage, accessibilityError, cacheKey, missingAccessibility } from './source';

const complete = `flowchart TD
  accTitle: Two steps
  accDescr: A leads to B.
  A --> B`;

describe('missingAccessibility', () => {
  it('accepts a diagram with accTitle and accDescr', () => {
    expect(missingAccessibility(complete)).toEqual([]);
  });

  it('accepts a multi-line accDescr block', () => {
    expect(
      missingAccessibility('flowchart TD\n accTitle: T\n accDescr {\n  Long text\n }\n A --> B'),
    ).toEqual([]);
  });

  it('names what is missing', () => {
    expect(missingAccessibility('flowchart TD\n A --> B')).toEqual(['accTitle', 'accDescr']);
    expect(missingAccessibility('flowchart TD\n accTitle: T\n A --> B')).toEqual(['accDescr']);
    expect(missingAccessibility('flowchart TD\n accTitle:\n accDescr: D')).toEqual(['accTitle']);
  });
});

describe('accessibilityError', () => {
  it('names the file and line and says what to add', () => {
    const message = accessibilityError('docs/x.md', { code: 'flowchart TD\n A --> B', line: 12 });
    expect(message).toMatch(/^docs\/x\.md:12: this Mermaid diagram has no accTitle and no accDescr\./);
    expect(message).toContain('accTitle:');
  });

  it('is undefined for a complete diagram', () => {
    expect(accessibilityError('docs/x.md', { code: complete })).toBeUndefined();
  });
});

describe('cacheKey', () => {
  it('is stable for the same diagram and settings, ignoring surrounding whitespace', () => {
    expect(cacheKey(complete, { v: 1 })).toBe(cacheKey(`\n${complete}\n`, { v: 1 }));
  });

  it('changes with the diagram or the render settings', () => {
    expect(cacheKey(complete, { v: 1 })).not.toBe(cacheKey(`${complete}\n  B --> C`, { v: 1 }));
    expect(cacheKey(complete, { v: 1 })).not.toBe(cacheKey(complete, { v: 2 }));
  });
});

describe('renderErrorMessage', () => {
  it("puts the file line of the error first, then Mermaid's message", () => {
    const message = 'Parse error on line 3:\n...A --> B[[\n---------^\nExpecting SQE';
    expect(renderErrorMessage('docs/a.md', { code: '', line: 40 }, message)).toBe(
      `docs/a.md:43: Mermaid could not draw this diagram (a syntax error). Mermaid says:\n${message}`,
    );
  });

  it('falls back to the fence line, or the file alone', () => {
    expect(renderErrorMessage('docs/a.md', { code: '', line: 7 }, 'No diagram type detected')).toMatch(
      /^docs\/a\.md:7: Mermaid could not draw this diagram \(No diagram type detected\)/,
    );
    expect(renderErrorMessage('docs/a.md', { code: '' }, 'Parse error on line 2:')).toMatch(/^docs\/a\.md: /);
  });
});
