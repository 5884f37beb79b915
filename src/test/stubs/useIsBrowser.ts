// Test stand-in for `@docusaurus/useIsBrowser`: like the real hook, false during server rendering
// and the hydration render, true on the client after that.
import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

export default function useIsBrowser(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
