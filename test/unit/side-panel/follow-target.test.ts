import { describe, expect, it } from 'vitest';
import { readFollowTarget } from '../../../lib/side-panel/follow-target';

describe('reading what the side panel follows from its address', () => {
  it('follows its own window when the address names nothing', () => {
    expect(readFollowTarget('')).toEqual({ kind: 'window' });
  });

  it('follows the active tab of the window the address names', () => {
    expect(readFollowTarget('?windowId=42')).toEqual({ kind: 'window', windowId: 42 });
  });

  it('follows a single tab when the address names one, even with a window', () => {
    expect(readFollowTarget('?windowId=42&tabId=7')).toEqual({ kind: 'tab', tabId: 7 });
  });

  it('ignores ids that are not non-negative integers', () => {
    for (const id of ['-1', '1.5', 'abc', '', '1e3', '99999999999999999999']) {
      expect(readFollowTarget(`?tabId=${id}&windowId=${id}`)).toEqual({ kind: 'window' });
    }
  });
});
