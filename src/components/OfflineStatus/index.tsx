// Registers the service worker once the page has loaded (src/offline/registration.ts) and says,
// in a small polite notice, when the course has become readable offline or a new version is ready.
// The live region is always in the page, so screen readers announce the message when it appears.
// Every page renders its own Layout, so registration happens once per visit and the notice's state
// lives outside the component: it stays up when the reader moves to another page.
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { afterPageLoad, createOfflineStatus, linkManifest, startOffline } from '../../offline/registration';
import styles from './styles.module.css';

export const READY_TEXT = 'The whole course is now stored in this browser: it works without a connection.';
export const UPDATE_TEXT = 'A new version of the course is ready.';

const status = createOfflineStatus();
const onServer = () => null;
let started = false;

export default function OfflineStatus(): ReactNode {
  const url = useBaseUrl('/sw.js');
  const scope = useBaseUrl('/');
  const manifest = useBaseUrl('/manifest.webmanifest');
  const state = useSyncExternalStore(status.subscribe, status.get, onServer);

  useEffect(() => {
    if (started || process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) {
      return undefined;
    }
    started = true;
    let ran = false;
    const cancel = afterPageLoad(() => {
      ran = true;
      linkManifest(document, manifest);
      void startOffline(navigator.serviceWorker, {
        url,
        scope,
        onState: status.set,
        reload: () => window.location.reload(),
      });
    });
    return () => {
      // Left before it started (the reader moved on at once): the next page starts it.
      if (!ran) {
        cancel();
        started = false;
      }
    };
  }, [url, scope, manifest]);

  return (
    <div role="status" className={styles.region}>
      {state && (
        <div className={styles.notice}>
          <p>{state.kind === 'ready' ? READY_TEXT : UPDATE_TEXT}</p>
          <div className={styles.actions}>
            {state.kind === 'update' && (
              <button type="button" className="button button--primary button--sm" onClick={state.apply}>
                Reload to update
              </button>
            )}
            <button
              type="button"
              className="button button--secondary button--sm"
              onClick={() => status.set(null)}
            >
              {state.kind === 'update' ? 'Later' : 'OK'}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
