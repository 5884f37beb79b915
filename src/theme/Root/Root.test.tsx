import { act, render, screen } from '@testing-library/react';
import { useContext } from 'react';
import { Context as BrowserContext } from '@docusaurus/core/lib/client/browserContext';
import { resetHydrationForTests } from '../../hooks/useAfterHydration';
import Root from '.';

function Probe({ seen }: { seen: boolean[] }) {
  const isBrowser = useContext(BrowserContext);
  seen.push(isBrowser);
  return <p>{isBrowser ? 'browser' : 'server'}</p>;
}

describe('Root', () => {
  beforeEach(() => {
    resetHydrationForTests();
    delete document.documentElement.dataset.courseReady;
  });

  it('tells components they run in a browser only after the first render, then marks the page ready', async () => {
    const seen: boolean[] = [];
    render(
      <BrowserContext.Provider value>
        <Root>
          <Probe seen={seen} />
        </Root>
      </BrowserContext.Provider>,
    );
    expect(seen[0]).toBe(false);
    await act(async () => {});
    expect(screen.getByText('browser')).toBeTruthy();
    expect(document.documentElement.dataset.courseReady).toBe('true');
  });
});
