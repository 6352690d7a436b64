import { z } from 'zod';
import type { FlushCheckpoint, FlushDeps } from '../delivery/flush';
import { isLoopbackHost } from '../settings';

/**
 * Knobs of the test build (`wxt build --mode testing`), set by the fault suite and the
 * benchmark through a `test.control` message. The shipped build has neither the message
 * nor these knobs: the background only reads them when `import.meta.env.MODE` is `testing`.
 */
export const testControlSchema = z.object({
  /** A loopback URL asked at each flush checkpoint whether to pause there (`{hold: true}`). */
  controlUrl: z
    .url()
    .refine((url) => isLoopbackHost(new URL(url).hostname), 'the control URL must be loopback')
    .optional(),
  /** Per-request timeout, shorter than production's 20 s so lost answers show sooner. */
  timeoutMs: z.int().positive().optional(),
  backoffBaseMs: z.int().positive().optional(),
  backoffCapMs: z.int().positive().optional(),
  leaseMs: z.int().positive().optional(),
});
export type TestControl = z.infer<typeof testControlSchema>;

/** The message that sets the test knobs; it exists only in the test build. */
export const testControlRequestSchema = z.object({
  type: z.literal('test.control'),
  control: testControlSchema,
});

/** The flush options a test control asks for. */
export function flushOptionsFor(
  control: TestControl,
  fetch: typeof globalThis.fetch,
): Partial<FlushDeps> {
  return {
    timeoutMs: control.timeoutMs,
    leaseMs: control.leaseMs,
    backoff: { baseMs: control.backoffBaseMs, capMs: control.backoffCapMs },
    checkpoint: control.controlUrl
      ? (point) => askHarness(control.controlUrl!, point, fetch)
      : undefined,
  };
}

/**
 * Tells the harness the flush reached `point` and pauses for good when it answers
 * `{hold: true}`: the harness then stops the worker right here.
 */
async function askHarness(
  controlUrl: string,
  point: FlushCheckpoint,
  fetch: typeof globalThis.fetch,
): Promise<void> {
  const answer = await fetch(`${controlUrl}?point=${point}`, { method: 'POST' });
  const { hold } = z.object({ hold: z.boolean() }).parse(await answer.json());
  if (hold) await new Promise<never>(() => {});
}
