import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaptureDatabase } from '../../../lib/storage/database';
import { applyReceipts, recordReceipt } from '../../../lib/storage/delivery-receipts';
import { createOutbox, type Outbox } from '../../../lib/storage/outbox';
import { idOf, makeEvent, openTestDatabase } from './make-event';

const NOW = 1_000_000;
const LEASE = { now: NOW, leaseMs: 60_000, maxEvents: 10, maxBytes: 1_000_000 };
const ACCEPTED = { responseId: 'resp-1', warnings: ['one warning'], now: NOW + 5 };

let db: CaptureDatabase;
let outbox: Outbox;

beforeEach(async () => {
  db = await openTestDatabase();
  outbox = createOutbox(db);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => db.close());

async function queue(count: number): Promise<string[]> {
  const events = Array.from({ length: count }, () => makeEvent());
  for (const event of events) await outbox.enqueue(event, NOW - 10);
  return events.map(idOf);
}

describe('delivery receipts', () => {
  it('leave the outbox as it is until applied, then mark each record delivered', async () => {
    const ids = await queue(3);

    await recordReceipt(
      db,
      ids.map((id) => ({ id })),
      ACCEPTED,
    );
    const before = await outbox.counts();
    const marked = await applyReceipts(db);

    expect(before).toMatchObject({ queued: 3, delivered: 0 });
    expect(marked).toBe(3);
    expect(await db.count('receipts')).toBe(0);
    const [record] = await outbox.list({ state: 'delivered' });
    expect(record).toMatchObject({
      responseId: 'resp-1',
      warnings: ['one warning'],
      deliveredAt: NOW + 5,
      // The send counted, though its lease was only ever in memory.
      attempts: 1,
    });
  });

  it('count a lease written to the database once, and drop its lease fields', async () => {
    const ids = await queue(1);
    await outbox.leaseBatch({ ...LEASE, recordLease: true });

    await recordReceipt(
      db,
      ids.map((id) => ({ id })),
      ACCEPTED,
    );
    await applyReceipts(db);

    const [record] = await outbox.list({ state: 'delivered' });
    expect(record?.attempts).toBe(1);
    expect(record).not.toHaveProperty('leaseToken');
  });

  it('bring back no deleted record and leave a held one held', async () => {
    const [deleted, held, queued] = await queue(3);
    await outbox.remove([deleted!]);
    const [heldRecord] = (await outbox.list()).filter((record) => record.id === held);
    const owner = createOutbox(db, { ownsLeases: true });
    await owner.markHeld([heldRecord!], { reason: 'refused', status: 400, now: NOW });

    await recordReceipt(db, [{ id: deleted! }, { id: held! }, { id: queued! }], ACCEPTED);
    const marked = await applyReceipts(db);

    expect(marked).toBe(1);
    expect(await outbox.counts()).toEqual({ queued: 0, sending: 0, delivered: 1, held: 1 });
  });

  it('drop an unreadable receipt with a warning, applying the others', async () => {
    const ids = await queue(2);
    await db.put('receipts', { ids: 'not a list' }, 'broken');
    await recordReceipt(db, [{ id: ids[0]! }], ACCEPTED);

    const marked = await applyReceipts(db);

    expect(marked).toBe(1);
    expect(await db.count('receipts')).toBe(0);
    expect(console.warn).toHaveBeenCalled();
  });
});
