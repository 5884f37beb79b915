// One SVG for both site themes. Mermaid draws a diagram once per theme (themes.ts); the two drawings
// are the same shapes in different colours. Where they are, the colours that differ become CSS
// custom properties, declared for the light theme on the SVG and for the dark theme under
// `[data-theme='dark']`, so a page carries the diagram once instead of twice. Pure string work.

/** The colour notations Mermaid writes. */
const COLOUR = /#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)|hsla?\([^)]*\)/g;

/** Ids carry the theme (render.ts); one drawing for both needs one set of ids. */
const THEMED_ID = /\b(diagram-[0-9a-f]+)-(?:light|dark)(?![A-Za-z0-9])/g;

const withoutTheme = (svg: string) => svg.replace(THEMED_ID, '$1');

/** Where a colour sits in the markup: in CSS (a <style> element or a style attribute), as the whole
 *  value of an attribute (`stop-color="#fff"`), or somewhere a custom property cannot go. */
function placeOf(before: string, after: string): 'css' | 'attribute' | 'other' {
  if (before.lastIndexOf('<style') > before.lastIndexOf('</style>')) return 'css';
  if (/\sstyle="[^"]*$/.test(before)) return 'css';
  if (/\s[a-z-]+="$/.test(before) && after.startsWith('"')) return 'attribute';
  return 'other';
}

/**
 * Both drawings as one SVG whose differing colours are custom properties; undefined when the
 * drawings differ in more than colour, or a colour sits where a property cannot replace it (the
 * caller then keeps both drawings).
 */
export function mergeThemes(light: string, dark: string): string | undefined {
  const [l, d] = [withoutTheme(light), withoutTheme(dark)];
  const lightParts = l.split(COLOUR);
  if (lightParts.join('\0') !== d.split(COLOUR).join('\0')) return undefined;
  const lightColours = l.match(COLOUR) ?? [];
  const darkColours = d.match(COLOUR) ?? [];
  const rootId = /^<svg\b[^>]*\sid="([^"]+)"/.exec(l)?.[1];
  if (!rootId || !l.includes('<style>')) return undefined;

  const properties = new Map<string, { name: string; light: string; dark: string }>();
  let out = lightParts[0] ?? '';
  for (let i = 0; i < lightColours.length; i++) {
    const [lc, dc] = [lightColours[i] ?? '', darkColours[i] ?? ''];
    const after = lightParts[i + 1] ?? '';
    if (lc === dc) {
      out += lc + after;
      continue;
    }
    const pair = `${lc}\n${dc}`;
    const name = properties.get(pair)?.name ?? `--dg${properties.size}`;
    properties.set(pair, { name, light: lc, dark: dc });
    const place = placeOf(out, after);
    if (place === 'css') {
      out += `var(${name})${after}`;
    } else if (place === 'attribute') {
      // `stop-color="#2b5f8a"` → `style="stop-color:var(--dg3)"`, when the element has no style yet.
      const start = out.lastIndexOf('<');
      const tagEnd = after.indexOf('>');
      const tag = out.slice(start) + after.slice(0, tagEnd);
      if (/\sstyle=/.test(tag)) return undefined;
      out = out.replace(/\s([a-z-]+)="$/, (_m, attribute: string) => ` style="${attribute}:var(${name})`);
      out += after;
    } else {
      return undefined;
    }
  }
  if (properties.size === 0) return out;
  const declare = (theme: 'light' | 'dark') =>
    [...properties.values()].map((property) => `${property.name}:${property[theme]}`).join(';');
  const css = `#${rootId}{${declare('light')}}[data-theme='dark'] #${rootId}{${declare('dark')}}`;
  return out.replace('<style>', `<style>${css}`);
}

/** Drops the arrowhead <marker>s Mermaid defines but the diagram never uses (most of its twelve). */
export function withoutUnusedMarkers(svg: string): string {
  return svg.replace(/<marker\b[^>]*\sid="([^"]+)"[^>]*>[\s\S]*?<\/marker>/g, (marker, id: string) =>
    svg.includes(`url(#${id})`) ? marker : '',
  );
}
