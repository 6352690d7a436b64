import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UserEnrichedEvent } from '../../../lib/contract/event';
import { MAX_EVENTS_PER_REQUEST, MAX_REQUEST_BYTES } from '../../../lib/contract/limits';
import type { CaptureDatabase } from '../../../lib/storage/database';
import { InvalidEventError } from '../../../lib/storage/errors';
import { createOutbox, type Outbox } from '../../../lib/storage/outbox';
import {
  createOutboxRecord,
  deliverRecord,
  holdRecord,
  readOutboxRecord,
  type OutboxRecord,
} from '../../../lib/storage/outbox-record';
import { idOf, makeEvent, openTestDatabase } from './make-event';

const LEASE = { leaseMs: 60_000, maxEvents: MAX_EVENTS_PER_REQUEST, maxBytes: MAX_REQUEST_BYTES };

let db: CaptureDatabase;
let outbox: Outbox;

beforeEach(async () => {
  db = await openTestDatabase();
  outbox = createOutbox(db);
});

afterEach(() => db.close());

/** Queues an event and holds it, as a flush does when the API refuses it. */
async function heldEvent(
  event = makeEvent({ userId: 'refused-user' }),
): Promise<UserEnrichedEvent> {
  await outbox.enqueue(event, 1000);
  const leased = await outbox.leaseBatch({ ...LEASE, now: 2000 });
  await outbox.markHeld(leased, { reason: 'event 0: refused', status: 400, now: 3000 });

  return event;
}

async function stored(id: string): Promise<OutboxRecord | undefined> {
  const result = readOutboxRecord(await db.get('outbox', id));

  return result.ok ? result.record : undefined;
}

describe('snapshot', () => {
  it('reads every record, newest capture first', async () => {
    const [first, second, third] = [makeEvent(), makeEvent(), makeEvent()];
    await outbox.enqueue(second, 2000);
    await outbox.enqueue(first, 1000);
    await outbox.enqueue(third, 3000);

    const records = await outbox.snapshot();

    expect(records.map((record) => record.id)).toEqual([third, second, first].map(idOf));
  });

  it('reads one state only when asked', async () => {
    const held = await heldEvent();
    await outbox.enqueue(makeEvent(), 5000);

    const records = await outbox.snapshot('held');

    expect(records.map((record) => record.id)).toEqual([idOf(held)]);
  });

  it('skips a value without an id, a known state or a capture time', async () => {
    await outbox.enqueue(makeEvent());
    await db.put('outbox', { id: 'no-state', state: 'lost', createdAt: 0 });
    await db.put('outbox', { id: 'no-time', state: 'queued', nextAttemptAt: 0 });

    expect(await outbox.snapshot()).toHaveLength(1);
  });
});

describe('newest', () => {
  /** Records in every state, several captured in the same millisecond. */
  async function mixedOutbox(): Promise<void> {
    for (let index = 0; index < 30; index += 1) {
      await outbox.enqueue(makeEvent(), 1000 + Math.floor(index / 3));
    }
    const leased = await outbox.leaseBatch({ ...LEASE, now: 5000, maxEvents: 20 });
    await outbox.markDelivered(leased.slice(0, 8), { responseId: 'r', warnings: [], now: 6000 });
    await outbox.markHeld(leased.slice(8, 12), { reason: 'refused', now: 6000 });
  }

  it.each([
    { offset: 0, limit: 7 },
    { offset: 7, limit: 7 },
    { offset: 25, limit: 10 },
    { offset: 40, limit: 10 },
  ])('reads the same page as the whole snapshot would ($offset, $limit)', async (page) => {
    await mixedOutbox();
    const all = await outbox.snapshot();

    const records = await outbox.newest(page);

    expect(records.map((record) => record.id)).toEqual(
      all.slice(page.offset, page.offset + page.limit).map((record) => record.id),
    );
  });

  it('reads one state only when asked', async () => {
    await mixedOutbox();
    const held = await outbox.snapshot('held');

    const records = await outbox.newest({ state: 'held', offset: 1, limit: 2 });

    expect(records.map((record) => record.id)).toEqual(held.slice(1, 3).map((record) => record.id));
  });
});

