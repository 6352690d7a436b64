import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, vi } from 'vitest';
import { createFlushScheduler, type FlushLocks } from '../../../lib/background/flush-scheduler';
import type { FlushSummary } from '../../../lib/delivery/flush';

/** A one-holder lock with `ifAvailable`, as `navigator.locks` behaves within one worker. */
function createLocks(): FlushLocks & { held(): boolean } {
  let held = false;

  return {
    held: () => held,
    request: async (_name, _options, callback) => {
      if (held) return callback(null);
      held = true;
      try {
        await callback({});
      } finally {
        held = false;
      }
    },
  };
}

const BUDGET_SPENT: FlushSummary = { outcome: 'done', delivered: 50, held: 0, requests: 50 };
const IDLE: FlushSummary = { outcome: 'idle', delivered: 0, held: 0, requests: 0 };

function setup(summaries: FlushSummary[], afterFlush = () => sleep(30)) {
  const flush = vi.fn(async () => summaries.shift() ?? IDLE);
  const onError = vi.fn();
  const scheduler = createFlushScheduler({
    flush,
    afterFlush,
    locks: createLocks(),
    lockName: 'flush',
    maxDelayMs: 30_000,
    onError,
  });

  return { scheduler, flush, onError };
}

describe('the flush scheduler', () => {
  it('runs a retry due at once, though the badge still updates when it comes due', async () => {
    const { scheduler, flush, onError } = setup([{ ...BUDGET_SPENT, nextAttemptAt: Date.now() }]);

    await scheduler.flushNow();
    await sleep(100);

    expect(flush).toHaveBeenCalledTimes(2);
    expect(onError).not.toHaveBeenCalled();
  });

  it('runs a short backoff retry once it is due', async () => {
    const { scheduler, flush } = setup([
      { outcome: 'retry-later', delivered: 0, held: 0, requests: 1, nextAttemptAt: Date.now() + 5 },
    ]);

    await scheduler.flushNow();
    await sleep(100);

    expect(flush).toHaveBeenCalledTimes(2);
  });

  it('leaves a retry due after the alarm period to the alarm', async () => {
    const { scheduler, flush } = setup([
      { ...BUDGET_SPENT, outcome: 'retry-later', nextAttemptAt: Date.now() + 60_000 },
    ]);

    await scheduler.flushNow();
    await sleep(50);

    expect(flush).toHaveBeenCalledTimes(1);
  });

  it('schedules nothing after a pause', async () => {
    const { scheduler, flush } = setup([{ ...IDLE, outcome: 'paused', nextAttemptAt: Date.now() }]);

    await scheduler.flushNow();
    await sleep(50);

    expect(flush).toHaveBeenCalledTimes(1);
  });

  it('runs one flush when asked twice at once, and collapses scheduled asks', async () => {
    const { scheduler, flush } = setup([]);

    await Promise.all([scheduler.flushNow(), scheduler.flushNow()]);
    scheduler.scheduleFlush(10);
    scheduler.scheduleFlush(20);
    await sleep(80);

    expect(flush).toHaveBeenCalledTimes(2);
  });

  it('reports a failed flush instead of throwing', async () => {
    const failure = new Error('database gone');
    const onError = vi.fn();
    const scheduler = createFlushScheduler({
      flush: () => Promise.reject(failure),
      lockName: 'flush',
      maxDelayMs: 30_000,
      onError,
    });

    await scheduler.flushNow();

    expect(onError).toHaveBeenCalledWith(failure);
  });
});
