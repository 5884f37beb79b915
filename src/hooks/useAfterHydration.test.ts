import { act, renderHook } from '@testing-library/react';
import { resetHydrationForTests, useAfterHydration } from './useAfterHydration';

describe('useAfterHydration', () => {
  beforeEach(() => resetHydrationForTests());

  it('is false while the page hydrates, then true after a transition', async () => {
    const seen: boolean[] = [];
    const { result } = renderHook(() => {
      const ready = useAfterHydration();
      seen.push(ready);
      return ready;
    });
    await act(async () => {});
    expect(seen[0]).toBe(false);
    expect(result.current).toBe(true);
  });

  it('is true from the first render for a component mounted after the page hydrated', async () => {
    renderHook(() => useAfterHydration());
    await act(async () => {});
    const seen: boolean[] = [];
    renderHook(() => {
      const ready = useAfterHydration();
      seen.push(ready);
      return ready;
    });
    expect(seen[0]).toBe(true);
  });
});
