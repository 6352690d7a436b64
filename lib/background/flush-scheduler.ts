import type { FlushSummary } from '../delivery/flush';

/** The slice of the Web Locks API the scheduler uses (`navigator.locks`). */
export interface FlushLocks {
  request(
    name: string,
    options: { ifAvailable: true },
    callback: (lock: unknown) => Promise<void>,
  ): Promise<void>;
}

/** What the scheduler drives; the background wires the real ones. */
export interface FlushSchedulerDeps {
  /** Runs one flush; `exclusive` says the extension-wide lock is held. */
  flush(exclusive: boolean): Promise<FlushSummary>;
  /** After each flush, once the lock is released (the badge); default none. */
  afterFlush?(summary: FlushSummary): Promise<void>;
  /** `navigator.locks`; without it flushes run unlocked (`exclusive: false`). */
  locks?: FlushLocks;
  lockName: string;
  /** Retries due later than this are left to the alarm. */
  maxDelayMs: number;
  /** Where a failed flush is reported; it never throws to the caller. */
  onError(error: unknown): void;
  /** Default `Date.now`. */
  now?: () => number;
}

/** Flushes on demand or after a delay, one at a time, and schedules each flush's retry. */
export interface FlushScheduler {
  /** Asks for a flush in `delayMs`; an earlier ask wins, so asks collapse into one flush. */
  scheduleFlush(delayMs: number): void;
  /** Runs a flush now unless one is running, and resolves when it ends. */
  flushNow(): Promise<void>;
}

/** Creates the background's flush scheduler. */
export function createFlushScheduler(deps: FlushSchedulerDeps): FlushScheduler {
  const now = deps.now ?? Date.now;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = Infinity;

  function scheduleFlush(delayMs: number): void {
    const askedFor = now() + delayMs;
    if (timer !== undefined && dueAt <= askedFor) return;
    clearTimeout(timer);
    dueAt = askedFor;
    timer = setTimeout(() => {
      timer = undefined;
      dueAt = Infinity;
      void flushNow();
    }, delayMs);
  }

  async function flushNow(): Promise<void> {
    try {
      const summary = await flushUnderLock(deps);
      if (summary === undefined) return;
      // Scheduled only now that the lock is free: a retry due at once (a spent request
      // budget, a short backoff) would otherwise find the lock still held and be dropped,
      // leaving due events to the next alarm.
      scheduleRetry(summary);
      await deps.afterFlush?.(summary);
    } catch (error) {
      deps.onError(error);
    }
  }

  function scheduleRetry(summary: FlushSummary): void {
    const wait = (summary.nextAttemptAt ?? Infinity) - now();
    if (summary.outcome !== 'paused' && wait < deps.maxDelayMs) scheduleFlush(Math.max(wait, 0));
  }

  return { scheduleFlush, flushNow };
}

/**
 * One flush at a time, even across a worker restart: the Web Lock ends with the worker that
 * held it. `undefined` when another flush holds the lock; that one schedules what is left.
 */
async function flushUnderLock(deps: FlushSchedulerDeps): Promise<FlushSummary | undefined> {
  if (!deps.locks) return deps.flush(false);

  let summary: FlushSummary | undefined;
  await deps.locks.request(deps.lockName, { ifAvailable: true }, async (lock) => {
    if (lock) summary = await deps.flush(true);
  });

  return summary;
}
