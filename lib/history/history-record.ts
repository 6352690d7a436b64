import { z } from 'zod';
import { outboxRecordSchema } from '../storage/outbox-record';

/**
 * An event as the history page reads it. Looser than the contract on purpose: the event
 * passed the contract's schema when it was queued, and a record an older version wrote must
 * still be listed (and exported) rather than break the whole page.
 */
export const historyEventSchema = z.looseObject({
  event_name: z.string(),
  user_id: z.string(),
  timestamp: z.string(),
  properties: z.record(z.string(), z.unknown()).optional(),
  context: z.record(z.string(), z.unknown()).optional(),
});
export type HistoryEvent = z.infer<typeof historyEventSchema>;

/** One outbox record as the history page shows it; the lease bookkeeping is left out. */
export const historyRecordSchema = outboxRecordSchema
  .pick({
    id: true,
    state: true,
    createdAt: true,
    attempts: true,
    nextAttemptAt: true,
    lastError: true,
    responseId: true,
    warnings: true,
    deliveredAt: true,
    heldReason: true,
    heldStatus: true,
    heldAt: true,
  })
  .extend({ event: historyEventSchema });
export type HistoryRecord = z.infer<typeof historyRecordSchema>;

/** The `group_id` of an event, if it names one. */
export function groupIdOf(event: HistoryEvent): string | undefined {
  const groupId = event.context?.group_id;

  return typeof groupId === 'string' ? groupId : undefined;
}

/** A property of an event as text: lists joined with `; `, objects as JSON, none as `''`. */
export function propertyText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(propertyText).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);

  return String(value);
}

/** The name a record is known by: the person's or the account's, else its `user_id`. */
export function displayNameOf(event: HistoryEvent): string {
  const properties = event.properties ?? {};
  const name = properties.enrichment_full_name ?? properties.enrichment_name;

  return typeof name === 'string' && name.trim() !== '' ? name : event.user_id;
}
