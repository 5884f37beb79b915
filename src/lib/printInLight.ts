// Paper is white: while the page prints, the dark theme gives way to the light one (dark text,
// the light rendering of each diagram), and comes back afterwards. Browsers fire beforeprint and
// afterprint around printing and saving as PDF.

/** Switches `root`'s data-theme to light while `target` prints; returns a function that stops it. */
export function printInLight(
  root: HTMLElement,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
) {
  let switched = false;
  const before = () => {
    if (root.getAttribute('data-theme') !== 'dark') return;
    root.setAttribute('data-theme', 'light');
    switched = true;
  };
  const after = () => {
    if (!switched) return;
    root.setAttribute('data-theme', 'dark');
    switched = false;
  };
  target.addEventListener('beforeprint', before);
  target.addEventListener('afterprint', after);
  return () => {
    target.removeEventListener('beforeprint', before);
    target.removeEventListener('afterprint', after);
  };
}
