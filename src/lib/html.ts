// Building small pieces of HTML as text, for long static lists that React should not hydrate
// element by element (see the Glossary and Bibliography components).

/** Text made safe to put between tags or inside a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
