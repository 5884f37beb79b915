import { createValueStore } from './valueStore';

describe('createValueStore', () => {
  it('holds a value and tells each subscriber when it changes, until it unsubscribes', () => {
    const store = createValueStore(1);
    const first = vi.fn();
    const second = vi.fn();
    const stop = store.subscribe(first);
    store.subscribe(second);
    store.set(2);
    expect(store.get()).toBe(2);
    stop();
    store.set(3);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(2);
  });
});
