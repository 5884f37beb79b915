// Links KaTeX's stylesheet in the <head> of a page that has formulas. Written by the build
// (plugins/katex-stylesheet/rehype.ts), not by authors. On the dev server the stylesheet is
// bundled on every page instead, and there is no file to link.
import type { ReactNode } from 'react';
import Head from '@docusaurus/Head';
import useBaseUrl from '@docusaurus/useBaseUrl';

export default function KatexStylesheet({ href }: { href: string }): ReactNode {
  const url = useBaseUrl(href);
  if (process.env.NODE_ENV !== 'production') return null;
  return (
    <Head>
      <link rel="stylesheet" href={url} />
    </Head>
  );
}
