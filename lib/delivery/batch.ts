/** Byte and count limits of one request. */
export interface BatchLimits {
  /** At most this many events. */
  maxEvents: number;
  /** At most this many bytes of UTF-8 request body. */
  maxBytes: number;
}

/** What `fitBatch` decided: the events to send now, and those no request can ever carry. */
export interface BatchPlan<T> {
  batch: T[];
  oversized: T[];
}

const encoder = new TextEncoder();

/** UTF-8 length of `JSON.stringify(value)`: what an event adds to a request body. */
export function jsonSizeBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/**
 * Bytes of `JSON.stringify(events)` given each event's own JSON size: the body is `[`, the
 * events joined by `,`, and `]`, so the total is 2 + sum + (n - 1).
 */
export function requestBodyBytes(sizes: readonly number[]): number {
  const sum = sizes.reduce((total, size) => total + size, 0);
  const commas = Math.max(sizes.length - 1, 0);

  return 2 + sum + commas;
}

/**
 * Takes items in order while the body stays within the limits, stopping at the first that does
 * not fit (it leads the next batch, so order is kept). Items too big for a body of their own
 * are set apart wherever they are.
 */
export function fitBatch<T extends { sizeBytes: number }>(
  items: readonly T[],
  limits: BatchLimits,
): BatchPlan<T> {
  const batch: T[] = [];
  const oversized: T[] = [];
  let bytes = 2;
  let full = false;

  for (const item of items) {
    if (requestBodyBytes([item.sizeBytes]) > limits.maxBytes) {
      oversized.push(item);
      continue;
    }
    const added = item.sizeBytes + (batch.length > 0 ? 1 : 0);
    full ||= batch.length >= limits.maxEvents || bytes + added > limits.maxBytes;
    if (full) continue;
    batch.push(item);
    bytes += added;
  }

  return { batch, oversized };
}
