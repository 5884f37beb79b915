// The built page links KaTeX's stylesheet itself, not through react-helmet. Helmet's <link> was in
// the server HTML, but React hydrates the page in several commits, and after the first of them
// Helmet brought <head> in line with only the <Head> elements hydrated so far: it removed the
// page's stylesheet and added it back ~90 ms later (at 4x CPU, several hundred). In between, every
// formula lost its styles, its screen-reader copy showed, and Lighthouse counted a layout shift
// (TyG lesson CLS 0.029). Without Helmet's data-rh attribute the link is not Helmet's to remove;
// src/components/KatexStylesheet then leaves it alone, and links the stylesheet through Helmet only
// on pages reached by client-side navigation from a page without formulas.

const HELMET_LINK =
  /<link data-rh="true" rel="stylesheet" href="([^"]*\/assets\/katex-[^"/]+\/katex\.min\.css)">/;

/** The page with its KaTeX stylesheet link made a plain one; other pages come back unchanged. */
export function linkKatexStylesheetStatically(html: string): string {
  return html.replace(HELMET_LINK, '<link rel="stylesheet" href="$1">');
}
