// The learner's local day, read in the browser only: null on the server and while the page
// hydrates (so the HTML matches), then today's date, checked again when the tab comes back into view.
import { useSyncExternalStore } from 'react';
import { localDay, type Day } from '../quiz/days';

function subscribe(onChange: () => void): () => void {
  document.addEventListener('visibilitychange', onChange);
  window.addEventListener('focus', onChange);
  return () => {
    document.removeEventListener('visibilitychange', onChange);
    window.removeEventListener('focus', onChange);
  };
}

const today = (): Day => localDay(Date.now());
const onServer = (): null => null;

export function useToday(): Day | null {
  return useSyncExternalStore(subscribe, today, onServer);
}
