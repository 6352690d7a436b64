import type { IDBPTransaction } from 'idb';
import { trackEventSchema, type TrackEvent } from '../contract/event';
import { fitBatch, requestBodyBytes } from '../delivery/batch';
import { createLogger } from '../logger';
import type { CaptureDatabase, CaptureSchema } from './database';
import { applyReceipts, recordReceipt, type DeliveryDetails } from './delivery-receipts';
import { inCommittedTransaction } from './committed';
import { InvalidEventError } from './errors';
import {
  createOutboxRecord,
  deliverRecord,
  holdRecord,
  leaseRecord,
  readRecordBookkeeping,
  readOutboxRecord,
  requeueEditedRecord,
  rescheduleRecord,
  type LeaseRef,
  type OutboxRecord,
  type OutboxState,
} from './outbox-record';

const log = createLogger('outbox');

const STATES: readonly OutboxState[] = ['queued', 'sending', 'delivered', 'held'];

type OutboxTransaction<Mode extends IDBTransactionMode> = IDBPTransaction<
  CaptureSchema,
  ['outbox'],
  Mode
>;

/** Result of `enqueue`: stored now, or already stored under the same event id. */
export type EnqueueResult = 'queued' | 'duplicate';

/** Options of `leaseBatch`. */
export interface LeaseOptions {
  now: number;
  /** How long the flush owns the records before another may take them back. */
  leaseMs: number;
  maxEvents: number;
  /** Bytes of the request body, `JSON.stringify(events)` in UTF-8. */
  maxBytes: number;
  /**
   * Also take over records still leased by another flush, whatever their expiry. Only for a
   * caller that holds the extension-wide flush lock: then no other flush can be running, and
   * those leases belong to a worker that was stopped. Default `false`.
   */
  takeOverLeases?: boolean;
  /**
   * Write the lease into the database (default `true`). A caller holding the flush lock
   * keeps it in memory instead: no other flush can run, and a stopped worker's records
   * simply stay queued, which is what taking over its lease would give. That saves a
   * write per event, the larger part of a 1,000-event batch's time.
   */
  recordLease?: boolean;
}

/**
 * A batch leased in memory (`recordLease: false`), and where a read that must skip it starts:
 * its records stay queued in the database while they are sent.
 */
export interface MemoryBatch {
  records: OutboxRecord[];
  /**
   * Its last queued record in the due index's order (stored due time, then id), where a read
   * after it starts; `-Infinity` and no id when it has none.
   */
  lastDueAt: number;
  lastId?: string;
}

/** Number of records in each state. */
export type OutboxCounts = Record<OutboxState, number>;

/** Options of `list`. */
export interface ListOptions {
  /** Only records in this state; default all. */
  state?: OutboxState;
  /** At most this many; default all. */
  limit?: number;
  /** Newest first instead of oldest first; default `false`. */
  newestFirst?: boolean;
}

/** The outbox: captured events waiting for, undergoing or done with delivery. */
export type Outbox = ReturnType<typeof createOutbox>;

/** Options of `createOutbox`. */
export interface OutboxOptions {
  /**
   * The caller holds the flush lock and settles records it leased in memory: they are
   * written as handed back, without reading them again. Default `false`.
   */
  ownsLeases?: boolean;
}

