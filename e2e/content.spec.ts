// Checks on the course text as built: every term of the seed document is taught, and every
// lesson page carries the shared medical disclaimer. Reads the static HTML; no browser needed.
import { test, expect } from '@playwright/test';
import { builtHtml, sitemapPaths, BASE_PATH } from './site';

const lessonPaths = sitemapPaths().filter(
  (path) => path.startsWith(`${BASE_PATH}learn/`) && !path.includes('/category/'),
);

function visibleText(html: string): string {
  const article = html.match(/<article[\s\S]*<\/article>/)?.[0] ?? html;
  return article
    .replace(/<(script|style|svg)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ');
}

const courseText = lessonPaths.map((path) => visibleText(builtHtml(path))).join(' ');

// The seed document's key terms, each with the spellings a lesson may use.
const SEED_TERMS: Record<string, RegExp> = {
  'insulin resistance': /insulin resistance/i,
  hyperinsulinemia: /hyperinsulinemia/i,
  'meta-inflammation': /meta-?inflammation/i,
  cytokines: /cytokines/i,
  'TNF-alpha': /TNF-(α|alpha)/i,
  'IL-6': /IL-6/,
  JNK: /\bJNK\b/,
  'IRS-1': /IRS-1/,
  macrophages: /macrophages/i,
  'visceral adiposity': /visceral (adiposity|fat)/i,
  'refined carbohydrates': /refined carbohydrates/i,
  'saturated fatty acids': /saturated fatty acids/i,
  'gut dysbiosis': /dysbiosis/i,
  'intestinal permeability': /intestinal permeability/i,
  cortisol: /cortisol/i,
  sleep: /sleep/i,
  'C-reactive protein': /C-reactive protein/i,
  fiber: /\bfib(er|re)\b/i,
  'omega-3': /omega-3/i,
};

test('the built course covers enough lesson pages to check', () => {
  expect(lessonPaths.length).toBeGreaterThanOrEqual(14);
});

for (const [term, pattern] of Object.entries(SEED_TERMS)) {
  test(`the seed term "${term}" is taught in the lessons`, () => {
    // Taught, not just mentioned: it appears in at least two places of the course.
    const matches = courseText.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? [];
    expect(matches.length).toBeGreaterThanOrEqual(2);
  });
}

for (const path of lessonPaths) {
  test(`${path} shows the medical disclaimer`, () => {
    expect(builtHtml(path)).toMatch(/role="?note"? aria-label="?Medical disclaimer"?/);
  });
}
