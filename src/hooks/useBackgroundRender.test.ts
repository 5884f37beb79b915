import { act, renderHook } from '@testing-library/react';
import { useBackgroundRender } from './useBackgroundRender';

describe('useBackgroundRender', () => {
  it('is false on the first render and true after the transition', async () => {
    const seen: boolean[] = [];
    const { result } = renderHook(() => {
      const ready = useBackgroundRender();
      seen.push(ready);
      return ready;
    });
    await act(async () => {});
    expect(seen[0]).toBe(false);
    expect(result.current).toBe(true);
  });

  it('waits while `when` is false, then becomes true once it is', async () => {
    const { result, rerender } = renderHook(({ when }) => useBackgroundRender(when), {
      initialProps: { when: false },
    });
    await act(async () => {});
    expect(result.current).toBe(false);
    rerender({ when: true });
    await act(async () => {});
    expect(result.current).toBe(true);
  });

  it('is true from the first render when asked to start ready', () => {
    const seen: boolean[] = [];
    renderHook(() => {
      const ready = useBackgroundRender(true, true);
      seen.push(ready);
      return ready;
    });
    expect(seen[0]).toBe(true);
  });
});
