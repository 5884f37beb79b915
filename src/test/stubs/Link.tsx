// Test stand-in for `@docusaurus/Link`: a plain anchor (the real one adds the base URL).
import type { Props } from '@docusaurus/Link';
import type { ReactNode } from 'react';

export default function Link({ to, href, children, className }: Props): ReactNode {
  return (
    <a href={to ?? href} className={className}>
      {children}
    </a>
  );
}