describe('remove', () => {
  it('deletes records by id and counts the ones it did not find', async () => {
    const [kept, gone] = [makeEvent(), makeEvent()];
    await outbox.enqueue(kept);
    await outbox.enqueue(gone);

    const result = await outbox.remove([idOf(gone), 'never-stored']);

    expect(result).toEqual({ deleted: 1, sending: 0, missing: 1 });
    expect((await outbox.snapshot()).map((record) => record.id)).toEqual([idOf(kept)]);
  });

  it('leaves a record leased to a flush alone', async () => {
    const event = makeEvent();
    await outbox.enqueue(event, 1000);
    await outbox.leaseBatch({ ...LEASE, now: 2000 });

    const result = await outbox.remove([idOf(event)]);

    expect(result).toEqual({ deleted: 0, sending: 1, missing: 0 });
    expect((await stored(idOf(event)))?.state).toBe('sending');
  });

  it('deletes delivered and held records', async () => {
    const held = await heldEvent();
    const delivered = makeEvent();
    await outbox.enqueue(delivered, 4000);
    const leased = await outbox.leaseBatch({ ...LEASE, now: 5000 });
    await outbox.markDelivered(leased, { responseId: 'r-1', warnings: [], now: 6000 });

    const result = await outbox.remove([idOf(held), idOf(delivered)]);

    expect(result.deleted).toBe(2);
    expect(await outbox.counts()).toEqual({ queued: 0, sending: 0, delivered: 0, held: 0 });
  });
});

describe('requeueHeld', () => {
  it('queues the corrected event under the same id, due now, keeping the refusal', async () => {
    const event = await heldEvent();
    const corrected = { ...event, user_id: 'corrected-user' };

    const result = await outbox.requeueHeld(idOf(event), corrected, 9000);

    const record = await stored(idOf(event));
    expect(result).toBe('requeued');
    expect(record).toMatchObject({
      state: 'queued',
      attempts: 0,
      nextAttemptAt: 9000,
      createdAt: 1000,
      lastError: 'held before editing (400): event 0: refused',
    });
    expect(record?.event.user_id).toBe('corrected-user');
    expect(record).not.toHaveProperty('heldReason');
    expect(record).not.toHaveProperty('heldStatus');
    expect(record?.sizeBytes).toBe(new TextEncoder().encode(JSON.stringify(corrected)).length);
  });

  it('is leased by the next flush like any queued record', async () => {
    const event = await heldEvent();
    await outbox.requeueHeld(idOf(event), { ...event, user_id: 'corrected-user' }, 9000);

    const leased = await outbox.leaseBatch({ ...LEASE, now: 9000 });

    expect(leased.map((record) => record.event.user_id)).toEqual(['corrected-user']);
  });

  it('leaves a record that is not held as it is', async () => {
    const event = makeEvent();
    await outbox.enqueue(event, 1000);

    const result = await outbox.requeueHeld(idOf(event), { ...event, user_id: 'x' }, 9000);

    expect(result).toBe('not-held');
    expect((await stored(idOf(event)))?.event.user_id).toBe('user-1');
  });

  it('says when the record is gone', async () => {
    const event = makeEvent();

    expect(await outbox.requeueHeld(idOf(event), event, 9000)).toBe('not-found');
  });

  it('refuses an edit that changes the event id or the event name', async () => {
    const event = await heldEvent();
    const otherId = { ...event, context: { ...event.context, event_id: crypto.randomUUID() } };
    const renamed = { ...event, event_name: 'page_viewed', properties: {} };

    expect(await outbox.requeueHeld(idOf(event), otherId, 9000)).toBe('not-the-same-event');
    expect(await outbox.requeueHeld(idOf(event), renamed, 9000)).toBe('not-the-same-event');
    expect((await stored(idOf(event)))?.state).toBe('held');
  });

  it('refuses an event the contract rejects, with a typed error', async () => {
    const event = await heldEvent();
    const invalid = { ...event, timestamp: 'yesterday' };

    await expect(outbox.requeueHeld(idOf(event), invalid, 9000)).rejects.toBeInstanceOf(
      InvalidEventError,
    );
  });
});

