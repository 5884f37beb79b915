// @vitest-environment node
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { VFile } from 'vfile';
import { toHtml } from 'hast-util-to-html';
import remarkGlossaryTerms from './index';

const glossary = [{ id: 'jnk', term: 'JNK', definition: 'A stress kinase.' }];

async function render(markdown: string): Promise<string> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGlossaryTerms, { glossary, glossaryPath: '/learn/glossary' })
    .use(remarkRehype);
  const file = new VFile({ path: path.join(process.cwd(), 'docs/lesson.md'), value: markdown });
  return toHtml(await processor.run(processor.parse(file), file));
}

describe('remarkGlossaryTerms', () => {
  it('links a known term to its glossary anchor', async () => {
    expect(await render('The [JNK pathway](term:jnk) and [a page](./other.md).')).toBe(
      '<p>The <a href="/learn/glossary#jnk" title="Glossary: JNK" class="glossary-term">JNK pathway</a> and <a href="./other.md">a page</a>.</p>',
    );
  });

  it('fails on an unknown term, naming the file and the id', async () => {
    await expect(render('See [IKK](term:ikk).')).rejects.toThrow(
      'docs/lesson.md:1:5: the glossary has no term "ikk" (linked as [IKK](term:ikk)).',
    );
  });
});
