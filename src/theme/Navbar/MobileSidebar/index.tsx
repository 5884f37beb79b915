// The phone menu (the drawer behind the ☰ button) is built in the background after the page
// loads, instead of in one go right after hydration. Docusaurus renders it, hidden, as soon as it
// knows the screen is narrow: with the whole lesson sidebar inside, that was a single ~170 ms task
// on a throttled phone (measured with a 4x CPU slowdown), blocking taps and scrolling. In a
// transition React renders it in small slices. If the reader opens the menu first, it renders at
// once.
import type { ReactNode } from 'react';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import { useBackgroundRender } from '@site/src/hooks/useBackgroundRender';

export default function MobileSidebarWrapper(): ReactNode {
  const { shouldRender, shown } = useNavbarMobileSidebar();
  const ready = useBackgroundRender(shouldRender);
  return ready || shown ? <MobileSidebar /> : null;
}
