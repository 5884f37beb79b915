// The island keeps the build's markup on hydration without rendering its children, renders them
// after client-side navigation, and never leaves an empty element behind.
import { act, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { createRoot, hydrateRoot } from 'react-dom/client';
import StaticIsland from './index';

const rendered = vi.fn();
function Counted({ children }: { children: ReactNode }): ReactNode {
  rendered();
  return <p>{children}</p>;
}

const page = (
  <main>
    <StaticIsland className="island">
      <Counted>
        Kept <a href="/course/learn/x">as built</a>
      </Counted>
    </StaticIsland>
  </main>
);

/** The page as the build renders it: on the server, where there is no document. */
function serverHtml(): string {
  vi.stubGlobal('document', undefined);
  try {
    return renderToString(page);
  } finally {
    vi.unstubAllGlobals();
  }
}

function container(html = ''): HTMLDivElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  document.body.append(element);
  return element;
}

beforeEach(() => {
  rendered.mockClear();
  document.body.innerHTML = '';
});

describe('StaticIsland', () => {
  it('is its children in the static page', () => {
    expect(serverHtml()).toContain(
      '<div class="island"><p>Kept <a href="/course/learn/x">as built</a></p></div>',
    );
  });

  it('keeps the built markup when the page hydrates, without rendering its children', async () => {
    const html = serverHtml();
    rendered.mockClear();
    const root = container(html);
    const built = root.querySelector('.island p');
    await act(async () => {
      hydrateRoot(root, page);
    });
    expect(rendered).not.toHaveBeenCalled();
    expect(root.querySelector('.island p')).toBe(built);
    expect(root.innerHTML).toBe(html);
  });

  it('renders its children when it mounts after client-side navigation', async () => {
    const root = container();
    await act(async () => {
      createRoot(root).render(page);
    });
    expect(rendered).toHaveBeenCalled();
    expect(root.querySelector('.island a')?.getAttribute('href')).toBe('/course/learn/x');
  });

  it('renders its children when there was no built markup to keep', async () => {
    // What React does when hydration fails: the part is rendered afresh on the client.
    const root = container('<main><div class="island"></div></main>');
    await act(async () => {
      hydrateRoot(root, page, { onRecoverableError: () => undefined });
    });
    expect(root.querySelector('.island p')?.textContent).toBe('Kept as built');
  });
});
