// One observable store of the learner's progress per course (base URL), kept in memory and mirrored
// to storage when it can be. Shaped for React's useSyncExternalStore, but free of React.
import { emptyProgress, parseProgress, serializeProgress, type Progress } from './progress';
import { browserStorage, isWritable, readItem, storageKey, writeItem, type StorageLike } from './storage';

/** Why progress is not being saved: storage is missing or refuses writes, or holds a newer format. */
export type StorageNotice = 'unavailable' | 'newer-version' | 'write-failed';

export interface ProgressSnapshot {
  progress: Progress;
  /** False when progress lives only in memory for this visit. */
  persistent: boolean;
  notice?: StorageNotice;
}

export interface ProgressStore {
  /** The same object until something changes (as useSyncExternalStore requires). */
  getSnapshot(): ProgressSnapshot;
  subscribe(listener: () => void): () => void;
  update(change: (progress: Progress) => Progress): void;
  /** Forget everything (after the learner confirmed). */
  resetAll(): void;
}

export interface StoreOptions {
  storage: StorageLike | null;
  baseUrl: string;
  now?: () => number;
}

/** What the server renders and the first client render hydrates with: nothing saved, no notice. */
export const SERVER_SNAPSHOT: ProgressSnapshot = Object.freeze({
  progress: emptyProgress(),
  persistent: true,
});

export function createProgressStore({ storage, baseUrl, now = Date.now }: StoreOptions): ProgressStore {
  const key = storageKey(baseUrl, 'progress');
  const listeners = new Set<() => void>();
  let snapshot: ProgressSnapshot | undefined;
  // Raw stored text we could not fully read: copied to a backup key before we first overwrite it.
  let unsavedOriginal: string | undefined;
  // Set when the stored value must never be overwritten (unreadable storage, or a newer format).
  let blocked = false;

  function load(): ProgressSnapshot {
    unsavedOriginal = undefined;
    blocked = false;
    if (!storage) return { progress: emptyProgress(), persistent: false, notice: 'unavailable' };
    const read = readItem(storage, key);
    if (!read.ok) {
      blocked = true; // what we could not read, we must not overwrite
      return { progress: emptyProgress(), persistent: false, notice: 'unavailable' };
    }
    const writable = isWritable(storage, storageKey(baseUrl, 'probe'));
    const saved = writable ? {} : ({ notice: 'unavailable' } as const);
    if (read.value === null) return { progress: emptyProgress(), persistent: writable, ...saved };
    const parsed = parseProgress(read.value);
    if (parsed.status === 'newer') {
      blocked = true;
      return { progress: emptyProgress(), persistent: false, notice: 'newer-version' };
    }
    if (parsed.status === 'unreadable' || parsed.dropped > 0) unsavedOriginal = read.value;
    const progress = parsed.status === 'ok' ? parsed.progress : emptyProgress();
    return { progress, persistent: writable, ...saved };
  }

  function current(): ProgressSnapshot {
    snapshot ??= load();
    return snapshot;
  }

  function emit(next: ProgressSnapshot) {
    snapshot = next;
    for (const listener of listeners) listener();
  }

  /** Writes `progress`; returns whether it is now safely stored. */
  function persist(progress: Progress): boolean {
    if (!storage || blocked) return false;
    if (unsavedOriginal !== undefined) {
      if (!writeItem(storage, storageKey(baseUrl, `progress:backup:${now()}`), unsavedOriginal)) return false;
      unsavedOriginal = undefined;
    }
    return writeItem(storage, key, serializeProgress(progress));
  }

  function commit(progress: Progress) {
    const before = current();
    const saved = persist(progress);
    const notice = saved ? undefined : (before.notice ?? 'write-failed');
    emit(notice ? { progress, persistent: false, notice } : { progress, persistent: true });
  }

  function onStorageEvent(event: StorageEvent) {
    // Another tab changed our progress: take its version (it wrote after reading ours).
    if (event.key === key || event.key === null) emit(load());
  }

  return {
    getSnapshot: current,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1 && typeof window !== 'undefined')
        window.addEventListener('storage', onStorageEvent);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && typeof window !== 'undefined') {
          window.removeEventListener('storage', onStorageEvent);
        }
      };
    },
    update(change) {
      commit(change(current().progress));
    },
    resetAll() {
      commit(emptyProgress());
    },
  };
}

const stores = new Map<string, ProgressStore>();

/** The shared store of a course in this browser tab (created on first use). */
export function getProgressStore(baseUrl: string): ProgressStore {
  let store = stores.get(baseUrl);
  if (!store) {
    store = createProgressStore({ storage: browserStorage(), baseUrl });
    stores.set(baseUrl, store);
  }
  return store;
}

/** Forgets the shared stores; for tests only. */
export function clearProgressStores(): void {
  stores.clear();
}
