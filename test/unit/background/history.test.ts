import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { readDeliveryBlock } from '../../../lib/background/delivery-block';
import {
  handleBackgroundRequest,
  type BackgroundServices,
} from '../../../lib/background/handle-request';
import { MAX_EVENTS_PER_REQUEST, MAX_REQUEST_BYTES } from '../../../lib/contract/limits';
import { toHistoryExport } from '../../../lib/history/export-file';
import { historyRecordSchema } from '../../../lib/history/history-record';
import {
  backgroundRequestSchema,
  backgroundResponseSchemas,
  type BackgroundRequest,
} from '../../../lib/messages';
import type { CaptureDatabase } from '../../../lib/storage/database';
import { createOutbox } from '../../../lib/storage/outbox';
import { idOf, makeEvent, openTestDatabase } from '../storage/make-event';

const LEASE = { leaseMs: 60_000, maxEvents: MAX_EVENTS_PER_REQUEST, maxBytes: MAX_REQUEST_BYTES };

let db: CaptureDatabase;
let services: BackgroundServices;
let scheduleFlush: Mock<BackgroundServices['scheduleFlush']>;

beforeEach(async () => {
  db = await openTestDatabase();
  scheduleFlush = vi.fn<BackgroundServices['scheduleFlush']>();
  services = {
    db,
    outbox: createOutbox(db),
    scheduleFlush,
    flushNow: vi.fn(async () => {}),
    deliveryBlock: (settings) => readDeliveryBlock(db, settings),
    sendTestEvent: vi.fn(async () => ({ ok: false, body: 'not sent' })),
    settingsChanged: vi.fn(async () => {}),
  };
});

afterEach(() => db.close());

/** Sends a request as the background does: validated first, the answer validated too. */
async function ask<T extends BackgroundRequest>(request: T) {
  const parsed = backgroundRequestSchema.parse(request) as T;
  const answer = await handleBackgroundRequest(parsed, services);

  return backgroundResponseSchemas[request.type].parse(answer) as typeof answer;
}

async function queue(count: number, name = 'Ada Lovelace') {
  const events = Array.from({ length: count }, () => makeEvent({ name }));
  for (const [index, event] of events.entries()) await services.outbox.enqueue(event, 1000 + index);

  return events;
}

describe('history.page', () => {
  it('answers the newest matching captures, how many match, and the counts', async () => {
    await queue(3, 'Ada Lovelace');
    const graces = await queue(60, 'Grace Hopper');

    const page = await ask({ type: 'history.page', query: 'grace', offset: 50, limit: 50 });

    expect(page.total).toBe(60);
    expect(page.offset).toBe(50);
    expect(page.records.map((record) => record.id)).toEqual(
      graces.slice(0, 10).reverse().map(idOf),
    );
    expect(page.counts).toEqual({ queued: 63, sending: 0, delivered: 0, held: 0 });
  });

  it('filters by state', async () => {
    await queue(2);

    const page = await ask({
      type: 'history.page',
      query: '',
      state: 'held',
      offset: 0,
      limit: 50,
    });

    expect(page).toMatchObject({ total: 0, records: [] });
  });

  it('leaves out a record it cannot read, searched or not', async () => {
    await queue(1);
    await db.put('outbox', { id: 'broken', state: 'queued', createdAt: 99_999, event: 'x' });

    const page = await ask({ type: 'history.page', query: '', offset: 0, limit: 10 });
    const found = await ask({ type: 'history.page', query: 'broken', offset: 0, limit: 10 });

    expect(page.records).toHaveLength(1);
    expect(found.records).toEqual([]);
  });

  it('leaves the lease bookkeeping out of what the page sees', async () => {
    await queue(1);
    await services.outbox.leaseBatch({ ...LEASE, now: 5000 });

    const page = await ask({ type: 'history.page', query: '', offset: 0, limit: 10 });

    expect(page.records[0]).not.toHaveProperty('leaseToken');
    expect(page.records[0]?.state).toBe('sending');
  });
});

describe('history.export', () => {
  it('answers every matching capture, not one page', async () => {
    await queue(250, 'Grace Hopper');
    await queue(5, 'Ada Lovelace');

    const { records } = await ask({ type: 'history.export', query: 'hopper' });

    expect(records).toHaveLength(250);
  });
});

