import { render, screen, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import Diagram from './index';
import { parseDiagramFile } from './loadDiagram';

const ID = '0123456789abcdef0123';
const MARKUP = '<div class="diagram__svg diagram__svg--light"><svg><title>Cycle</title></svg></div>';

function mockFetch(response: () => Promise<Response>) {
  const fetchMock = vi.fn(response);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Diagram', () => {
  it('renders an empty placeholder on the server, for the build to fill', () => {
    expect(renderToString(<Diagram id={ID} />)).toBe(
      `<figure class="diagram diagram"><div data-diagram="${ID}"></div></figure>`,
    );
  });

  it('keeps the markup of the static page when it hydrates, without fetching it again', async () => {
    const fetchMock = mockFetch(() => Promise.reject(new Error('should not fetch')));
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Diagram id={ID} />).replace('></div>', `>${MARKUP}</div>`);
    document.body.appendChild(container);
    render(<Diagram id={ID} />, { container, hydrate: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(container.querySelector('svg title')).toHaveTextContent('Cycle');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows markup passed inline (dev server) without fetching', () => {
    const fetchMock = mockFetch(() => Promise.reject(new Error('should not fetch')));
    const { container } = render(<Diagram id={ID} html={MARKUP} />);
    expect(container.querySelector('svg title')).toHaveTextContent('Cycle');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('fetches the markup under the base URL after client-side navigation', async () => {
    const fetchMock = mockFetch(() => Promise.resolve(Response.json({ html: MARKUP })));
    const { container } = render(<Diagram id={ID} />);
    await waitFor(() => expect(container.querySelector('svg title')).toHaveTextContent('Cycle'));
    expect(fetchMock).toHaveBeenCalledWith(
      `/course-under-test/assets/diagrams/${ID}.json`,
      expect.objectContaining({ signal: expect.any(AbortSignal) as AbortSignal }),
    );
  });

  it('says so, pointing to the text equivalent, when the markup cannot be loaded', async () => {
    mockFetch(() => Promise.resolve(new Response('gone', { status: 404 })));
    render(<Diagram id={ID} />);
    expect(await screen.findByText(/This diagram could not be loaded/)).toBeInTheDocument();
  });
});

describe('parseDiagramFile', () => {
  it('accepts the file the build writes and rejects anything else', () => {
    expect(parseDiagramFile({ html: MARKUP })).toBe(MARKUP);
    for (const bad of [null, 'text', {}, { html: 3 }]) {
      expect(() => parseDiagramFile(bad)).toThrow('not a diagram file');
    }
  });
});
