// Stands in for @docusaurus/core's client/renderToHtml.js in the server bundle (plugins/bundle-tuning.ts).
// That file renders each page with React's renderToPipeableStream. React 18 encodes the stream in
// 2048-byte chunks and, when a multi-byte character (“, é, —) would straddle the end of a chunk,
// flushes the whole chunk anyway: the unwritten bytes reach the page as NUL characters (U+0000),
// which is invalid HTML (React issue 31134, fixed only in React 19; this course uses React 18 for
// its smaller bundle). renderToString has no chunking: every page is preloaded before it is
// rendered, so nothing suspends and the HTML is the same, minus the NULs.
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';

export async function renderToHtml(app: ReactNode): Promise<string> {
  return Promise.resolve(renderToString(app));
}
