import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_EVENTS_PER_REQUEST, MAX_REQUEST_BYTES } from '../../../lib/contract/limits';
import { openCaptureDatabase, type CaptureDatabase } from '../../../lib/storage/database';
import { InvalidEventError, StorageFullError } from '../../../lib/storage/errors';
import { createOutbox, type MemoryBatch, type Outbox } from '../../../lib/storage/outbox';
import { IDBFactory, IDBIndex as FDBIndex } from 'fake-indexeddb';
import { idOf, makeEvent, makeEventOfSize, openTestDatabase } from './make-event';

const LIMITS = { maxEvents: MAX_EVENTS_PER_REQUEST, maxBytes: MAX_REQUEST_BYTES };
const LEASE = { leaseMs: 60_000, ...LIMITS };

let factory: IDBFactory;
let db: CaptureDatabase;
let outbox: Outbox;

beforeEach(async () => {
  factory = new IDBFactory();
  db = await openCaptureDatabase({ factory, name: 'outbox-test' });
  outbox = createOutbox(db);
});

afterEach(() => db.close());

describe('enqueue', () => {
  it('stores an event so that another connection reads it once enqueue resolves', async () => {
    const event = makeEvent();

    const result = await outbox.enqueue(event, 1000);

    const other = await openCaptureDatabase({ factory, name: 'outbox-test' });
    const stored = await other.get('outbox', idOf(event));
    other.close();
    expect(result).toBe('queued');
    expect(stored).toMatchObject({ id: idOf(event), state: 'queued', schemaVersion: 1 });
    expect(stored).toMatchObject({ createdAt: 1000, nextAttemptAt: 1000, attempts: 0 });
  });

  it('records the UTF-8 size of the event JSON', async () => {
    const event = makeEvent({ name: 'Zoë Ångström 😀' });

    await outbox.enqueue(event);

    const [record] = await outbox.list();
    expect(record?.sizeBytes).toBe(Buffer.byteLength(JSON.stringify(event), 'utf8'));
  });

  it('does not store the same event id twice', async () => {
    const event = makeEvent();

    const first = await outbox.enqueue(event);
    const second = await outbox.enqueue({ ...event, user_id: 'someone-else' });

    expect([first, second]).toEqual(['queued', 'duplicate']);
    expect(await outbox.counts()).toEqual({ queued: 1, sending: 0, delivered: 0, held: 0 });
    expect((await outbox.list())[0]?.event.user_id).toBe('user-1');
  });

  it('refuses an event without an event id with a typed error', async () => {
    const event = { ...makeEvent(), context: { group_id: 'group-1' } };

    await expect(outbox.enqueue(event)).rejects.toBeInstanceOf(InvalidEventError);
  });

  it('turns a quota error into a StorageFullError', async () => {
    const quota = new DOMException('quota exceeded', 'QuotaExceededError');
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw quota;
    });

    const attempt = outbox.enqueue(makeEvent());

    await expect(attempt).rejects.toBeInstanceOf(StorageFullError);
    await expect(attempt).rejects.toThrow(/storage is full/);
    expect(await outbox.counts()).toEqual({ queued: 0, sending: 0, delivered: 0, held: 0 });
  });
});

