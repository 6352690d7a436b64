/** The port a side panel opens to a tab's content script to hear of moves within the page. */
export const LOCATION_WATCH_PORT = 'side-panel.watch-location';

/** The one message sent on that port: the page's address changed without a load. */
export const LOCATION_MOVED_MESSAGE = 'moved';

/** How often the address is compared while a panel watches: a string comparison. */
const DEFAULT_INTERVAL_MS = 300;

/**
 * Calls `onMove` each time the address `readHref` gives changes, until `signal` aborts.
 * It polls because nothing else tells: a content script's isolated world does not see the
 * page's `history.pushState`, and without the `tabs` permission Firefox drops a tab update
 * that only changed the address (Chrome sends it empty). A panel watches only the tab it
 * shows, so no other tab pays for this.
 */
export function watchLocation(
  readHref: () => string,
  onMove: () => void,
  signal: AbortSignal,
  intervalMs = DEFAULT_INTERVAL_MS,
): void {
  let last = readHref();
  const timer = setInterval(() => {
    const href = readHref();
    if (href === last) return;
    last = href;
    onMove();
  }, intervalMs);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
