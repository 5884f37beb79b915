// Fetches a diagram's markup for readers who reach a page by client-side navigation (the static
// HTML of every page already contains its diagrams; see plugins/rehype-mermaid-svg/markup.ts).

/** Reads the `{ "html": "…" }` file the build writes for each diagram; throws on anything else. */
export function parseDiagramFile(data: unknown): string {
  if (typeof data === 'object' && data !== null && 'html' in data && typeof data.html === 'string') {
    return data.html;
  }
  throw new Error('not a diagram file');
}

export async function loadDiagram(url: string, signal?: AbortSignal): Promise<string> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return parseDiagramFile(await response.json());
}