/** The outbox over an open capture database. */
export function createOutbox(db: CaptureDatabase, options: OutboxOptions = {}) {
  const settle = options.ownsLeases ? settleOwned : settleLeased;

  return {
    /** Stores an event under its `context.event_id`; resolves once the write is committed. */
    enqueue: (event: TrackEvent, now: number = Date.now()): Promise<EnqueueResult> =>
      enqueue(db, event, now),

    /** Leases the oldest due records that fit one request, in one transaction. */
    leaseBatch: async (options: LeaseOptions): Promise<OutboxRecord[]> =>
      (await leaseBatch(db, options)).records,

    /**
     * Leases in memory, for a caller holding the flush lock, the due records that fit one
     * request after `held`: the batches it leased this way, oldest first, whose records are
     * still queued in the database (one being sent, others delivered under a receipt not yet
     * applied). The read starts where the last of them ended and skips their records, so the
     * next batch can be read during a send. Due records that they left out (the byte limit
     * cut one short) are not read here: the next read from the start (the next flush) takes
     * them.
     */
    leaseInMemory: (
      options: Omit<LeaseOptions, 'recordLease'>,
      ...held: MemoryBatch[]
    ): Promise<MemoryBatch> => leaseBatch(db, { ...options, recordLease: false }, held),

    /**
     * Keeps the proof that the API accepted these records (a flush holding the flush lock),
     * without rewriting them: see `delivery-receipts.ts`.
     */
    recordReceipt: (refs: readonly LeaseRef[], details: DeliveryDetails): Promise<void> =>
      recordReceipt(db, refs, details),

    /** Marks delivered the records of every stored receipt; under the flush lock only. */
    applyReceipts: (): Promise<number> => applyReceipts(db),

    /** Marks leased records delivered; returns how many were still under that lease. */
    markDelivered: (
      refs: readonly LeaseRef[],
      details: { responseId: string; warnings: string[]; now: number },
    ): Promise<number> => settle(db, refs, (record) => deliverRecord(record, details)),

    /** Sets leased records aside for good; returns how many were still under that lease. */
    markHeld: (
      refs: readonly LeaseRef[],
      details: { reason: string; status?: number; now: number },
    ): Promise<number> => settle(db, refs, (record) => holdRecord(record, details)),

    /** Queues leased records again; returns how many were still under that lease. */
    reschedule: (
      refs: readonly LeaseRef[],
      details: { nextAttemptAt: number; error: string; countAttempt?: boolean },
    ): Promise<number> => settle(db, refs, (record) => rescheduleRecord(record, details)),

    /** Number of records in each state. */
    counts: (): Promise<OutboxCounts> => counts(db),

    /** Readable records, oldest first unless asked otherwise; unreadable ones are skipped. */
    list: (options: ListOptions = {}): Promise<OutboxRecord[]> => list(db, options),

    /** When the next record is due: the earliest queued retry or expiring lease. */
    nextDueAt: (): Promise<number | undefined> => nextDueAt(db),

    /** Deletes delivered records captured before `before`; returns how many. */
    purgeDelivered: (before: number): Promise<number> => purgeDelivered(db, before),

    /**
     * Every record (or those in one state), newest capture first, in one read. For the
     * history, which searches them in memory and checks the few it shows.
     */
    snapshot: (state?: OutboxState): Promise<ListedRecord[]> => snapshot(db, state),

    /**
     * The newest records from `offset` (in one state or all), reading no more than
     * `offset + limit` per state; in the order of `snapshot`.
     */
    newest: (options: NewestOptions): Promise<ListedRecord[]> => newest(db, options),

    /** Deletes records by id, except those leased to a flush; says what it did. */
    remove: (ids: readonly string[]): Promise<RemoveResult> => remove(db, ids),

    /** Queues a held record again with its corrected event (see `requeueEditedRecord`). */
    requeueHeld: (id: string, event: TrackEvent, now: number): Promise<RequeueResult> =>
      requeueHeld(db, id, event, now),

    /** Makes queued records waiting for a later retry due at `now`; returns how many. */
    makeDueNow: (now: number): Promise<number> => makeDueNow(db, now),

    /**
     * Adds records as they are given, skipping any whose id is already stored (or comes
     * twice), so importing the same records again changes nothing.
     */
    importRecords: (records: readonly OutboxRecord[]): Promise<ImportResult> =>
      importRecords(db, records),
  };
}

/**
 * A stored record as the history lists it: its id, state and capture time checked (they
 * order and filter the list), the rest as stored, to be checked by whoever shows it.
 * Checking every field of 10,000 records took longer than reading them.
 */
export interface ListedRecord {
  id: string;
  state: OutboxState;
  createdAt: number;
  [field: string]: unknown;
}

/** Options of `newest`. */
export interface NewestOptions {
  /** Only records in this state; default all. */
  state?: OutboxState;
  offset: number;
  limit: number;
}

/** What `remove` did: deleted, leased to a flush (left alone), or not stored. */
export interface RemoveResult {
  deleted: number;
  sending: number;
  missing: number;
}

/** What `requeueHeld` did; a record no longer held is left as it is. */
export type RequeueResult = 'requeued' | 'not-found' | 'not-held' | 'not-the-same-event';

