// Moves focus to an element by id once React has rendered it (it may not exist yet when asked,
// e.g. the feedback heading that appears after "Check answer").
import { useEffect, useState } from 'react';

export function useFocusAfterRender(): (elementId: string) => void {
  const [target, setTarget] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (target) document.getElementById(target.id)?.focus();
  }, [target]);
  // A fresh object each time, so asking twice for the same id still refocuses.
  return (id) => setTarget({ id });
}
