import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrackEvent } from '../../../lib/contract/event';
import { flushOutbox, type FlushDeps } from '../../../lib/delivery/flush';
import type { FetchFunction } from '../../../lib/delivery/track-client';
import type { CaptureDatabase } from '../../../lib/storage/database';
import { createOutbox, type Outbox } from '../../../lib/storage/outbox';
import { makeEvent, openTestDatabase } from '../storage/make-event';
import { apiAnswer, NOW, SETTINGS } from './flush-fixtures';

let db: CaptureDatabase;
let outbox: Outbox;

beforeEach(async () => {
  db = await openTestDatabase();
  outbox = createOutbox(db);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'info').mockImplementation(() => {});
});

afterEach(() => db.close());

/** Records every event id the API accepted (200), to find double deliveries. */
function api(decide: (events: TrackEvent[], request: number) => number) {
  const accepted: string[] = [];
  let request = 0;
  const fetch = vi.fn<FetchFunction>(async (_url, init) => {
    const events = JSON.parse(String(init.body)) as TrackEvent[];
    const status = decide(events, ++request);
    if (status === 200) accepted.push(...events.map((event) => event.context!.event_id!));
    return apiAnswer(status);
  });
  return { fetch, accepted };
}

async function enqueueTied(count: number, userId = (index: number) => `user-${index}`) {
  for (let index = 0; index < count; index += 1) {
    await outbox.enqueue(makeEvent({ userId: userId(index) }), NOW - 100);
  }
}

function flush(fetch: FetchFunction, overrides: Partial<FlushDeps> = {}) {
  return flushOutbox({
    db,
    settings: SETTINGS,
    fetch,
    now: () => NOW,
    exclusive: true,
    maxEvents: 10,
    ...overrides,
  });
}

async function deliveredIds() {
  return (await outbox.list({ state: 'delivered' })).map((record) => record.id);
}

describe('flushOutbox under the flush lock, with delivery receipts', () => {
  it('splits a 400 batch after earlier receipts, with ties, sending good events once', async () => {
    await enqueueTied(45, (index) => (index === 17 ? 'bad' : `user-${index}`));
    const { fetch, accepted } = api((events) =>
      events.some((event) => event.user_id === 'bad') ? 400 : 200,
    );

    const summary = await flush(fetch);

    expect(new Set(accepted).size).toBe(accepted.length);
    expect(accepted).toHaveLength(44);
    expect(summary).toMatchObject({ delivered: 44, held: 1 });
    expect(await outbox.counts()).toEqual({ queued: 0, sending: 0, delivered: 44, held: 1 });
  });

  it('pauses on 401 after a receipt not yet applied, requeueing nothing delivered', async () => {
    await enqueueTied(35);
    const { fetch, accepted } = api((_events, request) => (request === 3 ? 401 : 200));

    const summary = await flush(fetch);

    expect(summary).toMatchObject({ outcome: 'paused', delivered: 20, requests: 3 });
    expect(new Set(await deliveredIds())).toEqual(new Set(accepted));
    expect(await outbox.counts()).toEqual({ queued: 15, sending: 0, delivered: 20, held: 0 });
  });

  it('stops at its budget inside a split after earlier receipts', async () => {
    await enqueueTied(30, (index) => (index === 15 ? 'bad' : `user-${index}`));
    const { fetch, accepted } = api((events) =>
      events.some((event) => event.user_id === 'bad') ? 400 : 200,
    );

    const summary = await flush(fetch, { maxRequests: 3 });

    expect(new Set(await deliveredIds())).toEqual(new Set(accepted));
    expect(summary.delivered).toBe(accepted.length);
    const counts = await outbox.counts();
    expect(counts.sending).toBe(0);
    expect(counts.queued + counts.delivered + counts.held).toBe(30);
  });

  it('retries after a 503 in a split after earlier receipts', async () => {
    await enqueueTied(30);
    const { fetch, accepted } = api((_events, request) =>
      request === 2 ? 413 : request === 4 ? 503 : 200,
    );

    const summary = await flush(fetch);

    expect(summary.outcome).toBe('retry-later');
    expect(new Set(await deliveredIds())).toEqual(new Set(accepted));
    expect(summary.delivered).toBe(accepted.length);
    expect(await outbox.counts()).toMatchObject({ sending: 0, delivered: accepted.length });
  });

  it('takes over a stopped worker’s recorded leases with ties, sending each once', async () => {
    await enqueueTied(25);
    const other = createOutbox(db);
    await other.leaseBatch({ now: NOW, leaseMs: 600_000, maxEvents: 12, maxBytes: 1e6 });
    const { fetch, accepted } = api(() => 200);

    const summary = await flush(fetch);

    expect(new Set(accepted).size).toBe(accepted.length);
    expect(accepted).toHaveLength(25);
    expect(summary.delivered).toBe(25);
  });

  it('stops sending when a receipt cannot be written, keeping those events queued', async () => {
    await enqueueTied(30);
    const original = db.transaction.bind(db);
    let receipts = 0;
    vi.spyOn(db, 'transaction').mockImplementation(((...args: Parameters<typeof original>) => {
      // The second request's receipt cannot be written, as on a full disk.
      if (args[0] === 'receipts' && ++receipts === 2) {
        throw new DOMException('the disk is full', 'QuotaExceededError');
      }
      return original(...args);
    }) as typeof db.transaction);
    const { fetch, accepted } = api(() => 200);

    await expect(flush(fetch)).rejects.toThrow('storage is full');

    expect(fetch).toHaveBeenCalledTimes(2);
    // The first request's receipt was applied; the second's events go again later.
    expect(new Set(await deliveredIds())).toEqual(new Set(accepted.slice(0, 10)));
    expect(await outbox.counts()).toEqual({ queued: 20, sending: 0, delivered: 10, held: 0 });
  });
});