describe('leaseBatch', () => {
  it('leases at most maxEvents records, oldest first', async () => {
    const events = [makeEvent(), makeEvent(), makeEvent(), makeEvent(), makeEvent()];
    for (const [index, event] of events.entries()) await outbox.enqueue(event, 100 - index);

    const leased = await outbox.leaseBatch({ ...LEASE, now: 1000, maxEvents: 3 });

    expect(leased.map((record) => record.id)).toEqual(events.slice(2).reverse().map(idOf));
    expect(leased.every((record) => record.state === 'sending')).toBe(true);
    expect(await outbox.counts()).toMatchObject({ queued: 2, sending: 3 });
  });

  it('marks leased records sending with a lease expiry, a token and one more attempt', async () => {
    await outbox.enqueue(makeEvent(), 0);

    const [record] = await outbox.leaseBatch({ ...LEASE, now: 1000 });

    expect(record).toMatchObject({ state: 'sending', attempts: 1, leaseExpiresAt: 61_000 });
    expect(record?.leaseToken).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('leases nothing that is not yet due', async () => {
    await outbox.enqueue(makeEvent(), 5000);

    expect(await outbox.leaseBatch({ ...LEASE, now: 4999 })).toEqual([]);
    expect(await outbox.leaseBatch({ ...LEASE, now: 5000 })).toHaveLength(1);
  });

  it('leases two events whose body is exactly 2,000,000 bytes together', async () => {
    // 2 brackets + 1,000,000 + 1 comma + 999,997 = 2,000,000 bytes.
    await outbox.enqueue(makeEventOfSize(1_000_000), 1);
    await outbox.enqueue(makeEventOfSize(999_997), 2);

    const leased = await outbox.leaseBatch({ ...LEASE, now: 10 });

    expect(leased).toHaveLength(2);
    expect(Buffer.byteLength(JSON.stringify(leased.map((r) => r.event)))).toBe(2_000_000);
  });

  it('leaves the second event for later when the body would be one byte over', async () => {
    const first = makeEventOfSize(1_000_000);
    const second = makeEventOfSize(999_998);
    await outbox.enqueue(first, 1);
    await outbox.enqueue(second, 2);

    const batchOne = await outbox.leaseBatch({ ...LEASE, now: 10 });
    const batchTwo = await outbox.leaseBatch({ ...LEASE, now: 10 });

    expect(batchOne.map((record) => record.id)).toEqual([idOf(first)]);
    expect(batchTwo.map((record) => record.id)).toEqual([idOf(second)]);
  });

  it('leases a single event whose own body is exactly the limit', async () => {
    await outbox.enqueue(makeEventOfSize(1_999_998), 1);

    expect(await outbox.leaseBatch({ ...LEASE, now: 10 })).toHaveLength(1);
  });

  it('holds an event too big for any request, with the reason, and never leases it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const big = makeEventOfSize(1_999_999);
    const small = makeEvent();
    await outbox.enqueue(big, 1);
    await outbox.enqueue(small, 2);

    const leased = await outbox.leaseBatch({ ...LEASE, now: 10 });

    expect(leased.map((record) => record.id)).toEqual([idOf(small)]);
    const [held] = await outbox.list({ state: 'held' });
    expect(held?.id).toBe(idOf(big));
    expect(held?.heldReason).toBe(
      'event is 2,000,001 bytes, over the 2,000,000-byte request limit',
    );
    const later = await outbox.leaseBatch({ ...LEASE, now: 10_000_000 });
    expect(later.map((record) => record.id)).not.toContain(idOf(big));
  });

  it('reads past a full read of oversized events to lease the due ones behind them', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await outbox.enqueue(makeEventOfSize(1_999_999), 1);
    await outbox.enqueue(makeEventOfSize(1_999_999), 2);
    const small = makeEvent();
    await outbox.enqueue(small, 3);

    const leased = await outbox.leaseBatch({ ...LEASE, now: 10, maxEvents: 2 });

    expect(leased.map((record) => record.id)).toEqual([idOf(small)]);
    expect(await outbox.counts()).toMatchObject({ held: 2, sending: 1 });
  });

  it('takes back the records of a lease that expired, as after a worker was stopped', async () => {
    await outbox.enqueue(makeEvent(), 0);
    const [first] = await outbox.leaseBatch({ ...LEASE, now: 1000, leaseMs: 500 });

    const early = await outbox.leaseBatch({ ...LEASE, now: 1499 });
    const [again] = await outbox.leaseBatch({ ...LEASE, now: 1500 });

    expect(early).toEqual([]);
    expect(again).toMatchObject({ id: first?.id, state: 'sending', attempts: 2 });
    expect(again?.leaseToken).not.toBe(first?.leaseToken);
  });

  it('holds an unreadable record instead of crashing, and leases the rest', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await db.put('outbox', { id: 'broken', state: 'queued', nextAttemptAt: 0, createdAt: 0 });
    await outbox.enqueue(makeEvent(), 1);

    const leased = await outbox.leaseBatch({ ...LEASE, now: 10 });

    expect(leased).toHaveLength(1);
    expect(await db.get('outbox', 'broken')).toMatchObject({ state: 'held' });
    expect(warn).toHaveBeenCalled();
  });
});

