import { extractProfile } from '@/lib/extract';
import { EXTRACT_REQUEST_TYPE } from '@/lib/extract/extract-request';
import { extractWhenReady } from '@/lib/extract/wait';

/**
 * Answers the popup with an extraction of the page as it is now. LinkedIn and GitHub
 * navigate without reloading, so nothing is cached: every request reads the live DOM.
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
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      marker.__enrichmentCaptureListening = false;
    });
  },
});
