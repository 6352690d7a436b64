import type { GroupEnrichedEvent, GroupEnrichedProperties } from '../contract/event';
import { ACCOUNT_FIELDS, splitList, type AccountEditableKey } from './account-fields';

/** What the user confirmed in the account form. */
export interface AccountCaptureInput {
  /** Who captured the account (the contract: the user who triggered the enrichment). */
  userId: string;
  /** The account's id, sent as `context.group_id`. */
  groupId: string;
  /** The form's values by key, as typed (lists one item per line). */
  values: Partial<Record<AccountEditableKey, string>>;
}

/** A typed value as the contract wants it, or undefined when it is empty or not a number. */
function toProperty(kind: string, value: string): string | string[] | number | undefined {
  if (kind === 'list') return splitList(value).length > 0 ? splitList(value) : undefined;
  if (kind !== 'integer') return value;
  const number = Number(value);

  return /^\d+$/.test(value) && Number.isSafeInteger(number) ? number : undefined;
}

/**
 * Builds the `group_enriched` event of a confirmed account capture. Empty fields are left
 * out; counts and years become integers and lists arrays, as the contract types them.
 * `eventId` and `now` come from the caller so that tests are reproducible.
 */
export function buildGroupEnrichedEvent(
  input: AccountCaptureInput,
  eventId: string,
  now: Date,
): GroupEnrichedEvent {
  const properties: Record<string, string | string[] | number> = {};
  for (const spec of ACCOUNT_FIELDS) {
    const value = input.values[spec.key]?.trim() ?? '';
    const property = value === '' ? undefined : toProperty(spec.kind, value);
    if (property !== undefined) properties[spec.key] = property;
  }

  return {
    event_name: 'group_enriched',
    user_id: input.userId.trim(),
    timestamp: now.toISOString(),
    properties: properties as GroupEnrichedProperties,
    context: { group_id: input.groupId.trim(), event_id: eventId, source: 'enrichment-capture' },
  };
}
