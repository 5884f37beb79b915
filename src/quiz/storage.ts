// Guarded access to Web Storage. Every call can throw in real browsers (private mode, storage
// disabled, QuotaExceededError), so each one is wrapped and reports failure instead.

/** The part of the Web Storage API we use; tests pass an in-memory fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * A storage key namespaced by the site's base URL, e.g. `irc:/course-under-test/:progress`, so two
 * courses served from one origin (github.io project pages) never read each other's data.
 */
export function storageKey(baseUrl: string, name: string): string {
  return `irc:${baseUrl}:${name}`;
}

/** `window.localStorage`, or null on the server or where merely touching it throws. */
export function browserStorage(): StorageLike | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export type ItemRead = { ok: true; value: string | null } | { ok: false };

export function readItem(storage: StorageLike, key: string): ItemRead {
  try {
    return { ok: true, value: storage.getItem(key) };
  } catch {
    return { ok: false };
  }
}

export function writeItem(storage: StorageLike, key: string, value: string): boolean {
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeItem(storage: StorageLike, key: string): boolean {
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** Whether writes succeed (some browsers allow reads but throw on every write). */
export function isWritable(storage: StorageLike, probeKey: string): boolean {
  return writeItem(storage, probeKey, '1') && removeItem(storage, probeKey);
}

/** An in-memory StorageLike, for tests and as a reference of the contract. */
export function memoryStorage(
  initial: Record<string, string> = {},
): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
  };
}