describe('makeDueNow', () => {
  it('brings queued records waiting for a later retry forward to now', async () => {
    const [waiting, due] = [makeEvent(), makeEvent()];
    await outbox.enqueue(waiting, 1000);
    await outbox.enqueue(due, 1000);
    const leased = await outbox.leaseBatch({ ...LEASE, now: 2000 });
    const [first] = leased.filter((record) => record.id === idOf(waiting));
    await outbox.reschedule([first!], { nextAttemptAt: 600_000, error: 'answered 503' });
    const [second] = leased.filter((record) => record.id === idOf(due));
    await outbox.reschedule([second!], { nextAttemptAt: 2500, error: 'answered 503' });

    const changed = await outbox.makeDueNow(3000);

    expect(changed).toBe(1);
    expect((await stored(idOf(waiting)))?.nextAttemptAt).toBe(3000);
    expect((await stored(idOf(due)))?.nextAttemptAt).toBe(2500);
    expect(await outbox.nextDueAt()).toBe(2500);
  });

  it('leaves held and delivered records alone', async () => {
    const event = await heldEvent();

    expect(await outbox.makeDueNow(10)).toBe(0);
    expect((await stored(idOf(event)))?.state).toBe('held');
  });
});

describe('importRecords', () => {
  function records(): OutboxRecord[] {
    const delivered = makeEvent();
    const held = makeEvent();
    const queued = makeEvent();

    return [
      deliverRecord(createOutboxRecord(idOf(delivered), delivered, 1000), {
        responseId: 'r-1',
        warnings: [],
        now: 2000,
      }),
      holdRecord(createOutboxRecord(idOf(held), held, 1000), {
        reason: 'refused',
        status: 400,
        now: 2000,
      }),
      createOutboxRecord(idOf(queued), queued, 1000),
    ];
  }

  it('adds records as given and counts them by state', async () => {
    const given = records();

    const result = await outbox.importRecords(given);

    expect(result).toMatchObject({
      added: { queued: 1, sending: 0, delivered: 1, held: 1 },
      skipped: 0,
    });
    expect(result.addedRecords).toEqual(given);
    expect(await stored(given[0]!.id)).toMatchObject({ state: 'delivered', responseId: 'r-1' });
    expect(await stored(given[1]!.id)).toMatchObject({ state: 'held', heldStatus: 400 });
  });

  it('changes nothing when the same records are imported again', async () => {
    const given = records();
    await outbox.importRecords(given);
    const before = await outbox.snapshot();

    const result = await outbox.importRecords(given);

    expect(result).toEqual({
      added: { queued: 0, sending: 0, delivered: 0, held: 0 },
      addedRecords: [],
      skipped: 3,
    });
    expect(await outbox.snapshot()).toEqual(before);
  });

  it('skips a record whose event id is already stored, whatever its state', async () => {
    const event = makeEvent();
    await outbox.enqueue(event, 500);
    const imported = deliverRecord(createOutboxRecord(idOf(event), event, 1000), {
      responseId: 'r-9',
      warnings: [],
      now: 2000,
    });

    const result = await outbox.importRecords([imported]);

    expect(result.skipped).toBe(1);
    expect(await stored(idOf(event))).toMatchObject({ state: 'queued', createdAt: 500 });
  });

  it('adds a record that comes twice in one import once', async () => {
    const [record] = records();

    const result = await outbox.importRecords([record!, record!]);

    expect(result).toMatchObject({
      added: { queued: 0, sending: 0, delivered: 1, held: 0 },
      skipped: 1,
    });
    expect(result.addedRecords).toEqual([record]);
  });
});