describe('leaseInMemory', () => {
  const ids = (batch: { records: { id: string }[] }) => batch.records.map((r) => r.id);

  it('writes nothing: the leased records stay queued as stored', async () => {
    await outbox.enqueue(makeEvent(), 1);

    const batch = await outbox.leaseInMemory({ ...LEASE, now: 10 });

    expect(batch.records).toHaveLength(1);
    expect(batch.records[0]).toMatchObject({ state: 'sending', attempts: 1 });
    expect(await outbox.counts()).toMatchObject({ queued: 1, sending: 0 });
  });

  it('reads the batch after one still being sent, skipping its records', async () => {
    const events = Array.from({ length: 7 }, () => makeEvent());
    for (const [index, event] of events.entries()) await outbox.enqueue(event, index + 1);
    const options = { ...LEASE, now: 100, maxEvents: 3 };

    const first = await outbox.leaseInMemory(options);
    const second = await outbox.leaseInMemory(options, first);
    const third = await outbox.leaseInMemory(options, second);
    const fourth = await outbox.leaseInMemory(options, third);

    expect([ids(first), ids(second), ids(third)]).toEqual([
      events.slice(0, 3).map(idOf),
      events.slice(3, 6).map(idOf),
      events.slice(6).map(idOf),
    ]);
    expect(ids(fourth)).toEqual([]);
  });

  it('reads past records due at the same moment as the end of the previous batch', async () => {
    // A whole rescheduled batch shares one due time: the next read starts inside it.
    const events = Array.from({ length: 5 }, () => makeEvent());
    for (const event of events) await outbox.enqueue(event, 50);
    const options = { ...LEASE, now: 100, maxEvents: 2 };
    const owner = createOutbox(db, { ownsLeases: true });
    const delivered = { responseId: 'r', warnings: [], now: 100 };

    const first = await owner.leaseInMemory(options);
    const second = await owner.leaseInMemory(options, first);
    // As a flush does: a batch is settled before the one after the next is read.
    await owner.markDelivered(first.records, delivered);
    const third = await owner.leaseInMemory(options, second);

    expect(first.lastDueAt).toBe(50);
    expect([first, second, third].map((batch) => batch.records.length)).toEqual([2, 2, 1]);
    const seen = [first, second, third].flatMap(ids);
    expect(new Set(seen)).toEqual(new Set(events.map(idOf)));
  });

  it('reads a batch at a time through many records due at the same moment', async () => {
    // An import or "Retry now" leaves every queued record due at one moment.
    const events = Array.from({ length: 40 }, () => makeEvent());
    for (const event of events) await outbox.enqueue(event, 50);
    const options = { ...LEASE, now: 100, maxEvents: 4 };
    const queuedReadSizes: number[] = [];
    const getAll = FDBIndex.prototype.getAll;
    vi.spyOn(FDBIndex.prototype, 'getAll').mockImplementation(function (
      this: IDBIndex,
      query?: unknown,
      count?: number,
    ) {
      const result = getAll.call(this, query as IDBKeyRange, count);
      if ((query as IDBKeyRange).lower[0] === 'queued') {
        result.addEventListener('success', () => queuedReadSizes.push(result.result.length));
      }
      return result;
    });

    const batches: MemoryBatch[] = [];
    for (let read = 0; read < 11; read += 1) {
      batches.push(await outbox.leaseInMemory(options, ...batches));
    }

    const seen = batches.flatMap(ids);
    expect(seen).toHaveLength(40);
    expect(new Set(seen)).toEqual(new Set(events.map(idOf)));
    expect(batches.at(-1)?.records).toEqual([]);
    expect(Math.max(...queuedReadSizes)).toBeLessThanOrEqual(4);
  });

  it('makes no inverted range when the clock was set back between two reads', async () => {
    await outbox.enqueue(makeEvent(), 500);
    await outbox.enqueue(makeEvent(), 600);

    const first = await outbox.leaseInMemory({ ...LEASE, now: 1000, maxEvents: 1 });
    const second = await outbox.leaseInMemory({ ...LEASE, now: 400, maxEvents: 1 }, first);

    expect(second.records).toEqual([]);
  });
});