describe('history.retry', () => {
  it('makes waiting captures due and asks for a flush now', async () => {
    await queue(1);
    const leased = await services.outbox.leaseBatch({ ...LEASE, now: 2000 });
    await services.outbox.reschedule(leased, {
      nextAttemptAt: Date.now() + 600_000,
      error: 'answered 503',
    });

    const answer = await ask({ type: 'history.retry' });

    expect(answer).toEqual({ madeDue: 1 });
    expect(scheduleFlush).toHaveBeenCalledWith(0);
  });
});

describe('history.delete', () => {
  it('deletes the captures named', async () => {
    const [first, second] = await queue(2);

    const answer = await ask({ type: 'history.delete', ids: [idOf(first!)] });

    expect(answer).toEqual({ deleted: 1, sending: 0, missing: 0 });
    expect((await services.outbox.snapshot()).map((record) => record.id)).toEqual([idOf(second!)]);
  });

  it('deletes only once no flush is running, as a flush keeps its lease in memory', async () => {
    const [event] = await queue(1);
    const order: string[] = [];
    services.underFlushLock = async (work) => {
      order.push('lock taken');
      const result = await work();
      order.push('lock released');
      return result;
    };

    await ask({ type: 'history.delete', ids: [idOf(event!)] });

    expect(order).toEqual(['lock taken', 'lock released']);
    expect(await services.outbox.snapshot()).toEqual([]);
  });
});

describe('history.resend', () => {
  async function held() {
    const [event] = await queue(1);
    const leased = await services.outbox.leaseBatch({ ...LEASE, now: 2000 });
    await services.outbox.markHeld(leased, { reason: 'refused', status: 400, now: 3000 });

    return event!;
  }

  it('queues the corrected event and asks for a flush now', async () => {
    const event = await held();

    const answer = await ask({
      type: 'history.resend',
      id: idOf(event),
      event: { ...event, user_id: 'corrected' },
    });

    expect(answer).toEqual({ ok: true });
    expect(scheduleFlush).toHaveBeenCalledWith(0);
    expect(await services.outbox.counts()).toMatchObject({ queued: 1, held: 0 });
  });

  it('says why when the capture is no longer held', async () => {
    const event = await held();
    await services.outbox.remove([idOf(event)]);

    const answer = await ask({ type: 'history.resend', id: idOf(event), event });

    expect(answer).toEqual({ ok: false, error: 'this capture is no longer in the outbox' });
    expect(scheduleFlush).not.toHaveBeenCalled();
  });

  it('never accepts an event the contract rejects', () => {
    const event = { ...makeEvent(), timestamp: 'yesterday' };

    const parsed = backgroundRequestSchema.safeParse({ type: 'history.resend', id: 'x', event });

    expect(parsed.success).toBe(false);
  });
});

describe('history.import', () => {
  async function exportedRecords() {
    await queue(2);
    const leased = await services.outbox.leaseBatch({ ...LEASE, now: 2000 });
    await services.outbox.markDelivered(leased.slice(0, 1), {
      responseId: 'resp-1',
      warnings: [],
      now: 3000,
    });
    await services.outbox.markHeld(leased.slice(1), { reason: 'refused', status: 400, now: 3000 });
    await queue(1);
    const records = (await services.outbox.snapshot()).map((record) =>
      historyRecordSchema.parse(record),
    );

    return toHistoryExport(records, new Date()).records;
  }

  it('restores history, requeues the rest, and skips it all the second time', async () => {
    const records = await exportedRecords();
    const fresh = await openTestDatabase();
    services = { ...services, db: fresh, outbox: createOutbox(fresh) };

    const first = await ask({ type: 'history.import', records });
    const second = await ask({ type: 'history.import', records });

    // Captured in 1970 by the helper: the delivered one is past the 30-day retention.
    expect(first).toEqual({ restored: 2, requeued: 1, skipped: 0, expiring: 1, retentionDays: 30 });
    expect(second).toEqual({
      restored: 0,
      requeued: 0,
      skipped: 3,
      expiring: 0,
      retentionDays: 30,
    });
    expect(await services.outbox.counts()).toEqual({
      queued: 1,
      sending: 0,
      delivered: 1,
      held: 1,
    });
    expect(scheduleFlush).toHaveBeenCalledTimes(1);
    fresh.close();
  });

  it('refuses an import of no record', () => {
    expect(backgroundRequestSchema.safeParse({ type: 'history.import', records: [] }).success).toBe(
      false,
    );
  });
});
