import {
  afterPageLoad,
  createOfflineStatus,
  linkManifest,
  SKIP_WAITING,
  startOffline,
  type OfflineState,
  type WorkerContainer,
} from './registration';

class FakeWorker {
  state = 'installing';
  messages: unknown[] = [];
  private listeners: (() => void)[] = [];
  postMessage(message: unknown): void {
    this.messages.push(message);
  }
  addEventListener(_type: 'statechange', listener: () => void): void {
    this.listeners.push(listener);
  }
  become(state: string): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

class FakeRegistration {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  private listeners: (() => void)[] = [];
  addEventListener(_type: 'updatefound', listener: () => void): void {
    this.listeners.push(listener);
  }
  found(worker: FakeWorker): void {
    this.installing = worker;
    for (const listener of this.listeners) listener();
  }
}

function container(controller: unknown, registration: FakeRegistration | Error | undefined) {
  const changes: (() => void)[] = [];
  const registered: { url: string; scope: string }[] = [];
  const fake: WorkerContainer & { changeController(): void; registered: typeof registered } = {
    controller,
    registered,
    register: (url, options) => {
      registered.push({ url, scope: options.scope });
      return registration instanceof Error ? Promise.reject(registration) : Promise.resolve(registration);
    },
    addEventListener: (_type, listener) => changes.push(listener),
    changeController: () => changes.forEach((listener) => listener()),
  };
  return fake;
}

function start(host: WorkerContainer) {
  const states: OfflineState[] = [];
  const reload = vi.fn();
  const done = startOffline(host, { url: '/c/sw.js', scope: '/c/', onState: (s) => states.push(s), reload });
  return { states, reload, done };
}

describe('startOffline', () => {
  it('registers the worker for the course’s own scope', async () => {
    const host = container(null, new FakeRegistration());
    await start(host).done;
    expect(host.registered).toEqual([{ url: '/c/sw.js', scope: '/c/' }]);
  });

  it('on a first visit, says “ready” once the stored course is active, and never reloads', async () => {
    const registration = new FakeRegistration();
    const host = container(null, registration);
    const { states, reload, done } = start(host);
    await done;
    const worker = new FakeWorker();
    registration.found(worker);
    worker.become('installed');
    expect(states).toEqual([]);
    worker.become('activated');
    host.changeController(); // the first worker takes charge of the open page
    expect(states).toEqual([{ kind: 'ready' }]);
    expect(reload).not.toHaveBeenCalled();
  });

  it('with a worker already in charge, offers a new version once stored, and switches only when asked', async () => {
    const registration = new FakeRegistration();
    const host = container({}, registration);
    const { states, reload, done } = start(host);
    await done;
    const worker = new FakeWorker();
    registration.found(worker);
    worker.become('installed');
    expect(states.map((s) => s.kind)).toEqual(['update']);
    expect(worker.messages).toEqual([]);
    const [state] = states;
    if (state?.kind === 'update') state.apply();
    expect(worker.messages).toEqual([SKIP_WAITING]);
    worker.become('activated');
    expect(states).toHaveLength(1); // no "ready" for an update
    host.changeController();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('follows a download already under way when it registers (a second page of the same visit)', async () => {
    const registration = new FakeRegistration();
    const worker = new FakeWorker();
    registration.installing = worker;
    const { states, done } = start(container(null, registration));
    await done;
    worker.become('activated');
    expect(states).toEqual([{ kind: 'ready' }]);
  });

  it('offers a version that was already waiting when the page loaded', async () => {
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker();
    const { states, done } = start(container({}, registration));
    await done;
    expect(states.map((s) => s.kind)).toEqual(['update']);
  });

  it('another page switching to the new version reloads this one too (no page keeps old code)', async () => {
    const host = container({}, new FakeRegistration());
    const { reload, done } = start(host);
    await done;
    host.changeController();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['rejects the registration', new Error('blocked')],
    ['resolves with no registration', undefined],
  ])('a browser that %s changes nothing and reports nothing', async (_how, refusal) => {
    const { states, reload, done } = start(container(null, refusal));
    await expect(done).resolves.toBeUndefined();
    expect(states).toEqual([]);
    expect(reload).not.toHaveBeenCalled();
  });
});

describe('afterPageLoad', () => {
  it('waits for the load event, then for an idle moment', () => {
    const listeners: Record<string, () => void> = {};
    const idle = vi.fn((callback: () => void) => {
      callback();
      return 1;
    });
    const target = {
      document: { readyState: 'loading' },
      addEventListener: (type: string, listener: () => void) => (listeners[type] = listener),
      removeEventListener: vi.fn(),
      requestIdleCallback: idle,
      cancelIdleCallback: vi.fn(),
    } as unknown as Window;
    const started = vi.fn();
    afterPageLoad(started, target);
    expect(started).not.toHaveBeenCalled();
    listeners.load?.();
    expect(idle).toHaveBeenCalledTimes(1);
    expect(started).toHaveBeenCalledTimes(1);
  });

  it('starts at once (when idle) on a page that has already loaded, and can be cancelled', () => {
    const target = {
      document: { readyState: 'complete' },
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
      setTimeout: vi.fn(() => 7),
      clearTimeout: vi.fn(),
    } as unknown as Window & { clearTimeout: ReturnType<typeof vi.fn> };
    const cancel = afterPageLoad(vi.fn(), target);
    expect(target.setTimeout).toHaveBeenCalledTimes(1);
    cancel();
    expect(target.clearTimeout).toHaveBeenCalledWith(7);
  });
});

describe('linkManifest', () => {
  it('links the manifest once', () => {
    linkManifest(document, '/c/manifest.webmanifest');
    linkManifest(document, '/c/manifest.webmanifest');
    const links = document.head.querySelectorAll('link[rel="manifest"]');
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toBe('/c/manifest.webmanifest');
  });
});

describe('createOfflineStatus', () => {
  it('keeps the notice for every page of the visit and tells each one when it changes', () => {
    const status = createOfflineStatus();
    const first = vi.fn();
    const second = vi.fn();
    const stop = status.subscribe(first);
    status.subscribe(second);
    status.set({ kind: 'ready' });
    expect(status.get()).toEqual({ kind: 'ready' });
    stop();
    status.set(null);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(2);
    expect(status.get()).toBeNull();
  });
});
