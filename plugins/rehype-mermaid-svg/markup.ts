// The HTML of a rendered diagram, and its placement into built pages. Pure string work, no I/O.
//
// Why the SVG is not part of the React tree: as JSX it was shipped twice (in the static HTML and
// again in the page's JavaScript chunk, about 10 KiB gzip per diagram page) and React had to
// hydrate thousands of SVG nodes. Instead the page holds an empty placeholder
// (src/components/Diagram), the built HTML gets the SVG after rendering (see plugin.ts), and a
// reader who arrives by client-side navigation gets it from a small JSON file.
import type { RenderedDiagram } from './render';
import { mergeThemes, withoutUnusedMarkers } from './themed';
import { themeNames } from './themes';

/**
 * One SVG whose colours follow the site theme (themed.ts). Should Mermaid ever draw the two themes
 * differently in more than colour, both drawings, and CSS shows the one that matches the theme.
 */
export function diagramMarkup(rendered: RenderedDiagram): string {
  const merged = mergeThemes(rendered.light, rendered.dark);
  if (merged !== undefined) return `<div class="diagram__svg">${withoutUnusedMarkers(merged)}</div>`;
  return themeNames
    .map(
      (theme) =>
        `<div class="diagram__svg diagram__svg--${theme}">${withoutUnusedMarkers(rendered[theme])}</div>`,
    )
    .join('');
}

/** Where client-side navigation finds a diagram's markup, relative to the site's base URL. */
export const diagramAssetPath = (key: string) => `assets/diagrams/${key}.json`;

// What React renders for <Diagram id="…"> before the SVG is put in: an element with the
// data-diagram attribute and nothing inside (see src/components/Diagram).
const PLACEHOLDER = /(<div\b[^>]*\sdata-diagram="([0-9a-f]+)"[^>]*>)(<\/div>)/g;

/**
 * Fills every empty diagram placeholder of a built page with its markup.
 * Returns the new HTML and the keys it used; throws, naming the page, when one is unknown.
 */
export function fillPlaceholders(
  html: string,
  markupFor: (key: string) => string | undefined,
  page: string,
): { html: string; keys: string[] } {
  const keys: string[] = [];
  const filled = html.replace(PLACEHOLDER, (_match, open: string, key: string, close: string) => {
    const markup = markupFor(key);
    if (markup === undefined) {
      throw new Error(
        `${page}: diagram ${key} has no rendering in the diagram cache. ` +
          'Run `npm run clear` and build again; if that does not help, report it as a bug.',
      );
    }
    keys.push(key);
    return `${open}${markup}${close}`;
  });
  return { html: filled, keys };
}