/** What `importRecords` did: records added by state, and records skipped as already stored. */
export interface ImportResult {
  added: OutboxCounts;
  /** The records added, as stored. */
  addedRecords: OutboxRecord[];
  skipped: number;
}

async function enqueue(db: CaptureDatabase, event: TrackEvent, now: number) {
  const parsed = trackEventSchema.safeParse(event);
  if (!parsed.success) {
    throw new InvalidEventError(parsed.error.issues.map((issue) => issue.path.join('.')));
  }
  const id = parsed.data.context?.event_id;
  if (id === undefined) throw new InvalidEventError(['context.event_id']);

  // A capture is flushed to disk before "Saved" is answered (`strict`): browsers default to
  // relaxed durability, which a power cut right after the answer could undo.
  return inTransaction(
    db,
    'readwrite',
    async (tx): Promise<EnqueueResult> => {
      // Both steps share one readwrite transaction, so no other writer can slip in between.
      if ((await tx.store.getKey(id)) !== undefined) return 'duplicate';
      await tx.store.add(createOutboxRecord(id, parsed.data, now));

      return 'queued';
    },
    { durability: 'strict' },
  );
}

async function leaseBatch(
  db: CaptureDatabase,
  options: LeaseOptions,
  held: readonly MemoryBatch[] = [],
): Promise<MemoryBatch> {
  return inTransaction(db, 'readwrite', async (tx) => {
    const batch = await pickBatch(tx, options, held);
    const token = crypto.randomUUID();
    const expiresAt = options.now + options.leaseMs;
    const leased = batch.map((record) => leaseRecord(record, token, expiresAt));
    const result = { records: leased, ...readPosition(batch) };
    if (options.recordLease === false) return result;
    // Issued together: awaiting each write in turn costs a round trip to the browser's
    // IndexedDB process per record, which dominated the time of a 1,000-event batch.
    await Promise.all(leased.map((record) => tx.store.put(record)));

    return result;
  });
}

/** Where a read that skips `batch` (records as stored, before the lease) starts. */
function readPosition(batch: readonly OutboxRecord[]): Omit<MemoryBatch, 'records'> {
  const positions = batch
    .filter((record) => record.state === 'queued')
    .map((record) => ({ lastDueAt: record.nextAttemptAt, lastId: record.id }));

  return positions.reduce(latestPosition, { lastDueAt: -Infinity });
}

/** The later of two read positions, in the due index's order. */
function latestPosition(a: Omit<MemoryBatch, 'records'>, b: Omit<MemoryBatch, 'records'>) {
  if (a.lastDueAt !== b.lastDueAt) return a.lastDueAt > b.lastDueAt ? a : b;
  // IndexedDB orders string keys by UTF-16 code units, as `<` does.
  return (a.lastId ?? '') >= (b.lastId ?? '') ? a : b;
}

/**
 * The due records that fit one request, holding on the way those that never can. When a whole
 * read was set aside it reads again, so held records cannot hide due ones behind them.
 */
async function pickBatch(
  tx: OutboxTransaction<'readwrite'>,
  options: LeaseOptions,
  held: readonly MemoryBatch[],
) {
  for (;;) {
    const due = await readDue(tx, options, held);
    const plan = fitBatch(due.readable, options);
    for (const record of plan.oversized) await tx.store.put(holdOversized(record, options));

    const setAside = plan.oversized.length + due.unreadable;
    if (plan.batch.length > 0 || setAside === 0) return plan.batch;
  }
}

/**
 * Due queued records and abandoned leases, oldest capture first; unreadable ones held. After
 * `held` batches, queued records are read from where the latest of them ended, and their
 * records are skipped.
 */
