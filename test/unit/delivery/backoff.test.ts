import { describe, expect, it } from 'vitest';
import { backoffDelayMs } from '../../../lib/delivery/backoff';
import { parseRetryAfter } from '../../../lib/delivery/retry-after';

const highest = () => 0.999999;
const lowest = () => 0;

describe('backoffDelayMs', () => {
  it('stays under the base delay on the first attempt', () => {
    expect(backoffDelayMs(1, { random: highest })).toBeLessThan(2000);
    expect(backoffDelayMs(1, { random: lowest })).toBe(0);
  });

  it('doubles its ceiling with each attempt', () => {
    expect(backoffDelayMs(4, { random: highest })).toBe(15_999);
  });

  it('never exceeds ten minutes, however many attempts', () => {
    expect(backoffDelayMs(50, { random: highest })).toBeLessThanOrEqual(600_000);
    expect(backoffDelayMs(1e9, { random: highest })).toBeLessThanOrEqual(600_000);
  });

  it('waits at least Retry-After', () => {
    expect(backoffDelayMs(1, { random: lowest, retryAfterMs: 30_000 })).toBe(30_000);
  });

  it('caps Retry-After at ten minutes too', () => {
    expect(backoffDelayMs(1, { random: lowest, retryAfterMs: 86_400_000 })).toBe(600_000);
  });

  it('spreads delays across the jitter range', () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelayMs(5)));

    expect(delays.size).toBeGreaterThan(10);
    for (const delay of delays) expect(delay).toBeLessThan(32_000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2024-10-21T12:00:00Z');

  it('reads whole seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
  });

  it('reads an HTTP date as the time left until it', () => {
    expect(parseRetryAfter('Mon, 21 Oct 2024 12:01:30 GMT', now)).toBe(90_000);
  });

  it('reads a date in the past as no wait', () => {
    expect(parseRetryAfter('Mon, 21 Oct 2024 11:00:00 GMT', now)).toBe(0);
  });

  it('ignores a missing or unreadable header', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});
