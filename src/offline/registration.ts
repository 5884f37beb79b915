// Registers the course's service worker (built by plugins/offline) and reports what the reader
// should know: the course has just become readable offline, or a new version is ready. Written
// against the few parts of the Service Worker API it uses, so it is tested with stand-ins.
import { createValueStore, type ValueStore } from '../lib/valueStore';

export type OfflineState =
  | { kind: 'ready' }
  | { kind: 'update'; /** Switches every open page of the course to the new version. */ apply(): void };

interface Worker {
  state: string;
  postMessage(message: unknown): void;
  addEventListener(type: 'statechange', listener: () => void): void;
}

interface Registration {
  installing: Worker | null;
  waiting: Worker | null;
  addEventListener(type: 'updatefound', listener: () => void): void;
}

export interface WorkerContainer {
  controller: unknown;
  register(url: string, options: { scope: string }): Promise<Registration | undefined>;
  addEventListener(type: 'controllerchange', listener: () => void): void;
}

export interface Options {
  url: string;
  scope: string;
  onState(state: OfflineState): void;
  reload(): void;
}

export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/**
 * Registers the worker. A page that had no worker when it loaded is the first visit: it says
 * "ready" once the whole course is stored. A page that had one is told about a new version when
 * that version is stored; it then reloads when any page of the course switches to it, so no page
 * keeps running code of the version before.
 */
export async function startOffline(container: WorkerContainer, options: Options): Promise<void> {
  const hadWorker = Boolean(container.controller);
  const update = (worker: Worker): OfflineState => ({
    kind: 'update',
    apply: () => worker.postMessage(SKIP_WAITING),
  });
  container.addEventListener('controllerchange', () => {
    if (hadWorker) options.reload();
  });
  let registration: Registration | undefined;
  try {
    registration = await container.register(options.url, { scope: options.scope });
  } catch {
    // Refused (some private windows and browser settings): the course works online as before.
  }
  // Some refusals resolve with nothing instead (automated browsers that block workers).
  if (!registration) return;
  const watch = (worker: Worker) =>
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && hadWorker) options.onState(update(worker));
      if (worker.state === 'activated' && !hadWorker) options.onState({ kind: 'ready' });
    });
  if (registration.waiting && hadWorker) options.onState(update(registration.waiting));
  // Already downloading (registered again while a first download runs): follow that one too.
  if (registration.installing) watch(registration.installing);
  registration.addEventListener('updatefound', () => {
    if (registration.installing) watch(registration.installing);
  });
}

/** What the notice shows, shared by every page of the visit (each page has its own Layout). */
export type OfflineStatusStore = ValueStore<OfflineState | null>;

export function createOfflineStatus(): OfflineStatusStore {
  return createValueStore<OfflineState | null>(null);
}

/**
 * Links the web app manifest (what makes the course installable). Added after the page has
 * loaded, not in the HTML: fetched early, beside the stylesheet, it delayed the first paint of
 * lessons by about 0.3 s in Lighthouse's simulated phone.
 */
export function linkManifest(document: Document, href: string): void {
  if (document.head.querySelector('link[rel="manifest"]')) return;
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = href;
  document.head.append(link);
}

/** Runs `start` once the page has loaded and the browser is idle, so it never delays the page. */
export function afterPageLoad(start: () => void, target: Window = window): () => void {
  let cancelled = false;
  let idle: number | undefined;
  const run = () => {
    if (cancelled) return;
    idle =
      typeof target.requestIdleCallback === 'function'
        ? target.requestIdleCallback(start, { timeout: 5000 })
        : target.setTimeout(start, 1000);
  };
  if (target.document.readyState === 'complete') run();
  else target.addEventListener('load', run, { once: true });
  return () => {
    cancelled = true;
    target.removeEventListener('load', run);
    if (idle !== undefined) {
      if (typeof target.cancelIdleCallback === 'function') target.cancelIdleCallback(idle);
      else target.clearTimeout(idle);
    }
  };
}