async function readDue(
  tx: OutboxTransaction<'readwrite'>,
  options: LeaseOptions,
  held: readonly MemoryBatch[],
) {
  const index = tx.store.index('by-state-next-attempt');
  const skipped = new Set(held.flatMap((batch) => batch.records.map((record) => record.id)));
  const after = held.reduce(latestPosition, { lastDueAt: -Infinity });
  const stored = [
    ...(after.lastId === undefined
      ? await index.getAll(dueRange('queued', options.now), options.maxEvents)
      : await readQueuedAfter(index, { due: after.lastDueAt, id: after.lastId }, options)),
    ...(await index.getAll(
      dueRange('sending', options.takeOverLeases ? Infinity : options.now),
      options.maxEvents + skipped.size,
    )),
  ].filter((value) => !skipped.has((value as { id?: unknown }).id as string));

  const readable: OutboxRecord[] = [];
  let unreadable = 0;
  for (const value of stored) {
    const result = readRecordBookkeeping(value);
    if (result.ok) {
      readable.push(result.record);
      continue;
    }
    await quarantineUnreadable(tx, value, result.reason, options.now);
    unreadable += 1;
  }
  readable.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));

  return { readable, unreadable };
}

function dueRange(state: OutboxState, now: number): IDBKeyRange {
  return IDBKeyRange.bound([state, -Infinity], [state, now]);
}

type DueIndex = ReturnType<OutboxTransaction<'readwrite'>['store']['index']>;

/**
 * Up to `maxEvents` queued records due after `after` in the index's order: first the rest of
 * those due at the same moment (a rescheduled or imported batch shares one due time), then
 * the later ones. Reading on from the position, rather than again from the due time and
 * skipping, keeps each read the size of a batch however many records share that moment.
 */
async function readQueuedAfter(
  index: DueIndex,
  after: { due: number; id: string },
  options: LeaseOptions,
): Promise<unknown[]> {
  // A clock set back between two reads leaves nothing due after the position.
  if (after.due > options.now) return [];
  const values: unknown[] = [];
  // `getAll` cannot start inside one index key; a cursor can, by primary key.
  let cursor = await index.openCursor(IDBKeyRange.only(['queued', after.due]));
  if (cursor && String(cursor.primaryKey) < after.id) {
    cursor = await cursor.continuePrimaryKey(['queued', after.due], after.id);
  }
  if (cursor && String(cursor.primaryKey) === after.id) cursor = await cursor.continue();
  while (cursor && values.length < options.maxEvents) {
    values.push(cursor.value);
    cursor = await cursor.continue();
  }
  if (values.length >= options.maxEvents || after.due === options.now) return values;
  const later = IDBKeyRange.bound(['queued', after.due], ['queued', options.now], true, false);

  return [...values, ...(await index.getAll(later, options.maxEvents - values.length))];
}

/** Holds a record no version can read, so it stops coming back at every lease. */
async function quarantineUnreadable(
  tx: OutboxTransaction<'readwrite'>,
  value: unknown,
  reason: string,
  now: number,
) {
  log.warn(`holding an ${reason}`);
  await tx.store.put({ ...(value as object), state: 'held', heldReason: reason, heldAt: now });
}

function holdOversized(record: OutboxRecord, options: LeaseOptions): OutboxRecord {
  const bytes = formatCount(requestBodyBytes([record.sizeBytes]));
  const limit = formatCount(options.maxBytes);
  const reason = `event is ${bytes} bytes, over the ${limit}-byte request limit`;
  log.warn(`holding event ${record.id}: ${reason}`);

  return holdRecord(record, { reason, now: options.now });
}

function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/**
 * Writes `change` of each record as handed back, in one transaction, for a caller that owns
 * its leases (see `OutboxOptions.ownsLeases`). A bare ref cannot be written blind, so it
 * goes the checked way.
 */
async function settleOwned(
  db: CaptureDatabase,
  refs: readonly LeaseRef[],
  change: (record: OutboxRecord) => OutboxRecord,
): Promise<number> {
  if (!refs.every((ref): ref is OutboxRecord => 'event' in ref)) {
    return settleLeased(db, refs, change);
  }

  return inTransaction(db, 'readwrite', async (tx) => {
    await Promise.all(refs.map((record) => tx.store.put(change(record))));

    return refs.length;
  });
}

/** Applies `change` to each record still leased under the ref's token, in one transaction. */
async function settleLeased(
  db: CaptureDatabase,
  refs: readonly LeaseRef[],
  change: (record: OutboxRecord) => OutboxRecord,
): Promise<number> {
  return inTransaction(db, 'readwrite', async (tx) => {
    // Reads and writes are issued together rather than one round trip per record.
    const stored = await Promise.all(refs.map((ref) => tx.store.get(ref.id)));
    const writes = refs.flatMap((ref, index) => {
      const result = readRecordBookkeeping(stored[index]);
      // A lease that expired and was taken by another flush is no longer ours to settle.
      if (!result.ok || !isLeasedBy(result.record, ref)) {
        log.debug(`not settling ${ref.id}: its lease is gone`);
        return [];
      }
      return [tx.store.put(change(result.record))];
    });
    await Promise.all(writes);

    return writes.length;
  });
}

