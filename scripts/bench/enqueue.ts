import type { Page } from '@playwright/test';
import { buildBenchCaptures } from './events';
import { progress } from './report';
import type { ExtensionPageGlobal } from '../extension-browser';

/** How one chunk of captures went. */
export interface EnqueueChunk {
  count: number;
  ms: number;
  /** Answers that were not `{ok: true, state: 'queued'}`. */
  refused: number;
}

/** Options of `enqueueCaptures`. */
export interface EnqueueOptions {
  total: number;
  /** Captures sent per `page.evaluate`, each chunk timed on its own; default 500. */
  chunkSize?: number;
  /** `capture.save` messages in flight at once; default 1, one save after the other. */
  inFlight?: number;
  /** Distinct profile URLs the captures spread over; default `total`. */
  profiles?: number;
}

/**
 * Sends `capture.save` messages from an extension page to the real background, which answers
 * after the IndexedDB commit, and times each chunk inside the page.
 */
export async function enqueueCaptures(
  page: Page,
  options: EnqueueOptions,
): Promise<EnqueueChunk[]> {
  const chunkSize = options.chunkSize ?? 500;
  const chunks: EnqueueChunk[] = [];

  for (let first = 0; first < options.total; first += chunkSize) {
    const count = Math.min(chunkSize, options.total - first);
    const captures = buildBenchCaptures(first, count, options.profiles ?? options.total);
    const chunk = await saveInPage(page, captures, options.inFlight ?? 1);
    if (chunk.refused > 0) throw new Error(`${chunk.refused} captures were not queued`);
    chunks.push(chunk);
    if ((first + count) % 2000 === 0) progress(`queued ${first + count} of ${options.total}`);
  }

  return chunks;
}

function saveInPage(page: Page, captures: object[], inFlight: number): Promise<EnqueueChunk> {
  return page.evaluate(
    async ({ captures, inFlight }) => {
      const { chrome } = globalThis as unknown as ExtensionPageGlobal;
      let next = 0;
      let refused = 0;
      // No named inner functions: tsx would wrap them in a `__name` helper the page lacks.
      const start = performance.now();
      await Promise.all(
        Array.from({ length: inFlight }, async () => {
          while (next < captures.length) {
            const message = { type: 'capture.save', ...captures[next++] };
            const answer = (await chrome.runtime.sendMessage(message)) as { state?: string };
            if (answer?.state !== 'queued') refused += 1;
          }
        }),
      );

      return { count: captures.length, ms: performance.now() - start, refused };
    },
    { captures, inFlight },
  );
}

/** Events per second of each chunk. */
export function chunkRates(chunks: readonly EnqueueChunk[]): number[] {
  return chunks.map((chunk) => (chunk.count * 1000) / chunk.ms);
}
