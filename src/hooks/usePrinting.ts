// Whether the page is being printed: true between the browser's beforeprint and afterprint events
// (printing, or saving as PDF). Lets a component put in the page what only paper needs, such as
// the answers of a quiz, without keeping a second copy of them in the page on screen.
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { createValueStore } from '../lib/valueStore';

const printing = createValueStore(false);

if (typeof window !== 'undefined') {
  // Rendered at once: the browser lays out the page for print right after this event.
  window.addEventListener('beforeprint', () => flushSync(() => printing.set(true)));
  window.addEventListener('afterprint', () => flushSync(() => printing.set(false)));
}

const notPrinting = () => false;

export function usePrinting(): boolean {
  return useSyncExternalStore(printing.subscribe, printing.get, notPrinting);
}
