// Lets a component put off an expensive part of itself until React has time for it: false on the
// first render, then true once a transition (rendered in small, interruptible slices) has run.
// Used by the phone menu, which is built while it is still closed (see its two theme wrappers).
import { startTransition, useEffect, useState } from 'react';

/** Whether the deferred part may render now. Starts the transition once `when` is true. */
export function useBackgroundRender(when = true): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (when && !ready) startTransition(() => setReady(true));
  }, [when, ready]);
  return ready;
}
