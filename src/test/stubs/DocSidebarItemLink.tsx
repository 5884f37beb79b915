// Test stand-in for `@theme-original/DocSidebarItem/Link`: the same label-in-a-link shape.
import type { Props } from '@theme/DocSidebarItem/Link';
import type { ReactNode } from 'react';

export default function DocSidebarItemLink({ item }: Props): ReactNode {
  return (
    <li className="menu__list-item">
      <a className="menu__link" href={item.href}>
        <span>{item.label}</span>
      </a>
    </li>
  );
}
