import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLocation } from '../../../lib/side-panel/location-watch';

describe('watching a page for moves within it', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports each change of address once, and nothing while it stays', () => {
    let href = 'https://github.com/someone';
    const onMove = vi.fn();
    watchLocation(() => href, onMove, new AbortController().signal, 100);

    vi.advanceTimersByTime(500);
    href = 'https://github.com/someone-else';
    vi.advanceTimersByTime(500);

    expect(onMove).toHaveBeenCalledTimes(1);
  });

  it('stops once its signal aborts', () => {
    let href = 'https://github.com/someone';
    const onMove = vi.fn();
    const watching = new AbortController();
    watchLocation(() => href, onMove, watching.signal, 100);

    watching.abort();
    href = 'https://github.com/someone-else';
    vi.advanceTimersByTime(500);

    expect(onMove).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
