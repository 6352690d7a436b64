/**
 * Reads a `Retry-After` header (RFC 9110 §10.2.3): whole seconds or an HTTP date. Returns the
 * wait in milliseconds, or `undefined` when absent or unreadable; a date in the past is 0.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;

  // All three HTTP-date forms begin with a day name; requiring it keeps `Date.parse`, which
  // is lenient, from reading "-5" or "12" as a date.
  if (!/^[A-Za-z]{3}/.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;

  return Math.max(0, date - now);
}
