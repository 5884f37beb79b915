// Whether the page is being printed: true between the browser's beforeprint and afterprint events
// (printing, or saving as PDF). Lets a component put in the page what only paper needs, such as
// the answers of a quiz, without keeping a second copy of them in the page on screen.
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

let printing = false;
const listeners = new Set<() => void>();

function set(value: boolean): void {
  printing = value;
  // Rendered at once: the browser lays out the page for print right after this event.
  flushSync(() => listeners.forEach((listener) => listener()));
}
const onBefore = () => set(true);
const onAfter = () => set(false);

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', onAfter);
    }
  };
}

const notPrinting = () => false;

export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, () => printing, notPrinting);
}
