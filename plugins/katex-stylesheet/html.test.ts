// @vitest-environment node
import { linkKatexStylesheetStatically } from './html';

const head = (links: string) =>
  `<!doctype html><html><head><title>T</title>${links}</head><body><p>x</p></body></html>`;
const KATEX = '/course/assets/katex-0.16.47/katex.min.css';

describe('linkKatexStylesheetStatically', () => {
  it('takes the KaTeX stylesheet link out of Helmet’s hands, keeping its address', () => {
    const html = linkKatexStylesheetStatically(
      head(`<link data-rh="true" rel="stylesheet" href="${KATEX}">`),
    );
    expect(html).toContain(`<link rel="stylesheet" href="${KATEX}">`);
    expect(html).not.toContain('data-rh');
  });

  it('leaves Helmet’s other links, other stylesheets and pages without formulas as they were', () => {
    const others =
      '<link data-rh="true" rel="icon" href="/course/img/favicon.svg">' +
      '<link data-rh="true" rel="stylesheet" href="/course/assets/css/other.css">' +
      '<link rel="stylesheet" href="/course/assets/css/styles.1.css">';
    expect(linkKatexStylesheetStatically(head(others))).toBe(head(others));
  });

  it('is idempotent', () => {
    const once = linkKatexStylesheetStatically(
      head(`<link data-rh="true" rel="stylesheet" href="${KATEX}">`),
    );
    expect(linkKatexStylesheetStatically(once)).toBe(once);
  });
});
