// The client manifest that Docusaurus reads to list, in each page's HTML, the scripts that page
// needs (react-loadable-ssr-addon's `getBundles`). While rendering a page, Docusaurus reports the
// modules it used by their import request (`@theme/DocItem`, `@site/docs/…/lesson.md`), but with
// webpack 5 and Rspack the addon keys the manifest by chunk name (`17896441`). Nothing matched, so
// every page listed only runtime~main.js and main.js, and main.js then had to discover and append
// the page's own ~10 chunks itself: a second round trip and ~40 ms of script insertion in the
// longest task of the page load. `keyByRequest` adds the request keys that were missing.

/** The part of react-loadable-ssr-addon's manifest that maps a key to the chunk ids it needs. */
export interface ClientManifest {
  entrypoints: string[];
  origins: Record<string, (string | number)[]>;
  assets: Record<string, unknown>;
}

/** A chunk as the bundler's stats describe it (`toJson({ chunks: true, chunkOrigins: true })`). */
export interface StatsChunk {
  id?: string | number | null;
  names?: string[];
  origins?: { request?: string }[];
}

/**
 * The manifest with one more key per import request: the ids of the chunks that request loads.
 * (Not the siblings the manifest lists under a chunk's name: the CSS chunk is named too, and its
 * siblings are every chunk that shares a stylesheet.) Existing keys are kept.
 */
export function keyByRequest(manifest: ClientManifest, chunks: StatsChunk[]): ClientManifest {
  const added = new Map<string, (string | number)[]>();
  for (const chunk of chunks) {
    if (chunk.id === undefined || chunk.id === null) continue;
    for (const { request } of chunk.origins ?? []) {
      if (!request || request in manifest.origins) continue;
      const ids = added.get(request) ?? [];
      if (!ids.includes(chunk.id)) ids.push(chunk.id);
      added.set(request, ids);
    }
  }
  return { ...manifest, origins: { ...manifest.origins, ...Object.fromEntries(added) } };
}
