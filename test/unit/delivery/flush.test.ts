import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrackEvent } from '../../../lib/contract/event';
import { flushOutbox, type FlushDeps } from '../../../lib/delivery/flush';
import {
  clearPauseIfCredentialChanged,
  readPause,
  settingsFingerprint,
} from '../../../lib/delivery/pause';
import type { FetchFunction } from '../../../lib/delivery/track-client';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import type { CaptureDatabase } from '../../../lib/storage/database';
import { createOutbox, type Outbox } from '../../../lib/storage/outbox';
import { makeEvent, openTestDatabase } from '../storage/make-event';
import { apiAnswer, NOW, SETTINGS } from './flush-fixtures';

let db: CaptureDatabase;
let outbox: Outbox;

beforeEach(async () => {
  db = await openTestDatabase();
  outbox = createOutbox(db);
  // Decisions are logged at warn; keep the test output clean.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => db.close());

/** A fetch that answers each request from the events it carries. */
function serve(decide: (events: TrackEvent[]) => Response) {
  return vi.fn<FetchFunction>(async (_url, init) => decide(JSON.parse(String(init.body))));
}

async function enqueueMany(count: number, make = (index: number) => makeEvent()) {
  for (let index = 0; index < count; index += 1)
    await outbox.enqueue(make(index), NOW - 100 + index);
}

function flush(fetch: FetchFunction, overrides: Partial<FlushDeps> = {}) {
  return flushOutbox({ db, settings: SETTINGS, fetch, now: () => NOW, ...overrides });
}

describe('flushOutbox', () => {
  it('delivers every due event and keeps the response id', async () => {
    await enqueueMany(5);
    const fetch = serve(() => apiAnswer(200, { warnings: ['trimmed a field'] }));

    const summary = await flush(fetch);

    expect(summary).toEqual({ outcome: 'done', delivered: 5, held: 0, requests: 1 });
    expect(await outbox.counts()).toEqual({ queued: 0, sending: 0, delivered: 5, held: 0 });
    const [record] = await outbox.list();
    expect(record).toMatchObject({ responseId: 'resp-200', warnings: ['trimmed a field'] });
  });

  it('is idle when nothing is due, and says when something will be', async () => {
    await outbox.enqueue(makeEvent(), NOW + 5000);
    const fetch = serve(() => apiAnswer(200));

    const summary = await flush(fetch);

    expect(summary).toEqual({
      outcome: 'idle',
      delivered: 0,
      held: 0,
      requests: 0,
      nextAttemptAt: NOW + 5000,
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends batches until none is due, within the request count limit', async () => {
    await enqueueMany(5);
    const fetch = serve(() => apiAnswer(200));

    const summary = await flush(fetch, { maxEvents: 2 });

    expect(summary).toMatchObject({ outcome: 'done', delivered: 5, requests: 3 });
  });

  it('ends after its request budget and reports the rest as due now', async () => {
    await enqueueMany(5);
    const fetch = serve(() => apiAnswer(200));

    const summary = await flush(fetch, { maxEvents: 1, maxRequests: 2 });

    expect(summary).toEqual({
      outcome: 'done',
      delivered: 2,
      held: 0,
      requests: 2,
      nextAttemptAt: NOW - 98,
    });
  });

  it('splits a 400 batch of 8 to deliver 7 and hold the bad one in few requests', async () => {
    await enqueueMany(8, (index) => makeEvent({ userId: index === 5 ? 'bad' : `user-${index}` }));
    const fetch = serve((events) =>
      events.some((event) => event.user_id === 'bad')
        ? apiAnswer(400, { message: 'user_id is not known' })
        : apiAnswer(200),
    );

    const summary = await flush(fetch);

    // One request for the batch, then two per level of halving: 1 + 2 * log2(8).
    expect(summary).toMatchObject({ outcome: 'done', delivered: 7, held: 1, requests: 7 });
    const [held] = await outbox.list({ state: 'held' });
    expect(held).toMatchObject({ heldReason: 'user_id is not known', heldStatus: 400 });
    expect(held?.event.user_id).toBe('bad');
  });

  it('holds a whole batch answered 200 with success false, with the API message', async () => {
    await enqueueMany(2);
    const fetch = serve(() => apiAnswer(200, { success: false, message: 'not accepted' }));

    const summary = await flush(fetch);

    expect(summary).toMatchObject({ delivered: 0, held: 2 });
    expect((await outbox.list({ state: 'held' }))[0]?.heldReason).toBe('not accepted');
  });

  it('pauses on 401, loses nothing and leaves the counts as they were', async () => {
    await enqueueMany(3);
    const before = await outbox.counts();
    const fetch = serve(() => apiAnswer(401));

    const summary = await flush(fetch);

    expect(summary).toMatchObject({ outcome: 'paused', delivered: 0, requests: 1 });
    expect(summary.pause).toMatchObject({ reason: 'unauthorized', status: 401, at: NOW });
    expect(await outbox.counts()).toEqual(before);
    expect((await outbox.list()).every((record) => record.attempts === 0)).toBe(true);
    expect(JSON.stringify(await readPause(db))).not.toContain(SETTINGS.secret);
  });

  it('pauses as misconfigured on a 400 page the API did not write, holding nothing', async () => {
    await enqueueMany(3);
    const before = await outbox.counts();
    const page = '<html><body><h1>400 Bad Request</h1>nginx</body></html>';
    const headers = { 'content-type': 'text/html' };
    const fetch = serve(() => new Response(page, { status: 400, headers }));

    const summary = await flush(fetch);

    expect(summary).toMatchObject({ outcome: 'paused', held: 0, requests: 1 });
    expect(summary.pause).toMatchObject({ reason: 'misconfigured', status: 400 });
    expect(await outbox.counts()).toEqual(before);
  });

  it('stays paused without sending until the credential changes', async () => {
    await enqueueMany(1);
    await flush(serve(() => apiAnswer(401)));
    const fetch = serve(() => apiAnswer(200));

    const paused = await flush(fetch);
    const unchanged = await clearPauseIfCredentialChanged(db, SETTINGS);
    const changedSettings = { ...SETTINGS, secret: 'key-2' };
    const cleared = await clearPauseIfCredentialChanged(db, changedSettings);
    const resumed = await flush(fetch, { settings: changedSettings });

    expect(paused.outcome).toBe('paused');
    expect([unchanged, cleared]).toEqual([false, true]);
    expect(resumed).toMatchObject({ outcome: 'done', delivered: 1 });
  });

  it('pauses as misconfigured on 404 and on an HTML page', async () => {
    await enqueueMany(1);

    const notFound = await flush(serve(() => new Response('nope', { status: 404 })));
    await clearPauseIfCredentialChanged(db, { ...SETTINGS, endpoint: 'https://fixed.test/t' });
    const html = await flush(serve(() => new Response('<html></html>', { status: 200 })));

    expect(notFound.pause).toMatchObject({ reason: 'misconfigured', status: 404 });
    expect(notFound.pause?.message).toContain('check the endpoint URL');
    expect(html.pause).toMatchObject({ reason: 'misconfigured' });
    expect(await outbox.counts()).toMatchObject({ queued: 1 });
  });

  it('reschedules on 500 with a backoff, losing nothing', async () => {
    await enqueueMany(3);

    const summary = await flush(
      serve(() => apiAnswer(500)),
      { random: () => 0.5 },
    );

    expect(summary).toEqual({
      outcome: 'retry-later',
      delivered: 0,
      held: 0,
      requests: 1,
      nextAttemptAt: NOW + 1000,
    });
    const records = await outbox.list();
    expect(records).toHaveLength(3);
    expect(records.every((record) => record.state === 'queued' && record.attempts === 1)).toBe(
      true,
    );
    expect(records[0]?.lastError).toContain('500');
  });

  it('honours Retry-After on 429', async () => {
    await enqueueMany(1);
    const fetch = serve(() => apiAnswer(429, {}, { 'Retry-After': '120' }));

    const summary = await flush(fetch, { random: () => 0 });

    expect(summary).toMatchObject({ outcome: 'retry-later', nextAttemptAt: NOW + 120_000 });
  });

  it('reschedules after a network error', async () => {
    await enqueueMany(1);
    const fetch = vi.fn<FetchFunction>(async () => Promise.reject(new TypeError('offline')));

    const summary = await flush(fetch);

    expect(summary.outcome).toBe('retry-later');
    expect(await outbox.counts()).toMatchObject({ queued: 1 });
  });

  it('delivers the good half of a split and reschedules the rest after a 503', async () => {
    await enqueueMany(4, (index) => makeEvent({ userId: index === 3 ? 'bad' : `user-${index}` }));
    let calls = 0;
    const fetch = serve((events) => {
      calls += 1;
      if (calls === 3) return apiAnswer(503);
      return events.some((event) => event.user_id === 'bad') ? apiAnswer(400) : apiAnswer(200);
    });

    const summary = await flush(fetch);

    expect(summary).toMatchObject({ outcome: 'retry-later', delivered: 2, requests: 3 });
    expect(await outbox.counts()).toEqual({ queued: 2, sending: 0, delivered: 2, held: 0 });
  });

  it('touches nothing when delivery is not configured', async () => {
    await enqueueMany(2);
    const fetch = serve(() => apiAnswer(200));

    const summary = await flush(fetch, { settings: DEFAULT_SETTINGS });

    expect(summary).toEqual({ outcome: 'not-configured', delivered: 0, held: 0, requests: 0 });
    expect(fetch).not.toHaveBeenCalled();
    expect((await outbox.list()).every((record) => record.attempts === 0)).toBe(true);
  });

  it('delivers records a stopped worker left sending, once the lease expires', async () => {
    await enqueueMany(1);
    await outbox.leaseBatch({ now: NOW, leaseMs: 1000, maxEvents: 10, maxBytes: 10_000 });

    const early = await flush(serve(() => apiAnswer(200)));
    const late = await flush(
      serve(() => apiAnswer(200)),
      { now: () => NOW + 1000 },
    );

    expect(early).toMatchObject({ outcome: 'idle', nextAttemptAt: NOW + 1000 });
    expect(late).toMatchObject({ outcome: 'done', delivered: 1 });
  });
});

describe('settingsFingerprint', () => {
  it('is 12 hex digits that change with the secret and do not contain it', async () => {
    const first = await settingsFingerprint(SETTINGS);
    const second = await settingsFingerprint({ ...SETTINGS, secret: 'key-2' });

    expect(first).toMatch(/^[0-9a-f]{12}$/);
    expect(second).not.toBe(first);
    expect(await settingsFingerprint(SETTINGS)).toBe(first);
  });
});

describe('flushOutbox when a worker was stopped mid-flush', () => {
  it('takes over a live lease at once when it holds the flush lock', async () => {
    await enqueueMany(2);
    await outbox.leaseBatch({ now: NOW, leaseMs: 600_000, maxEvents: 10, maxBytes: 1e6 });
    const fetch = serve(() => apiAnswer(200));

    const shared = await flush(fetch);
    const exclusive = await flush(fetch, { exclusive: true });

    expect(shared).toMatchObject({ outcome: 'idle', requests: 0 });
    expect(exclusive).toMatchObject({ delivered: 2, requests: 1 });
  });

  it('reaches each checkpoint in order around a send', async () => {
    await enqueueMany(1);
    const points: string[] = [];

    await flush(
      serve(() => apiAnswer(200)),
      {
        checkpoint: async (point) => void points.push(point),
      },
    );

    expect(points).toEqual(['leased', 'sending', 'answered']);
  });
});

describe('flushOutbox answers, one by one', () => {
  it('delivers 999 and holds the one bad event of 1,000 in at most 21 extra requests', async () => {
    await enqueueMany(1000, (index) => makeEvent({ userId: index === 613 ? 'bad' : 'fine' }));
    const fetch = serve((events) =>
      events.some((event) => event.user_id === 'bad')
        ? apiAnswer(400, { message: 'event 0: user_id is not known' })
        : apiAnswer(200),
    );

    // Captured over the last second: all due once the clock has passed the last capture.
    const summary = await flush(fetch, { now: () => NOW + 1000 });

    expect(summary).toMatchObject({ delivered: 999, held: 1 });
    expect(summary.requests - 1).toBeLessThanOrEqual(21);
    const [held] = await outbox.list({ state: 'held' });
    expect(held).toMatchObject({ heldStatus: 400, heldReason: 'event 0: user_id is not known' });
  });

  it('splits a batch refused with 413 until the pieces fit, delivering all', async () => {
    await enqueueMany(8);
    const fetch = serve((events) => (events.length > 2 ? apiAnswer(413) : apiAnswer(200)));

    const summary = await flush(fetch);

    expect(summary).toMatchObject({ delivered: 8, held: 0 });
    expect(await outbox.counts()).toMatchObject({ delivered: 8 });
  });

  it('pauses on 403 as a refused credential, losing nothing', async () => {
    await enqueueMany(2);

    const summary = await flush(serve(() => apiAnswer(403)));

    expect(summary.pause).toMatchObject({ reason: 'unauthorized', status: 403 });
    expect(await outbox.counts()).toMatchObject({ queued: 2 });
  });

  it('resumes after a 401 once the credential changes, and delivers', async () => {
    await enqueueMany(2);
    await flush(serve(() => apiAnswer(401)));
    const renewed = { ...SETTINGS, secret: 'key-2' };

    const cleared = await clearPauseIfCredentialChanged(db, renewed);
    const summary = await flush(
      serve(() => apiAnswer(200)),
      { settings: renewed },
    );

    expect(cleared).toBe(true);
    expect(summary).toMatchObject({ outcome: 'done', delivered: 2 });
  });

  it('reschedules a batch whose answer never comes within the timeout', async () => {
    await enqueueMany(2);
    const fetch = vi.fn<FetchFunction>(
      (_url, init) =>
        new Promise((_resolve, reject) =>
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        ),
    );

    const summary = await flush(fetch, { timeoutMs: 20 });

    expect(summary.outcome).toBe('retry-later');
    expect(await outbox.counts()).toMatchObject({ queued: 2 });
  });

  it('resends the same event ids after an answer was lost on the way back', async () => {
    await enqueueMany(3);
    const sent: string[][] = [];
    const record = (init: RequestInit) =>
      sent.push((JSON.parse(String(init.body)) as TrackEvent[]).map((e) => e.context!.event_id!));
    const dropped = vi.fn<FetchFunction>(async (_url, init) => {
      record(init);
      throw new TypeError('connection reset after the body was read');
    });
    const answered = vi.fn<FetchFunction>(async (_url, init) => {
      record(init);
      return apiAnswer(200);
    });

    await flush(dropped);
    const summary = await flush(answered, { now: () => NOW + 700_000 });

    expect(summary.delivered).toBe(3);
    expect(sent[1]).toEqual(sent[0]);
  });
});

describe('flushOutbox holding the flush lock', () => {
  it('keeps its lease in memory: the records stay queued in the database while sent', async () => {
    await enqueueMany(2);
    let duringSend: Awaited<ReturnType<Outbox['counts']>> | undefined;

    const summary = await flush(
      serve(() => apiAnswer(200)),
      {
        exclusive: true,
        checkpoint: async (point) => {
          if (point === 'sending') duringSend = await outbox.counts();
        },
      },
    );

    expect(duringSend).toMatchObject({ queued: 2, sending: 0 });
    expect(summary.delivered).toBe(2);
    expect(await outbox.counts()).toMatchObject({ delivered: 2, queued: 0 });
  });

  it('leaves the records of a flush cut off mid-send due for the next one', async () => {
    await enqueueMany(2);
    let reachedSend!: () => void;
    const atSend = new Promise<void>((resolve) => (reachedSend = resolve));
    // The first flush pauses for good mid-send, as a stopped worker does.
    void flush(
      serve(() => apiAnswer(200)),
      {
        exclusive: true,
        checkpoint: async (point) => {
          if (point !== 'sending') return;
          reachedSend();
          await new Promise<never>(() => {});
        },
      },
    );
    await atSend;

    const next = await flush(
      serve(() => apiAnswer(200)),
      { exclusive: true },
    );

    expect(next.delivered).toBe(2);
  });

  it('puts back only the part of a split batch it did not settle when it must stop', async () => {
    await enqueueMany(4, (index) => makeEvent({ userId: index < 2 ? 'fine' : 'bad' }));
    let calls = 0;
    const fetch = serve((events) => {
      calls += 1;
      if (calls === 1) return apiAnswer(400);
      return events.some((event) => event.user_id === 'bad') ? apiAnswer(503) : apiAnswer(200);
    });

    const summary = await flush(fetch, { exclusive: true });

    expect(summary).toMatchObject({ delivered: 2, outcome: 'retry-later' });
    expect(await outbox.counts()).toMatchObject({ delivered: 2, queued: 2, sending: 0 });
  });
});

describe('flushOutbox reading the next batch during a send (under the flush lock)', () => {
  it('sends each event once, in batches, oldest first', async () => {
    await enqueueMany(25);
    const sent: string[] = [];
    const fetch = serve((events) => {
      sent.push(...events.map((event) => event.context!.event_id!));
      return apiAnswer(200);
    });

    const summary = await flush(fetch, { exclusive: true, maxEvents: 10 });

    expect(summary).toMatchObject({ outcome: 'done', delivered: 25, requests: 3 });
    const oldestFirst = (await outbox.list()).map((record) => record.id);
    expect(sent).toEqual(oldestFirst);
    expect(await outbox.counts()).toEqual({ queued: 0, sending: 0, delivered: 25, held: 0 });
  });

  it('leaves a batch read ahead queued as it was when the send before it fails', async () => {
    await enqueueMany(30);
    let requests = 0;
    const fetch = serve(() => (++requests === 2 ? apiAnswer(503) : apiAnswer(200)));

    const summary = await flush(fetch, { exclusive: true, maxEvents: 10 });

    expect(summary).toMatchObject({ outcome: 'retry-later', delivered: 10, requests: 2 });
    expect(await outbox.counts()).toEqual({ queued: 20, sending: 0, delivered: 10, held: 0 });
    const untouched = (await outbox.list({ state: 'queued' })).filter((r) => r.attempts === 0);
    expect(untouched).toHaveLength(10);
  });

  it('sends each event once when all of them are due at the same moment', async () => {
    for (let index = 0; index < 35; index += 1) await outbox.enqueue(makeEvent(), NOW - 100);
    const sent: string[] = [];
    const fetch = serve((events) => {
      sent.push(...events.map((event) => event.context!.event_id!));
      return apiAnswer(200);
    });

    const summary = await flush(fetch, { exclusive: true, maxEvents: 10 });

    expect(summary).toMatchObject({ outcome: 'done', delivered: 35, requests: 4 });
    expect(new Set(sent).size).toBe(35);
    expect(sent).toHaveLength(35);
    expect(await outbox.counts()).toEqual({ queued: 0, sending: 0, delivered: 35, held: 0 });
  });

  it('keeps a receipt per accepted request while sending, applied once the sends end', async () => {
    await enqueueMany(20);
    const duringSends: { delivered: number; receipts: number }[] = [];
    const fetch = vi.fn<FetchFunction>(async () => {
      const delivered = (await outbox.counts()).delivered;
      duringSends.push({ delivered, receipts: await db.count('receipts') });
      return apiAnswer(200);
    });

    const summary = await flush(fetch, { exclusive: true, maxEvents: 10 });

    expect(duringSends).toEqual([
      { delivered: 0, receipts: 0 },
      { delivered: 0, receipts: 1 },
    ]);
    expect(summary).toMatchObject({ delivered: 20, requests: 2 });
    expect(await outbox.counts()).toEqual({ queued: 0, sending: 0, delivered: 20, held: 0 });
    expect(await db.count('receipts')).toBe(0);
    const delivered = await outbox.list({ state: 'delivered' });
    expect(delivered.every((record) => record.responseId === 'resp-200')).toBe(true);
    expect(delivered.every((record) => record.attempts === 1)).toBe(true);
  });

  it('applies the receipts every 10 requests in a long flush, with tied due times', async () => {
    for (let index = 0; index < 23; index += 1) await outbox.enqueue(makeEvent(), NOW - 100);
    const sent: string[] = [];
    const deliveredAtEachSend: number[] = [];
    const fetch = vi.fn<FetchFunction>(async (_url, init) => {
      const events = JSON.parse(String(init.body)) as TrackEvent[];
      sent.push(...events.map((event) => event.context!.event_id!));
      deliveredAtEachSend.push((await outbox.counts()).delivered);
      return apiAnswer(200);
    });

    const summary = await flush(fetch, { exclusive: true, maxEvents: 1 });

    expect(deliveredAtEachSend.slice(9, 12)).toEqual([0, 10, 10]);
    expect(deliveredAtEachSend.at(-1)).toBe(20);
    expect(new Set(sent).size).toBe(23);
    expect(summary).toMatchObject({ delivered: 23, requests: 23 });
    expect(await outbox.counts()).toEqual({ queued: 0, sending: 0, delivered: 23, held: 0 });
  });

  it('sends nothing again that a stopped worker recorded as delivered', async () => {
    await enqueueMany(20);
    // A worker stopped after the API accepted these and their receipt was written.
    const accepted = (await outbox.list()).slice(0, 10);
    await outbox.recordReceipt(accepted, { responseId: 'resp-before', warnings: [], now: NOW });
    const sent: string[] = [];
    const fetch = serve((events) => {
      sent.push(...events.map((event) => event.context!.event_id!));
      return apiAnswer(200);
    });

    const summary = await flush(fetch, { exclusive: true, maxEvents: 10 });

    expect(summary).toMatchObject({ delivered: 10, requests: 1 });
    expect(sent.filter((id) => accepted.some((record) => record.id === id))).toEqual([]);
    expect(await outbox.counts()).toEqual({ queued: 0, sending: 0, delivered: 20, held: 0 });
    const before = await outbox.list({ state: 'delivered' });
    expect(before.filter((record) => record.responseId === 'resp-before')).toHaveLength(10);
  });

  it('applies a stopped worker’s receipts even while delivery is paused or unset', async () => {
    await enqueueMany(4);
    const [first, second] = await outbox.list();
    await outbox.recordReceipt([first!], { responseId: 'resp-a', warnings: [], now: NOW });
    const fetch = serve(() => apiAnswer(200));

    const unset = await flush(fetch, { exclusive: true, settings: DEFAULT_SETTINGS });
    await flush(
      serve(() => apiAnswer(401)),
      { exclusive: true },
    );
    // Stopped after a receipt, with the pause already written.
    await outbox.recordReceipt([second!], { responseId: 'resp-b', warnings: [], now: NOW });
    const paused = await flush(fetch, { exclusive: true });

    expect(unset.outcome).toBe('not-configured');
    expect(paused.outcome).toBe('paused');
    expect(fetch).not.toHaveBeenCalled();
    expect(await outbox.counts()).toEqual({ queued: 2, sending: 0, delivered: 2, held: 0 });
  });

  it('sends no more once a delivered batch cannot be recorded, and fails the flush', async () => {
    await enqueueMany(30);
    const fetch = serve(() => {
      // The answer arrives; the database goes away before the delivery is written down.
      db.close();
      return apiAnswer(200);
    });

    await expect(flush(fetch, { exclusive: true, maxEvents: 10 })).rejects.toThrow();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('stops at its request budget with the rest still queued', async () => {
    await enqueueMany(30);

    const summary = await flush(
      serve(() => apiAnswer(200)),
      {
        exclusive: true,
        maxEvents: 10,
        maxRequests: 2,
      },
    );

    expect(summary).toMatchObject({ delivered: 20, requests: 2, nextAttemptAt: NOW - 80 });
    expect(await outbox.counts()).toMatchObject({ queued: 10, delivered: 20 });
  });
});
