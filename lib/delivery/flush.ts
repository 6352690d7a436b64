import { MAX_EVENTS_PER_REQUEST, MAX_REQUEST_BYTES } from '../contract/limits';
import { createLogger } from '../logger';
import { credentialHeaders, isConfigured, type Settings } from '../settings';
import type { CaptureDatabase } from '../storage/database';
import { createOutbox, type MemoryBatch, type Outbox } from '../storage/outbox';
import type { OutboxRecord } from '../storage/outbox-record';
import { backoffDelayMs } from './backoff';
import { classifyFailure, type FailureAction } from './classify';
import { readPause, settingsFingerprint, writePause, type PauseState } from './pause';
import { DEFAULT_TIMEOUT_MS, sendBatch, type FetchFunction } from './track-client';

const log = createLogger('delivery');

/** Default lease: long enough for a batch split down to one event at 20 s per request. */
export const DEFAULT_LEASE_MS = 10 * 60_000;

/** Default request budget of one flush, so a flush always ends. */
export const DEFAULT_MAX_REQUESTS = 50;

/** What one flush needs. Only `db` and `settings` are required. */
export interface FlushDeps {
  db: CaptureDatabase;
  /** The current settings; the flush does nothing unless they are configured. */
  settings: Settings;
  /** Default `globalThis.fetch`. */
  fetch?: FetchFunction;
  /** Default `Date.now`. */
  now?: () => number;
  /** Jitter source of the backoff; default `Math.random`. */
  random?: () => number;
  /** Default `DEFAULT_LEASE_MS` (10 minutes). */
  leaseMs?: number;
  /** Per request; default 20 s. */
  timeoutMs?: number;
  /** Default the contract's 1,000. */
  maxEvents?: number;
  /** Default the contract's 2,000,000. */
  maxBytes?: number;
  /** Default `DEFAULT_MAX_REQUESTS` (50). */
  maxRequests?: number;
  /** Backoff bounds; default the production ones (2 s base, 10 minutes cap). */
  backoff?: { baseMs?: number; capMs?: number };
  /**
   * The caller holds the extension-wide flush lock, so no other flush is running: leases
   * left by a stopped worker are taken over at once rather than after they expire.
   * Default `false`.
   */
  exclusive?: boolean;
  /**
   * Called at the moments where a stopped worker is riskiest. Test builds pause there so a
   * harness can stop the worker; the shipped build passes none.
   */
  checkpoint?: (point: FlushCheckpoint) => Promise<void>;
}

/** The riskiest moments of a flush: after a lease, during a send, before the outbox update. */
export type FlushCheckpoint = 'leased' | 'sending' | 'answered';

/** How a flush ended. */
export type FlushOutcome = 'idle' | 'done' | 'retry-later' | 'paused' | 'not-configured';

/** What a flush did, for the background's scheduling and badge. */
export interface FlushSummary {
  outcome: FlushOutcome;
  /** Events the API accepted in this flush. */
  delivered: number;
  /** Events this flush set aside because of an answer (oversized ones are held at lease). */
  held: number;
  requests: number;
  /** When the next record is due, to schedule the next flush; absent when none is waiting. */
  nextAttemptAt?: number;
  /** The pause in force, when the outcome is `paused`. */
  pause?: PauseState;
}

/** Why `deliver` stopped the flush early. */
type Stop = Exclude<FailureAction, { kind: 'split' }> | { kind: 'budget' };

interface Run {
  deps: FlushDeps;
  outbox: Outbox;
  now: () => number;
  maxRequests: number;
  delivered: number;
  held: number;
  requests: number;
  /** Ids this flush delivered or held, so a stop puts back only the rest of a batch. */
  settled: Set<string>;
}

/** Delivers due outbox records until none is due, a failure stops it, or the budget is spent. */
export async function flushOutbox(deps: FlushDeps): Promise<FlushSummary> {
  // A stopped worker's receipts first, paused or not: they need no network, and their events
  // must show as delivered and never be read as due again.
  if (deps.exclusive) await createOutbox(deps.db, { ownsLeases: true }).applyReceipts();
  if (!isConfigured(deps.settings)) return { ...EMPTY, outcome: 'not-configured' };
  const pause = await readPause(deps.db);
  if (pause !== null) return { ...EMPTY, outcome: 'paused', pause };

  const run: Run = {
    deps,
    outbox: createOutbox(deps.db, { ownsLeases: deps.exclusive }),
    settled: new Set(),
    now: deps.now ?? Date.now,
    maxRequests: deps.maxRequests ?? DEFAULT_MAX_REQUESTS,
    ...EMPTY,
  };
  let stop: Stop | undefined;
  let failure: { reason: unknown } | undefined;
  try {
    stop = await deliverDue(run);
  } catch (error) {
    failure = { reason: error };
  }
  if (deps.exclusive) {
    // Whatever stopped the sends, the deliveries they recorded as receipts go to the outbox
    // before the lock is released. If this fails, the next flush applies them first.
    await run.outbox.applyReceipts().catch((error: unknown) => {
      failure ??= { reason: error };
    });
  }
  if (failure) throw failure.reason;

  return summarize(run, stop);
}

