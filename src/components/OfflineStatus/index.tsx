// Registers the service worker once the page has loaded (src/offline/registration.ts) and says,
// in a small polite notice, when the course has become readable offline or a new version is ready.
// The live region is always in the page, so screen readers announce the message when it appears.
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useEffect, useState, type ReactNode } from 'react';
import { afterPageLoad, linkManifest, startOffline, type OfflineState } from '../../offline/registration';
import styles from './styles.module.css';

export const READY_TEXT = 'The whole course is now stored in this browser: it works without a connection.';
export const UPDATE_TEXT = 'A new version of the course is ready.';

export default function OfflineStatus(): ReactNode {
  const url = useBaseUrl('/sw.js');
  const scope = useBaseUrl('/');
  const manifest = useBaseUrl('/manifest.webmanifest');
  const [state, setState] = useState<OfflineState | null>(null);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return undefined;
    return afterPageLoad(() => {
      linkManifest(document, manifest);
      void startOffline(navigator.serviceWorker, {
        url,
        scope,
        onState: setState,
        reload: () => window.location.reload(),
      });
    });
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
              onClick={() => setState(null)}
            >
              {state.kind === 'update' ? 'Later' : 'OK'}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
