// axe-core's WCAG 2.2 A/AA checks of the page as it is now (or of the part `include` selects), one
// line per violation and node.
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  // Parts of a page styled `content-visibility: auto` are laid out only near the screen; axe reads
  // colours from layout and would measure skipped text against whatever is drawn there (the
  // footer). A reader always sees them laid out, so axe checks them laid out too.
  const laidOut = await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  const results = await (include ? builder.include(include) : builder).analyze();
  await laidOut.evaluate((style) => (style as Element).remove());
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary}`).join('\n'),
  );
}