const EMPTY = { delivered: 0, held: 0, requests: 0 };

async function deliverDue(run: Run): Promise<Stop | undefined> {
  if (run.deps.exclusive) return deliverReadingAhead(run);

  while (run.requests < run.maxRequests) {
    const batch = await run.outbox.leaseBatch({ ...leaseOptions(run), recordLease: true });
    if (batch.length === 0) return undefined;
    const stop = await deliverLeased(run, batch);
    if (stop) return stop;
  }

  return { kind: 'budget' };
}

/**
 * Receipts are applied after this many batches, so that the popup, badge and history are never
 * further behind, even in a long flush.
 */
const APPLY_RECEIPTS_EVERY = 10;

/**
 * Under the flush lock leases live in memory, so the next batch is read while the current one
 * is on the wire, and an accepted batch is recorded as one receipt rather than a write per
 * event (`delivery-receipts.ts`): a 1,000-event batch spends most of its time in IndexedDB,
 * not in the send. Each read skips the batches sent before it, whose records are still
 * queued in the database until the receipts are applied: every `APPLY_RECEIPTS_EVERY`
 * batches and at the end of the flush. A batch read ahead and not sent needs no undoing: its
 * records are still queued as stored.
 */
async function deliverReadingAhead(run: Run): Promise<Stop | undefined> {
  const sent: MemoryBatch[] = [];
  let unapplied = 0;
  let next = run.outbox.leaseInMemory(leaseOptions(run));

  while (run.requests < run.maxRequests) {
    const batch = await next;
    if (batch.records.length === 0) return undefined;
    next = run.outbox.leaseInMemory(leaseOptions(run), ...sent, batch);
    // Observed now: a read that fails after this batch stopped the flush must not go unhandled.
    next.catch(() => undefined);
    const stop = await deliverLeased(run, batch.records);
    if (stop) {
      // Its transaction may still be open; the lock is released only once it is done.
      await next.catch(() => undefined);
      return stop;
    }
    sent.push(batch);
    unapplied += 1;
    if (unapplied >= APPLY_RECEIPTS_EVERY) {
      // Its transaction follows the read ahead's, and later reads follow it: applied records
      // are delivered for them and need no skipping. The last batch still marks the position.
      await run.outbox.applyReceipts();
      sent.splice(0, sent.length - 1);
      unapplied = 0;
    }
  }

  await next.catch(() => undefined);
  return { kind: 'budget' };
}

function leaseOptions(run: Run) {
  return {
    now: run.now(),
    leaseMs: run.deps.leaseMs ?? DEFAULT_LEASE_MS,
    maxEvents: run.deps.maxEvents ?? MAX_EVENTS_PER_REQUEST,
    maxBytes: run.deps.maxBytes ?? MAX_REQUEST_BYTES,
    takeOverLeases: run.deps.exclusive,
  };
}

/** Sends one leased batch; on a stop, puts back what it did not settle. */
async function deliverLeased(run: Run, batch: OutboxRecord[]): Promise<Stop | undefined> {
  await run.deps.checkpoint?.('leased');
  const stop = await deliver(run, batch);
  if (stop) await applyStop(run, batch, stop);

  return stop;
}

/**
 * Sends records under their lease. A 400 or 413 splits the batch in halves, recursively, so
 * good events still go out and a bad one is held alone with the API's reason.
 */
