// @vitest-environment node
import { mergeThemes, withoutUnusedMarkers } from './themed';

// Two drawings of one diagram as Mermaid writes them: ids carry the theme, colours differ.
const drawing = (theme: 'light' | 'dark', node: string, text: string, stop: string) =>
  `<svg id="diagram-0123456789-${theme}" aria-labelledby="chart-title-diagram-0123456789-${theme}">` +
  `<style>#diagram-0123456789-${theme} .node rect{fill:${node};stroke:#000000;}` +
  `#diagram-0123456789-${theme} .label{color:${text};}</style>` +
  `<marker id="diagram-0123456789-${theme}_flowchart-v2-pointEnd"><path/></marker>` +
  `<g class="node"><rect width="10" style="fill:${node} !important"/></g>` +
  `<linearGradient><stop offset="0%" stop-color="${stop}" stop-opacity="1"/></linearGradient></svg>`;

const light = drawing('light', '#e6f0fa', '#1c1e21', 'hsl(24, 46%, 84%)');
const dark = drawing('dark', '#1e3246', '#f2f4f7', 'hsl(24, 20%, 20%)');

describe('mergeThemes', () => {
  const merged = mergeThemes(light, dark) ?? '';

  it('draws the diagram once, with ids that name no theme', () => {
    expect(merged.match(/<svg/g)).toHaveLength(1);
    expect(merged).not.toMatch(/-(light|dark)\b/);
    expect(merged).toContain('aria-labelledby="chart-title-diagram-0123456789"');
    expect(merged).toContain('<marker id="diagram-0123456789_flowchart-v2-pointEnd">');
  });

  it('turns each pair of differing colours into one custom property, declared for each theme', () => {
    expect(merged).toContain(
      '<style>#diagram-0123456789{--dg0:#e6f0fa;--dg1:#1c1e21;--dg2:hsl(24, 46%, 84%)}' +
        "[data-theme='dark'] #diagram-0123456789{--dg0:#1e3246;--dg1:#f2f4f7;--dg2:hsl(24, 20%, 20%)}",
    );
    expect(merged).toContain('.node rect{fill:var(--dg0);stroke:#000000;}'); // same in both: kept
    expect(merged).toContain('.label{color:var(--dg1);}');
    expect(merged).toContain('style="fill:var(--dg0) !important"');
  });

  it('moves a colour attribute into a style attribute, where a custom property works', () => {
    expect(merged).toContain('<stop offset="0%" style="stop-color:var(--dg2)" stop-opacity="1"/>');
  });

  it('is the drawing itself when no colour differs', () => {
    const asDark = light.replace(/-light(?![a-z0-9])/g, '-dark');
    expect(mergeThemes(light, asDark)).toBe(light.replace(/-light(?![a-z0-9])/g, ''));
  });

  it('gives up when the drawings differ in more than colour, or a colour cannot become a property', () => {
    expect(mergeThemes(light, dark.replace('width="10"', 'width="11"'))).toBeUndefined();
    const styled = (svg: string) => svg.replace('<stop offset', '<stop style="opacity:1" offset');
    expect(mergeThemes(styled(light), styled(dark))).toBeUndefined();
    const inText = (colour: string) => light.replace('</svg>', `<text>${colour}</text></svg>`);
    const darkText = inText('#000000').replace(/-light(?![a-z0-9])/g, '-dark');
    expect(mergeThemes(inText('#ffffff'), darkText)).toBeUndefined();
    expect(mergeThemes(light.replace(/<style>.*<\/style>/, ''), dark)).toBeUndefined();
  });
});

describe('withoutUnusedMarkers', () => {
  it('keeps the markers a path points to and drops the others', () => {
    const svg =
      '<svg><style>.x{marker-start:url(#m-css)}</style>' +
      '<marker id="m-used" class="marker"><path d="M 0 0"/></marker>' +
      '<marker id="m-unused" class="marker"><path d="M 1 1"/></marker>' +
      '<marker id="m-css"><circle r="5"/></marker>' +
      '<path marker-end="url(#m-used)"/></svg>';
    expect(withoutUnusedMarkers(svg)).toBe(
      '<svg><style>.x{marker-start:url(#m-css)}</style>' +
        '<marker id="m-used" class="marker"><path d="M 0 0"/></marker>' +
        '<marker id="m-css"><circle r="5"/></marker>' +
        '<path marker-end="url(#m-used)"/></svg>',
    );
  });
});
