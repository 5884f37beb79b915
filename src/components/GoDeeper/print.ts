// Open every closed "Go deeper" block while the page prints and close them again afterwards.
// One listener pair per window, however many blocks the page has.
const SELECTOR = 'details[data-go-deeper]';
const registered = new WeakSet<Window>();

export function openAllForPrint(win: Window): () => void {
  if (registered.has(win)) return () => undefined;
  registered.add(win);
  let opened: HTMLDetailsElement[] = [];
  const before = (): void => {
    opened = Array.from(win.document.querySelectorAll<HTMLDetailsElement>(SELECTOR)).filter((d) => !d.open);
    for (const details of opened) details.open = true;
  };
  const after = (): void => {
    for (const details of opened) details.open = false;
    opened = [];
  };
  win.addEventListener('beforeprint', before);
  win.addEventListener('afterprint', after);
  return () => {
    win.removeEventListener('beforeprint', before);
    win.removeEventListener('afterprint', after);
    registered.delete(win);
  };
}