function isLeasedBy(record: OutboxRecord, ref: LeaseRef): boolean {
  return (
    record.state === 'sending' &&
    ref.leaseToken !== undefined &&
    record.leaseToken === ref.leaseToken
  );
}

async function counts(db: CaptureDatabase): Promise<OutboxCounts> {
  return inTransaction(db, 'readonly', async (tx) => {
    const index = tx.store.index('by-state-created');
    const result: OutboxCounts = { queued: 0, sending: 0, delivered: 0, held: 0 };
    for (const state of STATES) result[state] = await index.count(stateRange(state));

    return result;
  });
}

function stateRange(state: OutboxState): IDBKeyRange {
  return IDBKeyRange.bound([state, -Infinity], [state, Infinity]);
}

async function list(db: CaptureDatabase, options: ListOptions): Promise<OutboxRecord[]> {
  const stored = await inTransaction(db, 'readonly', async (tx) => {
    const index = tx.store.index('by-state-created');
    const range = options.state ? stateRange(options.state) : undefined;
    const values: unknown[] = [];
    let cursor = await index.openCursor(range, options.newestFirst ? 'prev' : 'next');
    while (cursor && values.length < (options.limit ?? Infinity)) {
      values.push(cursor.value);
      cursor = await cursor.continue();
    }

    return values;
  });

  return readableOnly(stored);
}

function readableOnly(values: readonly unknown[]): OutboxRecord[] {
  const records: OutboxRecord[] = [];
  for (const value of values) {
    const result = readOutboxRecord(value);
    if (result.ok) records.push(result.record);
    else log.warn(`skipping an ${result.reason}`);
  }

  return records;
}

async function nextDueAt(db: CaptureDatabase): Promise<number | undefined> {
  return inTransaction(db, 'readonly', async (tx) => {
    const index = tx.store.index('by-state-next-attempt');
    const queued = await index.openKeyCursor(stateRange('queued'));
    const sending = await index.openKeyCursor(stateRange('sending'));
    const times = [queued?.key[1], sending?.key[1]].filter((time) => time !== undefined);

    return times.length > 0 ? Math.min(...times) : undefined;
  });
}

async function purgeDelivered(db: CaptureDatabase, before: number): Promise<number> {
  return inTransaction(db, 'readwrite', async (tx) => {
    const range = IDBKeyRange.bound(['delivered', -Infinity], ['delivered', before], false, true);
    let cursor = await tx.store.index('by-state-created').openCursor(range);
    let deleted = 0;
    while (cursor) {
      await cursor.delete();
      deleted += 1;
      cursor = await cursor.continue();
    }

    return deleted;
  });
}

async function snapshot(db: CaptureDatabase, state?: OutboxState): Promise<ListedRecord[]> {
  // One `getAll` rather than a cursor: a cursor costs a round trip per record.
  const stored = await inTransaction(db, 'readonly', (tx) =>
    state === undefined
      ? tx.store.getAll()
      : tx.store.index('by-state-created').getAll(stateRange(state)),
  );

  return listed(stored).sort(newestFirst);
}

async function newest(db: CaptureDatabase, options: NewestOptions): Promise<ListedRecord[]> {
  const wanted = options.offset + options.limit;
  const stored = await inTransaction(db, 'readonly', async (tx) => {
    const index = tx.store.index('by-state-created');
    const values: unknown[] = [];
    for (const state of options.state ? [options.state] : STATES) {
      // `prev` walks [state, createdAt] then the id downwards: `newestFirst`'s order.
      let cursor = await index.openCursor(stateRange(state), 'prev');
      for (let count = 0; cursor && count < wanted; count += 1) {
        values.push(cursor.value);
        cursor = await cursor.continue();
      }
    }
    return values;
  });

  return listed(stored).sort(newestFirst).slice(options.offset, wanted);
}

