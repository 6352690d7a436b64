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

  if (depthExceeds(value, MAX_DEPTH)) {
    return { ok: false, message: `the body is nested deeper than ${MAX_DEPTH} levels` };
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

/**
 * Deeper than any event needs. Without a bound, a hostile body nested thousands of levels
 * deep passes validation and then overflows the stack when it is stored: a 500 that a
 * client following the contract would retry for ever.
 */
const MAX_DEPTH = 64;

/** Whether a parsed JSON value nests deeper than `limit`, walked without recursion. */
function depthExceeds(root: unknown, limit: number): boolean {
  const pending: Array<[unknown, number]> = [[root, 1]];
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(value)) pending.push([child, depth + 1]);
  }

  return false;
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
