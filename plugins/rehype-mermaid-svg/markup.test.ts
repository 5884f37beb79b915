// @vitest-environment node
import { diagramAssetPath, diagramMarkup, fillPlaceholders } from './markup';

const KEY = '0123456789abcdef0123';

describe('diagramMarkup', () => {
  it('is one drawing when the two themes differ only in colour', () => {
    const svg = (theme: string, colour: string) =>
      `<svg id="diagram-ab-${theme}"><style>#diagram-ab-${theme}{fill:${colour}}</style></svg>`;
    expect(diagramMarkup({ light: svg('light', '#ffffff'), dark: svg('dark', '#000000') })).toBe(
      '<div class="diagram__svg"><svg id="diagram-ab"><style>#diagram-ab{--dg0:#ffffff}' +
        "[data-theme='dark'] #diagram-ab{--dg0:#000000}#diagram-ab{fill:var(--dg0)}</style></svg></div>",
    );
  });

  it('otherwise wraps each theme rendering in its own element, light first', () => {
    expect(diagramMarkup({ light: '<svg id="l"></svg>', dark: '<svg id="d"></svg>' })).toBe(
      '<div class="diagram__svg diagram__svg--light"><svg id="l"></svg></div>' +
        '<div class="diagram__svg diagram__svg--dark"><svg id="d"></svg></div>',
    );
  });
});

describe('fillPlaceholders', () => {
  const page = (inside = '') =>
    `<main><figure class="diagram x"><div data-diagram="${KEY}">${inside}</div></figure><p>In words: …</p></main>`;

  it('puts the markup into every empty placeholder and reports the keys it used', () => {
    const html = page() + page();
    const result = fillPlaceholders(html, (key) => (key === KEY ? '<svg></svg>' : undefined), 'x.html');
    expect(result.html).toBe(page('<svg></svg>') + page('<svg></svg>'));
    expect(result.keys).toEqual([KEY, KEY]);
  });

  it('leaves a page without diagrams, or with diagrams already filled, as it is', () => {
    const filled = page('<svg></svg>');
    expect(fillPlaceholders('<p>No diagram</p>', () => '<svg/>', 'x.html')).toEqual({
      html: '<p>No diagram</p>',
      keys: [],
    });
    expect(fillPlaceholders(filled, () => '<svg>again</svg>', 'x.html').html).toBe(filled);
  });

  it('finds placeholders whatever the attribute order', () => {
    const html = `<div class="a" data-diagram="${KEY}" title="t"></div>`;
    expect(fillPlaceholders(html, () => 'M', 'p.html').html).toBe(
      `<div class="a" data-diagram="${KEY}" title="t">M</div>`,
    );
  });

  it('fails naming the page and the diagram when a rendering is missing', () => {
    expect(() => fillPlaceholders(page(), () => undefined, 'build/learn/a.html')).toThrow(
      `build/learn/a.html: diagram ${KEY} has no rendering in the diagram cache. Run \`npm run clear\``,
    );
  });
});

describe('diagramAssetPath', () => {
  it('is a JSON file under assets/, relative to the base URL', () => {
    expect(diagramAssetPath(KEY)).toBe(`assets/diagrams/${KEY}.json`);
  });
});
