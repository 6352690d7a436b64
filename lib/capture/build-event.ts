import type { UserEnrichedEvent, UserEnrichedProperties } from '../contract/event';
import { splitPhones, type EditableKey } from './fields';

/** What the user confirmed in the capture form. */
export interface CaptureInput {
  userId: string;
  groupId: string;
  /** The form's values by key, as typed (phones one per line). */
  values: Partial<Record<EditableKey, string>>;
}

/**
 * Builds the `user_enriched` event for a confirmed capture. Empty fields are left out rather
 * than sent empty. `eventId` and `now` come from the caller so that the result is
 * reproducible in tests; the id stays with the event from capture to delivery.
 */
export function buildUserEnrichedEvent(
  input: CaptureInput,
  eventId: string,
  now: Date,
): UserEnrichedEvent {
  const capturedAt = now.toISOString();
  const properties: UserEnrichedProperties = {
    enrichment_active_at: capturedAt,
    enrichment_inactive_at: '',
  };

  for (const [key, raw] of Object.entries(input.values) as [EditableKey, string][]) {
    const value = raw.trim();
    if (value === '') continue;
    if (key !== 'enrichment_phone') properties[key] = value;
    else if (splitPhones(value).length > 0) properties.enrichment_phone = splitPhones(value);
  }

  const groupId = input.groupId.trim();
  return {
    event_name: 'user_enriched',
    user_id: input.userId.trim(),
    timestamp: capturedAt,
    properties,
    context: {
      ...(groupId ? { group_id: groupId } : {}),
      event_id: eventId,
      source: 'enrichment-capture',
    },
  };
}
