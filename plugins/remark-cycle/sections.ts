// Build time: the names of lesson sections, read from the lessons' Markdown, so a link from the
// explorer can say where it goes ("Immune cells move in", in "Fat tissue and its macrophages").
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LessonLinkView } from '../../src/components/CycleExplorer/view.types';
import { sectionFromPath, type SectionOf } from './view';

const NUMBER_PREFIX = /^\d+-/;
const FRONT_MATTER = /^---\n([\s\S]*?)\n---/;
const HEADING = /^#{2,4}\s+(.+?)\s*\{#([\w-]+)\}\s*$/gm;

function frontMatterField(text: string, field: string): string | undefined {
  const block = FRONT_MATTER.exec(text)?.[1] ?? '';
  const line = new RegExp(`^${field}:\\s*(.+)$`, 'm').exec(block)?.[1]?.trim();
  if (line === undefined) return undefined;
  return line.replace(/^(['"])(.*)\1$/, '$2').replace(/''/g, "'");
}

/** Markdown emphasis and links reduced to their words. */
function plain(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '');
}

/**
 * Section names for every `## Heading {#anchor}` of the lessons under `docsDir` (folders and files
 * named `NN-slug`, the site path `/<routeBase>/<folder slug>/<file slug>` unless a page sets `slug:`).
 */
export function lessonSections(docsDir: string, routeBase: string): SectionOf {
  const sections = new Map<string, Omit<LessonLinkView, 'to'>>();
  if (!existsSync(docsDir)) return sectionFromPath;
  for (const folder of readdirSync(docsDir, { withFileTypes: true })) {
    if (!folder.isDirectory() || folder.name.startsWith('_')) continue;
    for (const file of readdirSync(path.join(docsDir, folder.name))) {
      if (!/\.mdx?$/.test(file) || file.startsWith('_')) continue;
      const text = readFileSync(path.join(docsDir, folder.name, file), 'utf8');
      const slug = frontMatterField(text, 'slug');
      const page = slug?.startsWith('/')
        ? `/${routeBase}${slug}`
        : `/${routeBase}/${folder.name.replace(NUMBER_PREFIX, '')}/${slug ?? file.replace(NUMBER_PREFIX, '').replace(/\.mdx?$/, '')}`;
      const lesson = frontMatterField(text, 'sidebar_label') ?? frontMatterField(text, 'title');
      for (const [, heading = '', anchor] of text.matchAll(HEADING)) {
        sections.set(`${page}#${anchor}`, { section: plain(heading), ...(lesson ? { lesson } : {}) });
      }
    }
  }
  return (to) => sections.get(to) ?? sectionFromPath(to);
}
