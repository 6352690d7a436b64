import { z } from 'zod';
import { trackEventSchema, type TrackEvent } from '../contract/event';
import { jsonSizeBytes } from '../delivery/batch';

/** The version of the record shape below; a new shape adds a step to `readOutboxRecord`. */
export const OUTBOX_RECORD_VERSION = 1;

/** Delivery states: waiting, leased to a flush, accepted by the API, or set aside for good. */
export const outboxStateSchema = z.enum(['queued', 'sending', 'delivered', 'held']);

/** One event in the outbox, as stored. Times are epoch milliseconds. */
export const outboxRecordSchema = z.object({
  /** The event's `context.event_id`. */
  id: z.string().min(1),
  schemaVersion: z.literal(OUTBOX_RECORD_VERSION),
  event: trackEventSchema,
  state: outboxStateSchema,
  /** UTF-8 length of `JSON.stringify(event)`. */
  sizeBytes: z.number().int().nonnegative(),
  createdAt: z.number(),
  /** Sends started, counted at lease time. */
  attempts: z.number().int().nonnegative(),
  /**
   * When a queued record is due. While `sending` it equals `leaseExpiresAt`, so the same
   * index finds both due records and the leases of a flush that died.
   */
  nextAttemptAt: z.number(),
  /** Random id of the lease; a flush may settle the record only while it still matches. */
  leaseToken: z.string().optional(),
  leaseExpiresAt: z.number().optional(),
  lastError: z.string().optional(),
  responseId: z.string().optional(),
  warnings: z.array(z.string()).optional(),
  deliveredAt: z.number().optional(),
  heldReason: z.string().optional(),
  /** The HTTP status that got the event held, when an answer did. */
  heldStatus: z.number().int().optional(),
  heldAt: z.number().optional(),
});
export type OutboxRecord = z.infer<typeof outboxRecordSchema>;
export type OutboxState = OutboxRecord['state'];

/** What a flush hands back to settle leased records: which record, under which lease. */
export type LeaseRef = Pick<OutboxRecord, 'id' | 'leaseToken'>;

/** A stored value read back: the record, or why it cannot be used. */
export type ReadRecordResult = { ok: true; record: OutboxRecord } | { ok: false; reason: string };

/** A new queued record for an event that already passed the contract's schema. */
export function createOutboxRecord(id: string, event: TrackEvent, now: number): OutboxRecord {
  return {
    id,
    schemaVersion: OUTBOX_RECORD_VERSION,
    event,
    state: 'queued',
    sizeBytes: jsonSizeBytes(event),
    createdAt: now,
    attempts: 0,
    nextAttemptAt: now,
  };
}

/**
 * The record's bookkeeping, with the event taken as stored: it passed the contract's schema
 * when it was queued, and the API validates it again. Checking its 25-property event on
 * every lease and settle made a 1,000-event batch several times slower.
 */
const recordBookkeepingSchema = outboxRecordSchema.extend({
  event: z.custom<TrackEvent>((value) => typeof value === 'object' && value !== null),
});

/** Validates a stored value; old or corrupt values come back as a reason, never a throw. */
export function readOutboxRecord(stored: unknown): ReadRecordResult {
  return readWith(outboxRecordSchema, stored);
}

/** Like `readOutboxRecord` without checking the event again, for the delivery path. */
export function readRecordBookkeeping(stored: unknown): ReadRecordResult {
  return readWith(recordBookkeepingSchema, stored);
}

function readWith(schema: z.ZodType<OutboxRecord>, stored: unknown): ReadRecordResult {
  const parsed = schema.safeParse(stored);
  if (parsed.success) return { ok: true, record: parsed.data };

  // Paths only: the values may be personal data.
  const paths = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)');

  return { ok: false, reason: `unreadable outbox record (${paths.join(', ')})` };
}

/** The record leased to a flush until `expiresAt`. */
export function leaseRecord(record: OutboxRecord, token: string, expiresAt: number): OutboxRecord {
  return {
    ...record,
    state: 'sending',
    attempts: record.attempts + 1,
    leaseToken: token,
    leaseExpiresAt: expiresAt,
    nextAttemptAt: expiresAt,
  };
}

/** The record accepted by the API. */
export function deliverRecord(
  record: OutboxRecord,
  details: { responseId: string; warnings: string[]; now: number },
): OutboxRecord {
  return {
    ...withoutLease(record),
    state: 'delivered',
    responseId: details.responseId,
    warnings: details.warnings,
    deliveredAt: details.now,
    lastError: undefined,
  };
}

/** The record set aside: it will not be sent again. */
export function holdRecord(
  record: OutboxRecord,
  details: { reason: string; status?: number; now: number },
): OutboxRecord {
  return {
    ...withoutLease(record),
    state: 'held',
    heldReason: details.reason,
    heldStatus: details.status,
    heldAt: details.now,
  };
}

/** The record queued again; `countAttempt: false` gives back the attempt its lease took. */
export function rescheduleRecord(
  record: OutboxRecord,
  details: { nextAttemptAt: number; error: string; countAttempt?: boolean },
): OutboxRecord {
  const countAttempt = details.countAttempt ?? true;

  return {
    ...withoutLease(record),
    state: 'queued',
    attempts: countAttempt ? record.attempts : Math.max(record.attempts - 1, 0),
    nextAttemptAt: details.nextAttemptAt,
    lastError: details.error,
  };
}

function withoutLease(record: OutboxRecord): OutboxRecord {
  const { leaseToken: _token, leaseExpiresAt: _expiry, ...rest } = record;

  return rest;
}

/**
 * A held record queued again with its event as the user corrected it, due at `now`. It keeps
 * its event id: a held event was refused, not stored (the API stores nothing of a request it
 * answers 400), so no stored event shares the id, and should the API ever have kept it
 * anyway, the id lets it recognise the resend. The refusal is kept as the last error.
 */
export function requeueEditedRecord(
  record: OutboxRecord,
  event: TrackEvent,
  now: number,
): OutboxRecord {
  const { heldReason: reason, heldStatus: status, heldAt: _heldAt, ...rest } = withoutLease(record);

  return {
    ...rest,
    event,
    state: 'queued',
    sizeBytes: jsonSizeBytes(event),
    attempts: 0,
    nextAttemptAt: now,
    lastError: `held before editing${status === undefined ? '' : ` (${status})`}: ${reason ?? ''}`,
  };
}
