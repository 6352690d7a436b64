import { describe, expect, it } from 'vitest';
import { describeStatus } from '../../../lib/capture/describe-status';
import type { DeliveryStatus } from '../../../lib/messages';

function statusOf(blocked: DeliveryStatus['blocked'] = null): DeliveryStatus {
  return { counts: { queued: 2, sending: 1, delivered: 5, held: 1 }, blocked };
}

const NOT_CONFIGURED = { reason: 'not-configured', message: 'open Settings' } as const;

describe('describeStatus', () => {
  it('counts queued and sending captures together as pending', () => {
    const line = describeStatus(statusOf(), true);

    expect(line).toBe('Pending 3 · Delivered 5 · Failed 1');
  });

  it('shows zero counts for an empty outbox', () => {
    const status = { counts: { queued: 0, sending: 0, delivered: 0, held: 0 }, blocked: null };

    const line = describeStatus(status, true);

    expect(line).toBe('Pending 0 · Delivered 0 · Failed 0');
  });

  it('says why nothing is sent when delivery is blocked', () => {
    const line = describeStatus(statusOf(NOT_CONFIGURED), true);

    expect(line).toBe('Pending 3 · Delivered 5 · Failed 1 — waiting: open Settings');
  });

  it('says captures wait for the network when offline', () => {
    const line = describeStatus(statusOf(), false);

    expect(line).toBe(
      'Pending 3 · Delivered 5 · Failed 1 — offline: captures wait until the network is back.',
    );
  });

  it('puts being offline before a block, since nothing can be sent either way', () => {
    const line = describeStatus(statusOf(NOT_CONFIGURED), false);

    expect(line).toContain('offline');
    expect(line).not.toContain('open Settings');
  });
});
