// Wraps the whole app (Docusaurus's Root theme component). Docusaurus tells its components that the
// page runs in a browser (useIsBrowser: the sidebar's categories, "Go deeper" blocks, the colour
// mode switch) by setting a state right after hydration, which React renders in one synchronous
// task for every one of them at once. Here the same context is provided again, set in a
// transition (useAfterHydration), so that re-render runs in short slices a phone can interrupt.
// Once it has been committed, <html> gets data-course-ready="true" (what the end-to-end tests
// wait for: Docusaurus's data-has-hydrated comes a moment earlier).
import React, { useEffect, type ReactNode } from 'react';
import { Context as BrowserContext } from '@docusaurus/core/lib/client/browserContext';
import { useAfterHydration } from '../../hooks/useAfterHydration';

export default function Root({ children }: { children: ReactNode }): ReactNode {
  const isBrowser = useAfterHydration();
  useEffect(() => {
    if (isBrowser) document.documentElement.dataset.courseReady = 'true';
  }, [isBrowser]);
  return <BrowserContext.Provider value={isBrowser}>{children}</BrowserContext.Provider>;
}
