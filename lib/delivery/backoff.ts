/** Options of `backoffDelayMs`. */
export interface BackoffOptions {
  /** Delay ceiling of the first retry; default 2 s. */
  baseMs?: number;
  /** No delay exceeds this; default 10 minutes. */
  capMs?: number;
  /** Source of jitter in [0, 1); default `Math.random`. */
  random?: () => number;
  /** The server's `Retry-After`, taken as a floor (still capped). */
  retryAfterMs?: number;
}

/** Default delay ceiling of the first retry. */
export const BACKOFF_BASE_MS = 2_000;

/** Default longest wait between retries. */
export const BACKOFF_CAP_MS = 600_000;

/**
 * Delay before retry number `attempt` (1 for the first): exponential with full jitter, so
 * many clients failing together spread out instead of retrying in step.
 */
export function backoffDelayMs(attempt: number, options: BackoffOptions = {}): number {
  const baseMs = options.baseMs ?? BACKOFF_BASE_MS;
  const capMs = options.capMs ?? BACKOFF_CAP_MS;
  const random = options.random ?? Math.random;

  // Clamping the exponent keeps 2 ** n finite for absurd attempt counts.
  const exponent = Math.min(Math.max(attempt, 1) - 1, 30);
  const ceiling = Math.min(capMs, baseMs * 2 ** exponent);
  const jittered = Math.floor(random() * ceiling);
  const floor = Math.min(options.retryAfterMs ?? 0, capMs);

  return Math.max(jittered, floor);
}
