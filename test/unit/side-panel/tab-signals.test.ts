import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../lib/extract/types';
import {
  mayHaveNavigated,
  profileKeyOf,
  signalOutcome,
  type FollowScope,
} from '../../../lib/side-panel/tab-signals';

const WINDOW: FollowScope = { kind: 'window', windowId: 1, ownTabId: 9 };
const ONE_TAB: FollowScope = { kind: 'tab', tabId: 5 };

describe('what a tab event means for the side panel', () => {
  it('follows another tab activated in its window', () => {
    const signal = { type: 'activated', tabId: 6, windowId: 1 } as const;

    expect(signalOutcome(WINDOW, 5, signal)).toBe('follow');
    expect(signalOutcome(WINDOW, undefined, signal)).toBe('follow');
  });

  it('ignores tabs activated in other windows, the shown tab and its own tab', () => {
    expect(signalOutcome(WINDOW, 5, { type: 'activated', tabId: 6, windowId: 2 })).toBe('ignore');
    expect(signalOutcome(WINDOW, 5, { type: 'activated', tabId: 5, windowId: 1 })).toBe('ignore');
    expect(signalOutcome(WINDOW, 5, { type: 'activated', tabId: 9, windowId: 1 })).toBe('ignore');
  });

  it('keeps to its one tab when it follows a single tab', () => {
    expect(signalOutcome(ONE_TAB, 5, { type: 'activated', tabId: 6, windowId: 1 })).toBe('ignore');
    expect(signalOutcome(ONE_TAB, 5, { type: 'updated', tabId: 5, change: {} })).toBe('recheck');
  });

  it('rechecks the shown tab when its content script saw it move, and only that tab', () => {
    expect(signalOutcome(WINDOW, 5, { type: 'moved', tabId: 5 })).toBe('recheck');
    expect(signalOutcome(WINDOW, 5, { type: 'moved', tabId: 6 })).toBe('ignore');
  });

  it('rechecks the shown tab when it may have navigated, and only that tab', () => {
    const completed = { status: 'complete' };

    expect(signalOutcome(WINDOW, 5, { type: 'updated', tabId: 5, change: completed })).toBe(
      'recheck',
    );
    expect(signalOutcome(WINDOW, 5, { type: 'updated', tabId: 6, change: completed })).toBe(
      'ignore',
    );
    expect(signalOutcome(WINDOW, undefined, { type: 'updated', tabId: 5, change: completed })).toBe(
      'ignore',
    );
  });
});

describe('which tab updates may mean another page', () => {
  it('counts a completed load, a new address or title, and a change emptied of them', () => {
    expect(mayHaveNavigated({ status: 'complete' })).toBe(true);
    expect(mayHaveNavigated({ url: 'https://github.com/someone' })).toBe(true);
    expect(mayHaveNavigated({ title: 'Someone · GitHub' })).toBe(true);
    // Without the `tabs` permission an in-page navigation arrives with nothing in it.
    expect(mayHaveNavigated({})).toBe(true);
  });

  it('waits for a load that has only started to complete', () => {
    expect(mayHaveNavigated({ status: 'loading' })).toBe(false);
    expect(mayHaveNavigated({ status: 'loading', url: 'https://github.com/someone' })).toBe(false);
  });

  it('ignores changes that leave the page as it was', () => {
    expect(mayHaveNavigated({ audible: true } as never)).toBe(false);
    expect(mayHaveNavigated({ pinned: true, groupId: 3 } as never)).toBe(false);
  });
});

describe('the key of what a page shows', () => {
  const person = (profileUrl: string): Extraction => ({
    kind: 'person',
    source: 'github-user',
    profileUrl,
    fields: {},
    origins: {},
  });

  it('is the same for the same profile and differs between profiles', () => {
    expect(profileKeyOf(person('https://github.com/a'))).toBe(
      profileKeyOf(person('https://github.com/a')),
    );
    expect(profileKeyOf(person('https://github.com/a'))).not.toBe(
      profileKeyOf(person('https://github.com/b')),
    );
  });

  it('tells a person from a company at the same address, and pages with no profile apart', () => {
    const company: Extraction = {
      kind: 'company',
      source: 'github-org',
      profileUrl: 'https://github.com/a',
      fields: {},
      origins: {},
    };

    expect(profileKeyOf(company)).not.toBe(profileKeyOf(person('https://github.com/a')));
    expect(profileKeyOf({ kind: 'none', reason: 'a repository' })).not.toBe(
      profileKeyOf({ kind: 'none', reason: 'a search page' }),
    );
  });
});
