// Shared facts about the site under test: where it is served and which pages it has.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import path from 'node:path';
import { builtFile } from '../scripts/built-file.cjs';

export const BASE_PATH = '/course-under-test/';
export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const BUILD_DIR = path.join(__dirname, '..', 'build-e2e');

/** Every page of the built site, as paths under the base path, read from its sitemap. */
export function sitemapPaths(): string[] {
  let xml: string;
  try {
    xml = readFileSync(path.join(BUILD_DIR, 'sitemap.xml'), 'utf8');
  } catch {
    throw new Error(`No ${BUILD_DIR}/sitemap.xml: run "npm run build:e2e" before the end-to-end tests.`);
  }
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  if (paths.length === 0) throw new Error('The sitemap lists no pages.');
  for (const page of paths) {
    if (!page.startsWith(BASE_PATH)) throw new Error(`Sitemap URL ${page} is not under ${BASE_PATH}`);
  }
  return paths;
}

/** The built HTML of a page, for deciding what a page should show. */
export function builtHtml(pagePath: string): string {
  const file = builtFile(BUILD_DIR, pagePath.slice(BASE_PATH.length));
  if (file === undefined) throw new Error(`No built HTML for ${pagePath}`);
  return readFileSync(file, 'utf8');
}

/**
 * Waits until the page has hydrated (React handlers attached) and every component has been told
 * it runs in a browser (src/theme/Root sets data-course-ready once that transition is committed).
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.documentElement.dataset.hasHydrated === 'true' &&
      document.documentElement.dataset.courseReady === 'true',
  );
}

/** Marks the current document, so that `isSameDocument` can tell whether navigation reloaded it. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });
}

/** Whether the page still shows the document `markDocument` marked (client-side navigation). */
export async function isSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);
}