async function deliver(run: Run, records: OutboxRecord[]): Promise<Stop | undefined> {
  run.requests += 1;
  let answer;
  try {
    const sending = sendBatch({
      endpoint: run.deps.settings.endpoint,
      headers: credentialHeaders(run.deps.settings),
      events: records.map((record) => record.event),
      timeoutMs: run.deps.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      fetch: run.deps.fetch,
      now: run.now,
    });
    if (run.deps.checkpoint) {
      // Observed now, so an early failure is not reported as unhandled while paused here.
      sending.catch(() => undefined);
      await run.deps.checkpoint('sending');
    }
    answer = await sending;
  } catch (error) {
    await run.deps.checkpoint?.('answered');
    const action = classifyFailure(error);
    if (action.kind !== 'split') return action;
    return records.length > 1 ? split(run, records, action.status) : hold(run, records, action);
  }

  await run.deps.checkpoint?.('answered');
  const { response, status } = answer;
  if (!response.success) return hold(run, records, { reason: response.message, status });

  log.debug(`delivered ${records.length} events with ${response.warnings.length} warnings`);
  const details = {
    responseId: response.response_id,
    warnings: response.warnings,
    now: run.now(),
  };
  if (run.deps.exclusive) {
    await run.outbox.recordReceipt(records, details);
    run.delivered += records.length;
  } else {
    run.delivered += await run.outbox.markDelivered(records, details);
  }
  for (const record of records) run.settled.add(record.id);

  return undefined;
}

async function split(run: Run, records: OutboxRecord[], status: number) {
  log.info(`the API answered ${status} to ${records.length} events; splitting to find bad ones`);
  const middle = Math.ceil(records.length / 2);

  for (const half of [records.slice(0, middle), records.slice(middle)]) {
    // The halves left unsent are rescheduled by `applyStop`, whole batch at once.
    if (run.requests >= run.maxRequests) return { kind: 'budget' } as const;
    const stop = await deliver(run, half);
    if (stop) return stop;
  }

  return undefined;
}

async function hold(run: Run, records: OutboxRecord[], why: { reason: string; status: number }) {
  // The reason is the API's text; only ids and the status go to the log.
  const what = records.length === 1 ? `event ${records[0]?.id}` : `${records.length} events`;
  log.warn(`holding ${what}: the API refused with status ${why.status}`);
  run.held += await run.outbox.markHeld(records, { ...why, now: run.now() });
  for (const record of records) run.settled.add(record.id);

  return undefined;
}

/**
 * Puts the batch back in the queue. Records this flush already delivered or held are no longer
 * `sending` under the lease, so the outbox leaves them as they are.
 */
async function applyStop(run: Run, batch: OutboxRecord[], stop: Stop): Promise<void> {
  const unsettled = batch.filter((record) => !run.settled.has(record.id));
  const now = run.now();

  if (stop.kind === 'budget') {
    await run.outbox.reschedule(unsettled, {
      nextAttemptAt: now,
      error: 'the flush used its request budget',
      countAttempt: false,
    });
    return;
  }
  if (stop.kind === 'pause') {
    await pauseDelivery(run, stop, now);
    // Not the events' fault, so the attempt is given back; they are due when delivery resumes.
    await run.outbox.reschedule(unsettled, {
      nextAttemptAt: now,
      error: stop.message,
      countAttempt: false,
    });
    return;
  }

  const attempts = Math.max(...unsettled.map((record) => record.attempts));
  const delay = backoffDelayMs(attempts, {
    ...run.deps.backoff,
    random: run.deps.random,
    retryAfterMs: stop.retryAfterMs,
  });
  log.info(`will retry ${batch.length} events in ${Math.round(delay / 1000)} s: ${stop.error}`);
  await run.outbox.reschedule(unsettled, { nextAttemptAt: now + delay, error: stop.error });
}

async function pauseDelivery(
  run: Run,
  stop: Extract<Stop, { kind: 'pause' }>,
  now: number,
): Promise<void> {
  log.warn(`pausing delivery (${stop.reason}): ${stop.message}`);
  await writePause(run.deps.db, {
    reason: stop.reason,
    message: stop.message,
    at: now,
    credentialFingerprint: await settingsFingerprint(run.deps.settings),
    status: stop.status,
  });
}

async function summarize(run: Run, stop: Stop | undefined): Promise<FlushSummary> {
  const counters = { delivered: run.delivered, held: run.held, requests: run.requests };
  if (stop?.kind === 'pause') {
    return { ...counters, outcome: 'paused', pause: (await readPause(run.deps.db)) ?? undefined };
  }

  const nextAttemptAt = await run.outbox.nextDueAt();
  const outcome = stop?.kind === 'retry' ? 'retry-later' : run.requests === 0 ? 'idle' : 'done';

  return { ...counters, outcome, ...(nextAttemptAt === undefined ? {} : { nextAttemptAt }) };
}
