// Wraps the theme's Layout to tell readers without JavaScript what the search page needs (the
// search plugin's page renders its own Layout, so this is the one place content can be added to it),
// and to register the service worker that keeps the course for offline reading, on every page.
import { useLocation } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { WrapperProps } from '@docusaurus/types';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type { ReactNode } from 'react';
import SearchNeedsJavaScript from '../../components/SearchNeedsJavaScript';
import OfflineStatus from '../../components/OfflineStatus';

type Props = WrapperProps<typeof LayoutType>;

export default function LayoutWrapper({ children, ...props }: Props): ReactNode {
  const searchPage = useBaseUrl('/search');
  const onSearchPage = useLocation().pathname.replace(/\/$/, '') === searchPage;
  return (
    <Layout {...props}>
      {onSearchPage && <SearchNeedsJavaScript />}
      {children}
      <OfflineStatus />
    </Layout>
  );
}
