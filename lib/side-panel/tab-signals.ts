import type { Extraction } from '../extract/types';

/** The tabs the panel follows, once its window and its own tab (if any) are known. */
export type FollowScope =
  | {
      kind: 'window';
      windowId: number;
      /** The panel's own tab when it is opened as a page: never a capture target. */
      ownTabId?: number;
    }
  | { kind: 'tab'; tabId: number };

/**
 * What a tab's `onUpdated` reports changed. Without the `tabs` permission (which this
 * extension does not ask for) browsers leave `url` and `title` out, so a navigation within a
 * page may arrive as an empty change.
 */
export interface TabChange {
  status?: string;
  url?: string;
  title?: string;
}

/**
 * A tab event the panel listens to, as plain data: the browser's `onActivated` and
 * `onUpdated`, and `moved` from the tab's content script when the page's address changed
 * without a load.
 */
export type TabSignal =
  | { type: 'activated'; tabId: number; windowId: number }
  | { type: 'updated'; tabId: number; change: TabChange }
  | { type: 'moved'; tabId: number };

/**
 * What a signal asks of the panel: nothing, a new view for another tab (`follow`), or a
 * fresh look at the shown tab, which may hold another profile now (`recheck`).
 */
export type SignalOutcome = 'ignore' | 'follow' | 'recheck';

/** Decides what a tab event means for a panel that shows `shownTabId`. */
export function signalOutcome(
  scope: FollowScope,
  shownTabId: number | undefined,
  signal: TabSignal,
): SignalOutcome {
  if (signal.type === 'activated') {
    if (scope.kind === 'tab' || signal.windowId !== scope.windowId) return 'ignore';
    if (signal.tabId === scope.ownTabId || signal.tabId === shownTabId) return 'ignore';

    return 'follow';
  }
  if (signal.tabId !== shownTabId) return 'ignore';
  if (signal.type === 'moved') return 'recheck';

  return mayHaveNavigated(signal.change) ? 'recheck' : 'ignore';
}

/**
 * Whether a tab update may mean another page: a load that completed, a new address or
 * title, or a change the browser emptied because the extension may not see it. A load that
 * only started is left for its completion, when the page can be read. Other changes (sound,
 * zoom, pinning, grouping) keep the page as it was.
 */
export function mayHaveNavigated(change: TabChange): boolean {
  if (change.status === 'loading') return false;
  if (change.status === 'complete' || 'url' in change || 'title' in change) return true;

  return Object.keys(change).length === 0;
}

/** The key of a tab whose page could not be read (a browser page, a tab still loading). */
export const UNREADABLE_PROFILE_KEY = 'unreadable';

/**
 * What a page shows, as a key that changes exactly when the capture view would: another
 * profile (by its canonical URL), or another reason there is none. A page re-rendered or
 * retitled in place keeps its key, so the edits in progress keep their view.
 */
export function profileKeyOf(extraction: Extraction): string {
  if (extraction.kind === 'none') return `none:${extraction.reason}`;

  return `${extraction.kind}:${extraction.profileUrl}`;
}
