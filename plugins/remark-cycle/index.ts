// remark plugin: a line `::cycle` in a lesson or partial becomes the vicious-cycle explorer
// (src/components/CycleExplorer) with the cycle of src/data/cycle.ts as a prop: its geometry
// worked out, its citations and lesson sections resolved here, at build time. The component is
// imported by the page itself, so its code loads only where the explorer is. Broken cycle data
// fails the build, naming the file and the step, arrow or intervention.
import { statSync } from 'node:fs';
import path from 'node:path';
import { loadFreshModule } from '@docusaurus/utils';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { contentError, sourceLocation } from '../content-error';
import { componentImport, componentWithProps, directivesNamed } from '../remark-checks/mdx';
import { bibliography } from '../../src/data/bibliography';
import type { Reference } from '../../src/data/bibliography.types';
import type { Cycle } from '../../src/data/cycle.types';
import { nfc } from '../../src/data/text';
import { cycleProblems } from '../../src/components/CycleExplorer/validate';
import type { CycleView } from '../../src/components/CycleExplorer/view.types';
import { cycleView, sectionFromPath, type SectionOf } from './view';
import { lessonSections } from './sections';

export const CYCLE_FILE = 'src/data/cycle.ts';
const COMPONENT = 'CycleExplorer';
const COMPONENT_MODULE = '@site/src/components/CycleExplorer';

export interface CycleOptions {
  /** The site's folder (where `src/data/cycle.ts` is). */
  siteDir?: string;
  /** Loads the data file's exports (the build: Docusaurus's fresh module loader). */
  load?: (absolutePath: string) => Promise<unknown>;
  bibliography?: readonly Reference[];
  /** The lessons' route base (`learn`): lesson sections are named from `<siteDir>/docs`. */
  routeBase?: string;
  /** Names lesson sections for the links (default: read from the lessons' Markdown). */
  sections?: () => SectionOf;
}

/** The cycle's data checked and turned into the explorer's view, or an error naming every problem. */
export function checkedCycleView(
  data: unknown,
  references: readonly Reference[],
  sections: () => SectionOf = () => sectionFromPath,
): CycleView {
  const problems = cycleProblems(data, new Set(references.map((entry) => entry.key)), CYCLE_FILE);
  if (problems.length > 0) throw contentError(`Invalid vicious-cycle data:\n- ${problems.join('\n- ')}`);
  return cycleView(data as Cycle, references, sections());
}

export default function remarkCycle({
  siteDir = process.cwd(),
  load = loadFreshModule,
  bibliography: references = bibliography,
  routeBase = 'learn',
  sections = () => lessonSections(path.join(siteDir, 'docs'), routeBase),
}: CycleOptions = {}) {
  // Loaded and checked once per version of the file (its modification time), so `npm start`
  // picks up an edit.
  let cached: { mtimeMs: number; view: Promise<CycleView> } | undefined;
  function loadView(): Promise<CycleView> {
    const file = path.join(siteDir, CYCLE_FILE);
    const { mtimeMs } = statSync(file);
    if (cached?.mtimeMs === mtimeMs) return cached.view;
    const view = (async () => {
      const exports = (await load(file)) as { cycle?: unknown; default?: unknown } | undefined;
      return checkedCycleView(nfc(exports?.cycle ?? exports?.default), references, sections);
    })();
    cached = { mtimeMs, view };
    view.catch(() => (cached = undefined));
    return view;
  }

  return async function transformer(tree: Root, file: VFile): Promise<void> {
    const found = directivesNamed(tree, 'cycle');
    const page = path.relative(process.cwd(), file.path || '<unknown file>');
    for (const { node } of found) {
      if (node.type !== 'leafDirective') {
        throw contentError(
          `${page}${sourceLocation(node)}: the cycle explorer is a line of its own: ::cycle`,
        );
      }
    }
    const [first, second] = found;
    if (second)
      throw contentError(`${page}${sourceLocation(second.node)}: a page can show the cycle explorer once.`);
    if (!first) return;
    const cycle = await loadView();
    const { index, parent } = first;
    parent.children[index] = componentWithProps(COMPONENT, { cycle });
    tree.children.unshift(componentImport(COMPONENT, COMPONENT_MODULE) as never);
  };
}
