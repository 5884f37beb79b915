/** Whether the document's <head> links the stylesheet at `url` with a <link> Helmet does not manage. */
export function isLinkedStatically(document: Document, url: string): boolean {
  return [...document.head.querySelectorAll('link[rel="stylesheet"]:not([data-rh])')].some(
    (link) => link.getAttribute('href') === url,
  );
}
