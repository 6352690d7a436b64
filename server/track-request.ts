import type { z } from 'zod';
import { trackEventSchema, type TrackEvent } from '../lib/contract/event';

/** A request body that passed every check, or the reason it did not. */
export type TrackRequestResult =
  { ok: true; events: TrackEvent[] } | { ok: false; message: string };

/** How many invalid events one message names before it only counts the rest. */
const MAX_NAMED_INVALID_EVENTS = 10;

/** Parses and validates a request body already known to be within the byte limit. */
export function parseTrackRequest(text: string, maxEvents: number): TrackRequestResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `the body is not JSON: ${(error as Error).message}` };
  }

  if (!Array.isArray(value)) {
    return { ok: false, message: `the body must be a JSON array of events, got ${kindOf(value)}` };
  }
  if (value.length === 0) return { ok: false, message: 'the request holds no event' };
  if (value.length > maxEvents) {
    return {
      ok: false,
      message: `${value.length} events is over the limit of ${maxEvents} events per request`,
    };
  }

  return validateEvents(value);
}

/** Validates every event; one invalid event rejects the whole request, as the API does. */
function validateEvents(values: unknown[]): TrackRequestResult {
  const events: TrackEvent[] = [];
  const problems: string[] = [];
  values.forEach((value, index) => {
    const parsed = trackEventSchema.safeParse(value);
    if (parsed.success) events.push(parsed.data);
    else problems.push(`event ${index}: ${describeIssues(parsed.error.issues)}`);
  });

  if (problems.length === 0) return { ok: true, events };
  const named = problems.slice(0, MAX_NAMED_INVALID_EVENTS);
  const rest = problems.length - named.length;
  const suffix = rest > 0 ? `; and ${rest} more invalid events` : '';

  return { ok: false, message: named.join('; ') + suffix };
}

/** `properties.enrichment_phone: expected array…`, one entry per issue, joined. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const path = formatPath(issue.path);
      return path === '' ? issue.message : `${path}: ${issue.message}`;
    })
    .join(', ');
}

/** `['properties', 'enrichment_phone', 0]` → `properties.enrichment_phone[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');
}

/** Names a JSON value's kind for a message, without echoing the value (it may be personal). */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
