import { scrollsSideways, updateScrollRegion, watchScrollRegions } from './scrollRegions';

/** jsdom lays nothing out: give a box the widths a browser would measure. */
function sized<T extends HTMLElement>(box: T, scrollWidth: number, clientWidth: number): T {
  Object.defineProperty(box, 'scrollWidth', { configurable: true, value: scrollWidth });
  Object.defineProperty(box, 'clientWidth', { configurable: true, value: clientWidth });
  return box;
}

describe('scrollRegions', () => {
  it('counts a box as scrolling only when it holds more than a pixel beyond its width', () => {
    expect(scrollsSideways({ scrollWidth: 400, clientWidth: 288 })).toBe(true);
    expect(scrollsSideways({ scrollWidth: 289, clientWidth: 288 })).toBe(false);
    expect(scrollsSideways({ scrollWidth: 0, clientWidth: 0 })).toBe(false);
  });

  it('gives a box that scrolls a tab stop, and takes it back once the box fits', () => {
    const table = sized(document.createElement('table'), 400, 288);
    updateScrollRegion(table);
    expect(table.getAttribute('tabindex')).toBe('0');
    sized(table, 700, 700);
    updateScrollRegion(table);
    expect(table.hasAttribute('tabindex')).toBe(false);
  });

  it('never takes away a tabindex it did not give', () => {
    const table = sized(document.createElement('table'), 700, 700);
    table.setAttribute('tabindex', '-1');
    updateScrollRegion(table);
    expect(table.getAttribute('tabindex')).toBe('-1');
    sized(table, 900, 300);
    updateScrollRegion(table);
    expect(table.getAttribute('tabindex')).toBe('-1');
  });

  it('watches the tables and display formulas of a page, and stops when told', () => {
    document.body.innerHTML =
      '<table></table><span class="katex-display"></span><p class="katex-display"></p><div></div>';
    const observed: Element[] = [];
    let disconnected = false;
    let notify: ResizeObserverCallback = () => undefined;
    class FakeObserver {
      constructor(callback: ResizeObserverCallback) {
        notify = callback;
      }
      observe(target: Element) {
        observed.push(target);
      }
      unobserve() {}
      disconnect() {
        disconnected = true;
      }
    }
    const stop = watchScrollRegions(document, FakeObserver as unknown as typeof ResizeObserver);
    expect(observed.map((box) => box.tagName)).toEqual(['TABLE', 'SPAN', 'P']);
    const formula = sized(observed[1] as HTMLElement, 500, 288);
    notify([{ target: formula } as unknown as ResizeObserverEntry], {} as ResizeObserver);
    expect(formula.getAttribute('tabindex')).toBe('0');
    stop();
    expect(disconnected).toBe(true);
  });
});
