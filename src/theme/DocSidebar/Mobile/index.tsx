// Docusaurus's phone version of the lesson menu (DocSidebar/Mobile), with one change: the props it
// hands to the navbar's secondary menu are one memoized object under a single key. Docusaurus's
// NavbarSecondaryMenuFiller sorts the keys of those props with `localeCompare`, and the first
// `localeCompare` of a page builds the ICU collator: a ~100 ms task on Lighthouse's 4x-throttled
// phone CPU, right after hydration, on every lesson. With a single key there is nothing to sort.
// And the menu's list of lessons is built in a transition (small slices) while the menu is
// closed: handed over from an effect, it was one more blocking render of the whole list.
import { memo, useMemo, type ReactNode } from 'react';
import clsx from 'clsx';
import { NavbarSecondaryMenuFiller, ThemeClassNames } from '@docusaurus/theme-common';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import DocSidebarItems from '@theme/DocSidebarItems';
import { useBackgroundRender } from '@site/src/hooks/useBackgroundRender';
import type { Props } from '@theme/DocSidebar/Mobile';

interface MenuProps {
  menu: Pick<Props, 'sidebar' | 'path'>;
}

function SecondaryMenu({ menu: { sidebar, path } }: MenuProps): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  const ready = useBackgroundRender();
  if (!ready && !mobileSidebar.shown) return <ul className="menu__list" />;
  return (
    <ul className={clsx(ThemeClassNames.docs.docSidebarMenu, 'menu__list')}>
      <DocSidebarItems
        items={sidebar}
        activePath={path}
        onItemClick={(item) => {
          // Close the menu when the reader follows a link (a category with its own page too).
          if (item.type === 'link' || (item.type === 'category' && item.href)) mobileSidebar.toggle();
        }}
        level={1}
      />
    </ul>
  );
}

function DocSidebarMobile({ sidebar, path }: Props): ReactNode {
  const menu = useMemo(() => ({ sidebar, path }), [sidebar, path]);
  return <NavbarSecondaryMenuFiller component={SecondaryMenu} props={{ menu }} />;
}

export default memo(DocSidebarMobile);
