import type { Extraction } from './types';

/** How long to wait for a profile that is still loading; the user can always retry. */
const DEFAULT_WAIT_MS = 2000;
const POLL_MS = 200;

/**
 * Runs `extract` until it finds a profile or the bounded wait ends. Single-page sites render
 * the profile after the URL changes, so a first "nothing here" may only mean "not yet".
 */
export async function extractWhenReady(
  extract: () => Extraction,
  options: { waitMs?: number; signal?: AbortSignal } = {},
): Promise<Extraction> {
  const deadline = Date.now() + (options.waitMs ?? DEFAULT_WAIT_MS);
  let result = extract();

  while (result.kind === 'none' && Date.now() < deadline && !options.signal?.aborted) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    result = extract();
  }

  return result;
}
