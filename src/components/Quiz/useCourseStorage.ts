// The one place the quiz code reads the site's base URL: it namespaces stored progress, so two
// courses on one origin (e.g. two github.io project sites) never share or overwrite it.
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useSyncExternalStore } from 'react';
import { useAfterHydration } from '../../hooks/useAfterHydration';
import {
  getProgressStore,
  SERVER_SNAPSHOT,
  type ProgressSnapshot,
  type ProgressStore,
} from '../../quiz/progressStore';

export interface CourseStorage {
  store: ProgressStore;
  /** Empty on the server and during hydration (matching the HTML), then the saved progress. */
  snapshot: ProgressSnapshot;
  baseUrl: string;
}

const serverSnapshot = () => SERVER_SNAPSHOT;

export function useCourseStorage(): CourseStorage {
  const { baseUrl } = useDocusaurusContext().siteConfig;
  const store = getProgressStore(baseUrl);
  // The saved progress is read once the page has hydrated, in a transition (useAfterHydration).
  // Read straight away, a saved state that differs from the server's makes React re-render every
  // consumer at once (every question, every sidebar link) in one synchronous task.
  const ready = useAfterHydration();
  const snapshot = useSyncExternalStore(
    store.subscribe,
    ready ? store.getSnapshot : serverSnapshot,
    serverSnapshot,
  );
  return { store, snapshot, baseUrl };
}
