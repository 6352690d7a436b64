import type { IDBPObjectStore } from 'idb';
import { z } from 'zod';
import { createLogger } from '../logger';
import type { CaptureDatabase, CaptureSchema } from './database';
import { inCommittedTransaction } from './committed';
import { deliverRecord, readRecordBookkeeping, type LeaseRef } from './outbox-record';

const log = createLogger('outbox');

/**
 * A flush holding the flush lock does not rewrite each delivered record while it sends: a
 * write per event (about 150 ms for 1,000 on a 2-core machine) would hold up the next
 * request. It writes one receipt per accepted request instead, in a store of its own, and
 * applies the receipts to the outbox when its sends are over, or, after a worker was
 * stopped, when the next flush starts. A receipt is durable proof of delivery: its events
 * are never sent again, though they stay `queued` in the outbox until it is applied.
 */
const receiptSchema = z.object({
  ids: z.array(z.string()),
  responseId: z.string(),
  warnings: z.array(z.string()),
  deliveredAt: z.number(),
});

/** What the API answered for the events of one request. */
export interface DeliveryDetails {
  responseId: string;
  warnings: string[];
  now: number;
}

/** Stores the receipt of one accepted request; resolves once it is committed. */
export async function recordReceipt(
  db: CaptureDatabase,
  refs: readonly LeaseRef[],
  details: DeliveryDetails,
): Promise<void> {
  const receipt: z.infer<typeof receiptSchema> = {
    ids: refs.map((ref) => ref.id),
    responseId: details.responseId,
    warnings: details.warnings,
    deliveredAt: details.now,
  };
  await inCommittedTransaction(
    () => db.transaction('receipts', 'readwrite'),
    (tx) => tx.store.put(receipt, crypto.randomUUID()),
  );
}

/**
 * Marks delivered the records of every stored receipt, then deletes the receipts, in one
 * transaction. Only a caller holding the flush lock may call it. A record no longer queued
 * or leased (deleted, say) is left as it is. Returns how many records it marked.
 */
export function applyReceipts(db: CaptureDatabase): Promise<number> {
  return inCommittedTransaction(
    () => db.transaction(['outbox', 'receipts'], 'readwrite'),
    async (tx) => {
      const outbox = tx.objectStore('outbox');
      const receipts = tx.objectStore('receipts');
      const [keys, values] = await Promise.all([receipts.getAllKeys(), receipts.getAll()]);
      let marked = 0;
      for (const [index, value] of values.entries()) {
        const receipt = receiptSchema.safeParse(value);
        if (!receipt.success) {
          log.warn('an unreadable delivery receipt is dropped; its events may be sent again');
        } else {
          marked += await applyReceipt(outbox, receipt.data);
        }
        await receipts.delete(keys[index]!);
      }
      return marked;
    },
  );
}

type OutboxStore = IDBPObjectStore<CaptureSchema, ['outbox', 'receipts'], 'outbox', 'readwrite'>;

async function applyReceipt(outbox: OutboxStore, receipt: z.infer<typeof receiptSchema>) {
  const details = { ...receipt, now: receipt.deliveredAt };
  // Issued together: one round trip to the IndexedDB process per record would add up.
  const stored = await Promise.all(receipt.ids.map((id) => outbox.get(id)));
  const writes = stored.flatMap((value) => {
    const result = readRecordBookkeeping(value);
    if (!result.ok) return [];
    const { record } = result;
    if (record.state !== 'queued' && record.state !== 'sending') return [];
    // A lease kept in memory was never written, nor its attempt counted.
    const attempts = record.state === 'queued' ? record.attempts + 1 : record.attempts;
    return [outbox.put(deliverRecord({ ...record, attempts }, details))];
  });
  await Promise.all(writes);

  return writes.length;
}
