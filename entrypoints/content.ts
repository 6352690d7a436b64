import { extractProfile } from '@/lib/extract';
import { EXTRACT_REQUEST_TYPE } from '@/lib/extract/extract-request';
import { extractWhenReady } from '@/lib/extract/wait';
import {
  LOCATION_MOVED_MESSAGE,
  LOCATION_WATCH_PORT,
  watchLocation,
} from '@/lib/side-panel/location-watch';

/**
 * Answers the popup with an extraction of the page as it is now. LinkedIn and GitHub
 * navigate without reloading, so nothing is cached: every request reads the live DOM, and a
 * side panel following the tab is told when the address changes.
 * On other sites the popup injects this same script through `activeTab` + `scripting`.
 */
export default defineContentScript({
  matches: ['https://*.linkedin.com/*', 'https://github.com/*'],
  main(ctx) {
    // Injected a second time (the popup's fallback): keep a single listener.
    const marker = globalThis as { __enrichmentCaptureListening?: boolean };
    if (marker.__enrichmentCaptureListening) return;
    marker.__enrichmentCaptureListening = true;

    const listener = (message: unknown, sender: { id?: string }) => {
      // Plain checks, not zod: this script must stay small. Only our own extension asks.
      if (sender.id !== browser.runtime.id) return undefined;
      if ((message as { type?: unknown } | null)?.type !== EXTRACT_REQUEST_TYPE) return undefined;

      return extractWhenReady(() => extractProfile(document, new URL(location.href)), {
        signal: ctx.signal,
      });
    };
    browser.runtime.onMessage.addListener(listener);
    browser.runtime.onConnect.addListener(reportMoves);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      browser.runtime.onConnect.removeListener(reportMoves);
      marker.__enrichmentCaptureListening = false;
    });

    /** While a side panel follows this tab, tells it when the page moves to another address. */
    function reportMoves(port: Browser.runtime.Port): void {
      if (port.name !== LOCATION_WATCH_PORT || port.sender?.id !== browser.runtime.id) return;
      const watching = new AbortController();
      const report = () => port.postMessage(LOCATION_MOVED_MESSAGE);
      // One abort for both ends: a port per page load, so a callback per port would pile up.
      const stopWatching = AbortSignal.any([watching.signal, ctx.signal]);
      watchLocation(() => location.href, report, stopWatching);
      port.onDisconnect.addListener(() => watching.abort());
    }
  },
});
