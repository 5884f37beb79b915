// Tables and display formulas wider than the page scroll sideways inside their own box (CSS
// overflow-x: auto), which is how the course fits a 320 px screen. A keyboard can scroll such a box
// only once it can take focus: Chrome and Firefox make overflowing boxes focusable themselves,
// Safari does not. So each box that actually scrolls gets tabindex="0" (and a visible focus ring
// from the site's :focus-visible rule), and loses it again when the screen is wide enough, so a
// desktop reader tabs through links and controls only.

/** The boxes of a lesson that may scroll sideways. */
export const SCROLL_BOXES = 'table, .katex-display';

/** Marks the boxes this module made focusable, so it never removes a tabindex it did not add. */
export const MARK = 'data-scroll-region';

/** Whether `box` holds more than it shows, sideways (a pixel of rounding is not scrolling). */
export function scrollsSideways(box: Pick<Element, 'scrollWidth' | 'clientWidth'>): boolean {
  return box.scrollWidth > box.clientWidth + 1;
}

/** Gives `box` a tab stop while it scrolls sideways, and takes back the one it gave when it no longer does. */
export function updateScrollRegion(box: HTMLElement): void {
  const marked = box.hasAttribute(MARK);
  if (scrollsSideways(box)) {
    if (!marked && !box.hasAttribute('tabindex')) {
      box.setAttribute('tabindex', '0');
      box.setAttribute(MARK, '');
    }
  } else if (marked) {
    box.removeAttribute('tabindex');
    box.removeAttribute(MARK);
  }
}

/**
 * Keeps every scroll box in `root` up to date as its size changes (a turned phone, a resized window,
 * a <details> opened); returns a function that stops watching.
 */
export function watchScrollRegions(root: ParentNode, Observer: typeof ResizeObserver): () => void {
  const observer = new Observer((entries) => {
    for (const entry of entries) updateScrollRegion(entry.target as HTMLElement);
  });
  for (const box of root.querySelectorAll<HTMLElement>(SCROLL_BOXES)) observer.observe(box);
  return () => observer.disconnect();
}
