// Links KaTeX's stylesheet in the <head> of a page that has formulas. Written by the build
// (plugins/katex-stylesheet/rehype.ts), not by authors. On the dev server the stylesheet is
// bundled on every page instead, and there is no file to link.
// The built page already links it with a plain <link> (plugins/katex-stylesheet/html.ts), which
// stays for the rest of the visit; only a page reached by client-side navigation from a page
// without formulas needs it linked here, through <Head>.
import type { ReactNode } from 'react';
import Head from '@docusaurus/Head';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { isLinkedStatically } from './linked';

export default function KatexStylesheet({ href }: { href: string }): ReactNode {
  const url = useBaseUrl(href);
  if (process.env.NODE_ENV !== 'production') return null;
  if (typeof document !== 'undefined' && isLinkedStatically(document, url)) return null;
  return (
    <Head>
      <link rel="stylesheet" href={url} />
    </Head>
  );
}
