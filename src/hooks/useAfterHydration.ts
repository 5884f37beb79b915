// Whether a component may show what only the browser knows (saved progress, working controls).
// While the server's HTML is hydrated: false, so the first render matches that HTML; then true in
// a transition (useBackgroundRender), which React renders in small, interruptible slices instead
// of one long task. A component mounted later (after client-side navigation) is true from its
// first render, so it never flashes the server's state.
import { useEffect } from 'react';
import { useBackgroundRender } from './useBackgroundRender';

let hydrated = false;

/** For tests: back to the state of a page that has not hydrated yet. */
export function resetHydrationForTests(): void {
  hydrated = false;
}

export function useAfterHydration(): boolean {
  const ready = useBackgroundRender(true, hydrated);
  useEffect(() => {
    hydrated = true;
  }, []);
  return ready;
}