function listed(values: readonly unknown[]): ListedRecord[] {
  return values.filter((value): value is ListedRecord => {
    const record = value as Partial<ListedRecord> | null;
    return (
      typeof record?.id === 'string' &&
      typeof record.createdAt === 'number' &&
      STATES.includes(record.state as OutboxState)
    );
  });
}

/** Newest capture first; among captures of the same millisecond, the greater id first. */
function newestFirst(a: ListedRecord, b: ListedRecord): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

async function remove(db: CaptureDatabase, ids: readonly string[]): Promise<RemoveResult> {
  return inTransaction(db, 'readwrite', async (tx) => {
    const result: RemoveResult = { deleted: 0, sending: 0, missing: 0 };
    const stored = await Promise.all(ids.map((id) => tx.store.get(id)));
    const deletes = ids.flatMap((id, index) => {
      const value = stored[index] as { state?: unknown } | undefined;
      if (value === undefined) result.missing += 1;
      // A flush owns a leased record until it settles it; deleting it under the flush would
      // only see it written back. A flush holding the lock keeps its lease in memory, where
      // this cannot see it: the background deletes only while it holds that lock itself.
      else if (value.state === 'sending') result.sending += 1;
      else return [tx.store.delete(id)];
      return [];
    });
    await Promise.all(deletes);
    result.deleted = deletes.length;

    return result;
  });
}

async function requeueHeld(
  db: CaptureDatabase,
  id: string,
  event: TrackEvent,
  now: number,
): Promise<RequeueResult> {
  const parsed = trackEventSchema.safeParse(event);
  if (!parsed.success) {
    throw new InvalidEventError(parsed.error.issues.map((issue) => issue.path.join('.')));
  }
  if (parsed.data.context?.event_id !== id) return 'not-the-same-event';

  return inTransaction(
    db,
    'readwrite',
    async (tx): Promise<RequeueResult> => {
      const stored = await tx.store.get(id);
      if (stored === undefined) return 'not-found';
      const result = readRecordBookkeeping(stored);
      if (!result.ok || result.record.state !== 'held') return 'not-held';
      if (result.record.event.event_name !== parsed.data.event_name) return 'not-the-same-event';
      await tx.store.put(requeueEditedRecord(result.record, parsed.data, now));

      return 'requeued';
    },
    { durability: 'strict' },
  );
}

async function makeDueNow(db: CaptureDatabase, now: number): Promise<number> {
  return inTransaction(db, 'readwrite', async (tx) => {
    // Only records due later: a due one may be in a flush's in-memory lease right now.
    const later = IDBKeyRange.bound(['queued', now], ['queued', Infinity], true, false);
    let cursor = await tx.store.index('by-state-next-attempt').openCursor(later);
    let changed = 0;
    while (cursor) {
      await cursor.update({ ...(cursor.value as object), nextAttemptAt: now });
      changed += 1;
      cursor = await cursor.continue();
    }

    return changed;
  });
}

async function importRecords(
  db: CaptureDatabase,
  records: readonly OutboxRecord[],
): Promise<ImportResult> {
  return inTransaction(
    db,
    'readwrite',
    async (tx) => {
      const added: OutboxCounts = { queued: 0, sending: 0, delivered: 0, held: 0 };
      const stored = await Promise.all(records.map((record) => tx.store.getKey(record.id)));
      const seen = new Set<string>();
      const addedRecords = records.filter((record, index) => {
        if (stored[index] !== undefined || seen.has(record.id)) return false;
        seen.add(record.id);
        added[record.state] += 1;
        return true;
      });
      await Promise.all(addedRecords.map((record) => tx.store.add(record)));

      return { added, addedRecords, skipped: records.length - addedRecords.length };
    },
    { durability: 'strict' },
  );
}

/** Runs `work` in one outbox transaction and resolves after its commit. */
function inTransaction<Mode extends IDBTransactionMode, T>(
  db: CaptureDatabase,
  mode: Mode,
  work: (tx: OutboxTransaction<Mode>) => Promise<T>,
  options: { durability?: 'default' | 'strict' | 'relaxed' } = {},
): Promise<T> {
  return inCommittedTransaction(
    () => db.transaction(['outbox'], mode, options) as unknown as OutboxTransaction<Mode>,
    work,
  );
}
