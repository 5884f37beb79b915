// Markup that needs no JavaScript (a long list of links, a table of claims), kept out of React's
// hydration: on the first page load React takes the element the build wrote as it is and never
// walks its contents, which on a long page saves the main thread the work of matching hundreds of
// elements. The same trick as the diagrams and the explorer's text version (an element whose
// dangerouslySetInnerHTML is set is not hydrated). After client-side navigation there is no server
// markup to keep, so the island renders its children like any component.
import { type ComponentPropsWithoutRef, type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';

type Props = ComponentPropsWithoutRef<'div'> & {
  /** What to render (links inside work as plain links: no client-side navigation on first load). */
  children: ReactNode;
};

// useLayoutEffect warns during server rendering; it only matters in the browser.
const useBrowserLayoutEffect = typeof document === 'undefined' ? () => undefined : useLayoutEffect;

export default function StaticIsland({ children, ...props }: Props): ReactNode {
  // False while the page hydrates (the course's Root provides Docusaurus's browser context only
  // after that), true when the island mounts after client-side navigation.
  const isBrowser = useIsBrowser();
  const [keepServerMarkup, setKeepServerMarkup] = useState(
    () => !isBrowser && typeof document !== 'undefined',
  );
  const element = useRef<HTMLDivElement>(null);
  // If React could not hydrate this part of the page and rendered it afresh, nothing from the
  // server is left to keep: render the children instead of an empty element.
  useBrowserLayoutEffect(() => {
    if (keepServerMarkup && element.current?.childNodes.length === 0) setKeepServerMarkup(false);
  }, [keepServerMarkup]);
  if (keepServerMarkup) {
    return <div {...props} ref={element} dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />;
  }
  return (
    <div {...props} ref={element}>
      {children}
    </div>
  );
}
