import type { CaptureDatabase } from './database';

/** What `eraseCaptureDatabase` removed that matters to the user. */
export interface EraseSummary {
  /** Events that were queued, being sent or held back: never delivered, now gone. */
  undelivered: number;
}

/** Every delivered record of the `by-state-created` index. */
const DELIVERED = IDBKeyRange.bound(['delivered', -Infinity], ['delivered', Infinity]);

/**
 * Empties every store of the capture database in one transaction: the outbox and its
 * history, drafts, profile memory, last captures, captured accounts, settings (with the
 * credential) and the delivery pause. Every store is cleared, not a list of known ones, so
 * stores added later go too. The database itself stays (open connections keep working),
 * empty as after a fresh install.
 */
export async function eraseCaptureDatabase(db: CaptureDatabase): Promise<EraseSummary> {
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readwrite');
  const outbox = tx.objectStore('outbox');
  // An unreadable record has no usable state; it was never delivered either.
  const [all, delivered] = await Promise.all([
    outbox.count(),
    outbox.index('by-state-created').count(DELIVERED),
  ]);
  await Promise.all([...names.map((name) => tx.objectStore(name).clear()), tx.done]);

  return { undelivered: all - delivered };
}
