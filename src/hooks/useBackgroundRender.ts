// Lets a component put off an expensive part of itself until React has time for it: false on the
// first render, then true once a transition (rendered in small, interruptible slices) has run.
// Used by the phone menu, which is built while it is still closed (see its two theme wrappers),
// and by useAfterHydration, which starts true for components mounted after the page hydrated.
import { startTransition, useEffect, useState } from 'react';

/**
 * Whether the deferred part may render now. Starts the transition once `when` is true.
 * `readyAtFirst` is read on the first render only: true skips the wait altogether.
 */
export function useBackgroundRender(when = true, readyAtFirst = false): boolean {
  const [ready, setReady] = useState(readyAtFirst);
  useEffect(() => {
    if (when && !ready) startTransition(() => setReady(true));
  }, [when, ready]);
  return ready;
}
