import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTabFollower } from '../../../lib/side-panel/tab-follower';
import type { FollowScope } from '../../../lib/side-panel/tab-signals';

const SCOPE: FollowScope = { kind: 'window', windowId: 1 };
const SETTLE_MS = 250;

/** A follower over tabs whose profile keys the test sets; `shown` lists each new view. */
function setup(keys: Record<number, string>) {
  const shown: number[] = [];
  const readProfileKey = vi.fn(async (tabId: number) => {
    const key = keys[tabId];
    if (key === undefined) throw new Error('cannot read this tab');
    return key;
  });
  const follower = createTabFollower(SCOPE, {
    showTab: (tabId) => shown.push(tabId),
    readProfileKey,
    settleMs: SETTLE_MS,
  });

  return { follower, shown, readProfileKey };
}

const activated = (tabId: number) => ({ type: 'activated', tabId, windowId: 1 }) as const;
const updated = (tabId: number, change = {}) => ({ type: 'updated', tabId, change }) as const;

describe('the side panel following tabs', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows a new view for each tab activated in its window', async () => {
    const { follower, shown } = setup({ 1: 'person:a', 2: 'person:b' });

    follower.follow(1);
    follower.hear(activated(2));
    follower.hear(activated(1));
    await vi.runAllTimersAsync();

    expect(shown).toEqual([1, 2, 1]);
  });

  it('shows a new view when the shown tab moves to another profile', async () => {
    const keys: Record<number, string> = { 1: 'person:a' };
    const { follower, shown } = setup(keys);
    follower.follow(1);
    await vi.runAllTimersAsync();

    keys[1] = 'person:b';
    follower.hear(updated(1));
    await vi.runAllTimersAsync();

    expect(shown).toEqual([1, 1]);
  });

  it('keeps the view (and the edit in progress) when the same profile is retitled', async () => {
    const { follower, shown } = setup({ 1: 'person:a' });
    follower.follow(1);
    await vi.runAllTimersAsync();

    follower.hear(updated(1, { title: '(2) Someone' }));
    follower.hear(updated(1, { status: 'complete' }));
    await vi.runAllTimersAsync();

    expect(shown).toEqual([1]);
  });

  it('reads a burst of updates once, after it settles', async () => {
    const keys: Record<number, string> = { 1: 'person:a' };
    const { follower, readProfileKey } = setup(keys);
    follower.follow(1);
    await vi.runAllTimersAsync();
    readProfileKey.mockClear();

    follower.hear(updated(1));
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 50);
    follower.hear(updated(1, { title: 'Another' }));
    follower.hear(updated(1, { status: 'complete' }));
    await vi.runAllTimersAsync();

    expect(readProfileKey).toHaveBeenCalledTimes(1);
  });

  it('shows the profile once a page that could not be read becomes readable', async () => {
    const keys: Record<number, string> = {};
    const { follower, shown } = setup(keys);
    follower.follow(1);
    await vi.runAllTimersAsync();

    keys[1] = 'person:a';
    follower.hear(updated(1, { status: 'complete' }));
    await vi.runAllTimersAsync();

    expect(shown).toEqual([1, 1]);
  });

  it('drops a read of a tab that is no longer shown', async () => {
    let finishRead: (key: string) => void = () => {};
    const { follower, shown, readProfileKey } = setup({ 2: 'person:b' });
    follower.follow(1);
    await vi.runAllTimersAsync();
    readProfileKey.mockImplementationOnce(
      () => new Promise<string>((resolve) => (finishRead = resolve)),
    );

    follower.hear(updated(1));
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    follower.hear(activated(2));
    finishRead('person:elsewhere');
    await vi.runAllTimersAsync();

    expect(shown).toEqual([1, 2]);
  });

  it('ignores updates of tabs it does not show', async () => {
    const { follower, shown, readProfileKey } = setup({ 1: 'person:a', 2: 'person:b' });
    follower.follow(1);
    await vi.runAllTimersAsync();
    readProfileKey.mockClear();

    follower.hear(updated(2, { status: 'complete' }));
    await vi.runAllTimersAsync();

    expect(shown).toEqual([1]);
    expect(readProfileKey).not.toHaveBeenCalled();
  });
});
