import { restoreRecord } from '../history/export-file';
import { historyRecordSchema, type HistoryRecord } from '../history/history-record';
import { pageOffset, searchAll, searchPage, searchTerms } from '../history/search';
import { createLogger } from '../logger';
import type { BackgroundRequest, BackgroundResponse } from '../messages';
import { retentionCutoff } from '../settings';
import type { CaptureDatabase } from '../storage/database';
import { InvalidEventError } from '../storage/errors';
import type { ListedRecord, Outbox, RequeueResult } from '../storage/outbox';
import { loadSettings } from '../storage/settings-store';

const log = createLogger('history');

type Request<T extends BackgroundRequest['type']> = Extract<BackgroundRequest, { type: T }>;
type Response<T extends BackgroundRequest['type']> = Promise<BackgroundResponse<T>>;

/** What the history requests need from the background. */
export interface HistoryServices {
  db: CaptureDatabase;
  outbox: Outbox;
  /** Asks for a flush after `delayMs`. */
  scheduleFlush(delayMs: number): void;
  /** Default `Date.now`. */
  now?: () => number;
}

/**
 * A page of the history. Without a search only the page's records are read, along the
 * index; a search reads the outbox whole (one read) and matches it in memory. Either way
 * the work is done here, in the background, and the page receives and draws one page, so
 * a history of 10,000 captures never freezes it.
 */
export async function readHistoryPage(
  request: Request<'history.page'>,
  services: HistoryServices,
): Response<'history.page'> {
  const { outbox } = services;
  const counts = await outbox.counts();
  if (searchTerms(request.query).length > 0) {
    const page = searchPage(await outbox.snapshot(request.state), request);
    return { ...page, records: readable(page.records), counts };
  }

  const total = request.state ? counts[request.state] : Object.values(counts).reduce(sum, 0);
  const offset = pageOffset(request.offset, total, request.limit);
  const records = await outbox.newest({ state: request.state, offset, limit: request.limit });

  return { total, offset, records: readable(records), counts };
}

const sum = (total: number, count: number) => total + count;

/** Every capture matching the page's search and state, newest first, for an export. */
export async function exportHistory(
  request: Request<'history.export'>,
  services: HistoryServices,
): Response<'history.export'> {
  const records = searchAll(await services.outbox.snapshot(request.state), request.query);

  return { records: readable(records) };
}

/** The records checked for what the page reads; one it cannot read is left out, logged. */
function readable(records: readonly ListedRecord[]): HistoryRecord[] {
  return records.flatMap((record) => {
    const parsed = historyRecordSchema.safeParse(record);
    if (parsed.success) return [parsed.data];
    log.warn(`leaving an unreadable outbox record out of the history (${record.id})`);
    return [];
  });
}

/** "Retry now": queued captures waiting out a backoff become due, and a flush starts. */
export async function retryNow(services: HistoryServices): Response<'history.retry'> {
  const madeDue = await services.outbox.makeDueNow(now(services));
  services.scheduleFlush(0);

  return { madeDue };
}

/** Deletes captures; those a flush is sending are left alone and counted. */
export function deleteHistory(
  request: Request<'history.delete'>,
  services: HistoryServices,
): Response<'history.delete'> {
  return services.outbox.remove(request.ids);
}

const REQUEUE_ERRORS: Record<Exclude<RequeueResult, 'requeued'>, string> = {
  'not-found': 'this capture is no longer in the outbox',
  'not-held': 'this capture is no longer held back',
  'not-the-same-event': 'the edited event must keep its event id and event name',
};

/** Queues a corrected held capture again and sends it soon. */
export async function resendHeld(
  request: Request<'history.resend'>,
  services: HistoryServices,
): Response<'history.resend'> {
  try {
    const result = await services.outbox.requeueHeld(request.id, request.event, now(services));
    if (result !== 'requeued') return { ok: false, error: REQUEUE_ERRORS[result] };
  } catch (error) {
    if (error instanceof InvalidEventError) return { ok: false, error: error.message };
    throw error;
  }
  services.scheduleFlush(0);

  return { ok: true };
}

/**
 * Restores a chunk of an export: history stays history, the rest is queued again. Delivered
 * captures older than the retention are restored too, and counted: the next clean-up of the
 * history removes them, as it would have in the profile they came from.
 */
export async function importHistory(
  request: Request<'history.import'>,
  services: HistoryServices,
): Response<'history.import'> {
  const at = now(services);
  const { added, addedRecords, skipped } = await services.outbox.importRecords(
    request.records.map((record) => restoreRecord(record, at)),
  );
  if (added.queued > 0) services.scheduleFlush(0);
  const { retentionDays } = await loadSettings(services.db);
  const keptSince = retentionCutoff(retentionDays, at);
  const expiring = addedRecords.filter(
    (record) => record.state === 'delivered' && record.createdAt < keptSince,
  ).length;

  return {
    restored: added.delivered + added.held,
    requeued: added.queued,
    skipped,
    expiring,
    retentionDays,
  };
}

function now(services: HistoryServices): number {
  return (services.now ?? Date.now)();
}
