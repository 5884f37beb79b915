// Docusaurus's DocSidebar (desktop sidebar or phone menu content, by window size), with one
// change: the switch happens in a transition. The static HTML has the desktop sidebar; on a phone,
// right after hydration, Docusaurus swapped it for the phone version in one blocking render
// (part of a ~180 ms task on a 4x-throttled phone, measured). Deferred, React renders the swap in
// small slices; memo keeps the urgent render from redoing the sidebar that is about to go.
import { memo, useDeferredValue, type ReactNode } from 'react';
import { useWindowSize } from '@docusaurus/theme-common';
import DocSidebarDesktop from '@theme/DocSidebar/Desktop';
import DocSidebarMobile from '@theme/DocSidebar/Mobile';
import type { Props } from '@theme/DocSidebar';

const Desktop = memo(DocSidebarDesktop);
const Mobile = memo(DocSidebarMobile);

export default function DocSidebar(props: Props): ReactNode {
  const windowSize = useDeferredValue(useWindowSize());
  return (
    <>
      {(windowSize === 'desktop' || windowSize === 'ssr') && <Desktop {...props} />}
      {windowSize === 'mobile' && <Mobile {...props} />}
    </>
  );
}