describe('settling a lease', () => {
  it('marks leased records delivered with the response id and warnings', async () => {
    await outbox.enqueue(makeEvent(), 0);
    const leased = await outbox.leaseBatch({ ...LEASE, now: 10 });

    const settled = await outbox.markDelivered(leased, {
      responseId: 'r-1',
      warnings: ['w'],
      now: 20,
    });

    const [record] = await outbox.list({ state: 'delivered' });
    expect(settled).toBe(1);
    expect(record).toMatchObject({ responseId: 'r-1', warnings: ['w'], deliveredAt: 20 });
    expect(record?.leaseToken).toBeUndefined();
  });

  it('marks leased records held with the reason and status', async () => {
    await outbox.enqueue(makeEvent(), 0);
    const leased = await outbox.leaseBatch({ ...LEASE, now: 10 });

    await outbox.markHeld(leased, { reason: 'user_id is required', status: 400, now: 20 });

    const [record] = await outbox.list({ state: 'held' });
    expect(record).toMatchObject({ heldReason: 'user_id is required', heldStatus: 400 });
  });

  it('queues rescheduled records again, counting or giving back the attempt', async () => {
    await outbox.enqueue(makeEvent(), 0);
    const first = await outbox.leaseBatch({ ...LEASE, now: 10 });
    await outbox.reschedule(first, { nextAttemptAt: 500, error: 'HTTP 503' });
    const second = await outbox.leaseBatch({ ...LEASE, now: 500 });
    await outbox.reschedule(second, { nextAttemptAt: 900, error: '401', countAttempt: false });

    const [record] = await outbox.list();

    expect(record).toMatchObject({ state: 'queued', attempts: 1, nextAttemptAt: 900 });
    expect(record?.lastError).toBe('401');
  });

  it('ignores a stale lease token, so an old flush cannot overwrite a newer lease', async () => {
    await outbox.enqueue(makeEvent(), 0);
    const stale = await outbox.leaseBatch({ ...LEASE, now: 10, leaseMs: 100 });
    const fresh = await outbox.leaseBatch({ ...LEASE, now: 200 });

    const staleSettled = await outbox.markDelivered(stale, {
      responseId: 'old',
      warnings: [],
      now: 300,
    });
    const staleRescheduled = await outbox.reschedule(stale, { nextAttemptAt: 0, error: 'x' });

    const [record] = await outbox.list();
    expect([staleSettled, staleRescheduled]).toEqual([0, 0]);
    expect(record).toMatchObject({ state: 'sending', leaseToken: fresh[0]?.leaseToken });
    expect(await outbox.markHeld(fresh, { reason: 'bad', now: 400 })).toBe(1);
  });

  it('ignores ids that were already delivered', async () => {
    await outbox.enqueue(makeEvent(), 0);
    const leased = await outbox.leaseBatch({ ...LEASE, now: 10 });
    await outbox.markDelivered(leased, { responseId: 'r', warnings: [], now: 20 });

    const rescheduled = await outbox.reschedule(leased, { nextAttemptAt: 0, error: 'late' });

    expect(rescheduled).toBe(0);
    expect(await outbox.counts()).toMatchObject({ delivered: 1, queued: 0 });
  });
});

describe('reading the outbox', () => {
  it('counts records in each state', async () => {
    for (let index = 0; index < 4; index += 1) await outbox.enqueue(makeEvent(), index);
    const [one, two] = await outbox.leaseBatch({ ...LEASE, now: 10, maxEvents: 2 });
    await outbox.markDelivered([one!], { responseId: 'r', warnings: [], now: 20 });
    await outbox.markHeld([two!], { reason: 'bad', now: 20 });
    await outbox.leaseBatch({ ...LEASE, now: 30, maxEvents: 1 });

    expect(await outbox.counts()).toEqual({ queued: 1, sending: 1, delivered: 1, held: 1 });
  });

  it('lists by state, newest first and within a limit', async () => {
    const events = [makeEvent(), makeEvent(), makeEvent()];
    for (const [index, event] of events.entries()) await outbox.enqueue(event, index);

    const listed = await outbox.list({ state: 'queued', limit: 2, newestFirst: true });

    expect(listed.map((record) => record.id)).toEqual([idOf(events[2]!), idOf(events[1]!)]);
  });

  it('tells when the next queued record or expiring lease is due', async () => {
    expect(await outbox.nextDueAt()).toBeUndefined();
    await outbox.enqueue(makeEvent(), 5000);
    await outbox.enqueue(makeEvent(), 100);
    await outbox.leaseBatch({ ...LEASE, now: 200, leaseMs: 10_000 });

    expect(await outbox.nextDueAt()).toBe(5000);
    await outbox.leaseBatch({ ...LEASE, now: 5000, leaseMs: 10_000 });
    expect(await outbox.nextDueAt()).toBe(10_200);
  });

  it('purges delivered records captured before a time', async () => {
    await outbox.enqueue(makeEvent(), 0);
    await outbox.enqueue(makeEvent(), 50);
    const leased = await outbox.leaseBatch({ ...LEASE, now: 100 });
    await outbox.markDelivered(leased, { responseId: 'r', warnings: [], now: 100 });

    expect(await outbox.purgeDelivered(50)).toBe(1);
    expect(await outbox.counts()).toMatchObject({ delivered: 1 });
  });
});

describe('byte limit with multi-byte characters', () => {
  it('counts UTF-8 bytes, not characters, when filling a request', async () => {
    const outbox = createOutbox(await openTestDatabase());
    // 'ż' is 2 bytes and '😀' 4 in UTF-8: a character count would let both in.
    const first = makeEvent({ name: 'ż'.repeat(500_000) });
    const second = makeEvent({ name: '😀'.repeat(250_000) });
    await outbox.enqueue(first, 1);
    await outbox.enqueue(second, 2);

    const batch = await outbox.leaseBatch({ now: 10, leaseMs: 1000, maxEvents: 10, maxBytes: 2e6 });

    expect(batch.map((record) => record.id)).toEqual([idOf(first)]);
    expect(Buffer.byteLength(JSON.stringify([first, second]))).toBeGreaterThan(2_000_000);
  });
});
