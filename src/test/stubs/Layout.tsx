// Test stand-in for `@theme/Layout`: just the page content.
import type { Props } from '@theme/Layout';
import type { ReactNode } from 'react';

export default function Layout({ children }: Props): ReactNode {
  return <div>{children}</div>;
}
