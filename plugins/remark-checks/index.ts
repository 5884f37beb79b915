// remark plugin: a line `::check{id="question-id"}` in a lesson becomes that question of the
// module's check set (`checks.ts` beside the lesson), shown by src/components/InlineCheck. The
// question travels inside the page as a prop, and the component is imported by the page itself, so
// its code loads only on pages that have a check. A malformed check set, a marker without an id or
// an id the set does not have fails the build, naming the lesson file, line and question.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadFreshModule } from '@docusaurus/utils';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { contentError, sourceLocation } from '../content-error';
import { nfc } from '../../src/data/text';
import type { CheckSet } from '../../src/quiz/types';
import { validateCheckSet } from '../../src/quiz/validate';
import { componentImport, componentWithProps, directivesNamed, type Directive } from './mdx';

export const CHECKS_FILE = 'checks.ts';
export const COMPONENT = 'InlineCheck';
const COMPONENT_MODULE = '@site/src/components/InlineCheck';

export interface CheckOptions {
  /** Loads a check set file's default export (the build: Docusaurus's fresh module loader). */
  load?: (absolutePath: string) => Promise<unknown>;
}

export default function remarkChecks({ load = loadFreshModule }: CheckOptions = {}) {
  // A module's lessons share one checks.ts: it is loaded and validated once per version of the file
  // (keyed by its modification time, so `npm start` picks up an edit), not once per lesson.
  const sets = new Map<string, { mtimeMs: number; set: Promise<CheckSet> }>();
  function loadSet(setFile: string, setName: string): Promise<CheckSet> {
    const { mtimeMs } = statSync(setFile);
    const cached = sets.get(setFile);
    if (cached?.mtimeMs === mtimeMs) return cached.set;
    const set = (async () => {
      const data = nfc(await load(setFile));
      const problems = validateCheckSet(data, setName);
      if (problems.length > 0) throw contentError(`Invalid check set:\n- ${problems.join('\n- ')}`);
      return data as CheckSet;
    })();
    sets.set(setFile, { mtimeMs, set });
    set.catch(() => sets.delete(setFile)); // a failed load is tried again with the next lesson
    return set;
  }

  return async function transformer(tree: Root, file: VFile): Promise<void> {
    const found = directivesNamed(tree, 'check');
    const [first] = found;
    if (first === undefined) return;

    const lesson = path.relative(process.cwd(), file.path || '<unknown file>');
    const setFile = path.join(path.dirname(file.path), CHECKS_FILE);
    const setName = path.relative(process.cwd(), setFile);
    const at = (node: Directive) => `${lesson}${sourceLocation(node)}`;
    for (const { node } of found) {
      if (node.type !== 'leafDirective') {
        throw contentError(`${at(node)}: a check is a line of its own: ::check{id="question-id"}`);
      }
      if (!node.attributes?.id) {
        throw contentError(
          `${at(node)}: the check needs the id of a question in ${setName}: ::check{id="question-id"}`,
        );
      }
    }
    if (!existsSync(setFile)) {
      throw contentError(
        `${at(first.node)}: checks come from ${setName}, which does not exist. Add it (see AUTHORING.md, "Write checks inside a lesson").`,
      );
    }
    const { id: setId, questions } = await loadSet(setFile, setName);

    const placed = new Set<string>();
    for (const { node, index, parent } of found) {
      const id = node.attributes?.id ?? '';
      const question = questions.find((q) => q.id === id);
      if (!question) {
        throw contentError(
          `${at(node)}: check "${id}" is not a question in ${setName} (it has ${questions.map((q) => `"${q.id}"`).join(', ')}).`,
        );
      }
      if (placed.has(id)) throw contentError(`${at(node)}: check "${id}" is placed twice in this lesson.`);
      placed.add(id);
      parent.children[index] = componentWithProps(COMPONENT, { setId, question });
    }
    tree.children.unshift(componentImport(COMPONENT, COMPONENT_MODULE) as never);
  };
}
