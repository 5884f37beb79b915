// @vitest-environment node
import { diagramSources } from './plugin';

describe('diagramSources', () => {
  it('finds every Mermaid fence in a Markdown file, and nothing else', () => {
    const markdown = [
      '# Lesson',
      '```mermaid',
      'flowchart TD',
      '  A --> B',
      '```',
      '',
      '```js',
      'const notADiagram = 1;',
      '```',
      '```mermaid title="second"',
      'flowchart LR',
      '  C --> D',
      '```',
    ].join('\n');
    expect(diagramSources(markdown)).toEqual(['flowchart TD\n  A --> B', 'flowchart LR\n  C --> D']);
  });
});
