import {
  signalOutcome,
  UNREADABLE_PROFILE_KEY,
  type FollowScope,
  type TabSignal,
} from './tab-signals';

/** Wait after a tab update before reading the page, so a burst of updates reads it once. */
const DEFAULT_SETTLE_MS = 250;

/** What the follower drives; the side panel wires the browser. */
export interface TabFollowerDeps {
  /**
   * Replaces the capture view with a fresh one for the tab. The view being replaced keeps
   * its unsaved edits as a draft of its own profile on the way out.
   */
  showTab(tabId: number): void;
  /** What the tab shows now, as a `profileKeyOf` key; a rejection counts as unreadable. */
  readProfileKey(tabId: number): Promise<string>;
  /** Wait after an update before reading the tab (default 250 ms). */
  settleMs?: number;
}

/** The tab a view was made for, and the profile it shows once a read has told. */
interface ShownView {
  tabId: number;
  profileKey?: string;
}

/** Follows tab events with a capture view that changes only when the profile does. */
export interface TabFollower {
  /** Shows a tab at once: the followed window's active tab, or the one tab followed. */
  follow(tabId: number): void;
  /** Hears a tab event and shows another view if it brought another tab or profile. */
  hear(signal: TabSignal): void;
}

/**
 * Creates the panel's tab follower. Another tab gets a new view at once. An update of the
 * shown tab gets one only when the page's profile key changed, so a title or a re-render does
 * not take the form from under the person typing. Reads run one at a time, in order, and a
 * read started for a tab no longer shown is dropped.
 */
export function createTabFollower(scope: FollowScope, deps: TabFollowerDeps): TabFollower {
  const settleMs = deps.settleMs ?? DEFAULT_SETTLE_MS;
  let shown: ShownView | undefined;
  let reads = Promise.resolve();
  let settleTimer: ReturnType<typeof setTimeout> | undefined;

  function follow(tabId: number): void {
    clearTimeout(settleTimer);
    const view: ShownView = { tabId };
    shown = view;
    deps.showTab(tabId);
    // The new view reads the page itself; this read only learns which profile that is.
    queueRead(view);
  }

  function hear(signal: TabSignal): void {
    const outcome = signalOutcome(scope, shown?.tabId, signal);
    if (outcome === 'follow') return follow(signal.tabId);
    if (outcome === 'recheck' && shown) recheckSoon(shown);
  }

  function recheckSoon(view: ShownView): void {
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => queueRead(view), settleMs);
  }

  function queueRead(view: ShownView): void {
    reads = reads.then(() => read(view));
  }

  async function read(view: ShownView): Promise<void> {
    if (view !== shown) return;
    const key = await deps.readProfileKey(view.tabId).catch(() => UNREADABLE_PROFILE_KEY);
    if (view !== shown) return;

    const before = view.profileKey;
    view.profileKey = key;
    if (before !== undefined && before !== key) deps.showTab(view.tabId);
  }

  return { follow, hear };
}
