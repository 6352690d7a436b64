import { isQuotaError, StorageFullError } from './errors';

/** What `inCommittedTransaction` needs of an (idb-wrapped) transaction. */
interface CommittableTransaction {
  done: Promise<void>;
  abort(): void;
}

/**
 * Opens a transaction, runs `work` in it and resolves after the commit (`tx.done`), so a
 * caller never hears "stored" for a write the browser could still drop. On any failure the
 * transaction is aborted, so half of `work` is never committed, and a quota error becomes
 * a `StorageFullError`.
 */
export async function inCommittedTransaction<Tx extends CommittableTransaction, T>(
  open: () => Tx,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  let tx: Tx | undefined;
  try {
    tx = open();
    const [result] = await Promise.all([work(tx), tx.done]);
    return result;
  } catch (error) {
    if (tx) abortQuietly(tx);
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted: nothing left to undo.
  }
}
