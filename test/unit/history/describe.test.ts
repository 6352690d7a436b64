import { describe, expect, it } from 'vitest';
import { describeImport, describeRecordState } from '../../../lib/history/describe';
import { historyRecord } from './history-records';

const NOW = Date.parse('2024-11-03T10:00:00.000Z');

describe('describeRecordState', () => {
  it('gives a delivered capture’s response id', () => {
    expect(describeRecordState(historyRecord(), NOW)).toBe('response_id resp-0001');
  });

  it('gives a held capture’s status and reason', () => {
    const held = historyRecord({ state: 'held', heldReason: 'refused', heldStatus: 400 });

    expect(describeRecordState(held, NOW)).toBe('Held back (HTTP 400): refused');
  });

  it('says when a queued capture is tried next, and why it waits', () => {
    const queued = historyRecord({
      state: 'queued',
      nextAttemptAt: NOW + 600_000,
      lastError: 'Track API answered 503',
    });

    expect(describeRecordState(queued, NOW)).toBe(
      'Next try in 10 min after: Track API answered 503',
    );
    expect(describeRecordState({ ...queued, nextAttemptAt: NOW + 4_200 }, NOW)).toMatch(
      /^Next try in 5 s/,
    );
    expect(describeRecordState({ ...queued, nextAttemptAt: NOW }, NOW)).toBe('Waiting to be sent');
  });
});

describe('describeImport', () => {
  it('counts what was restored, queued and skipped', () => {
    expect(describeImport({ restored: 4, requeued: 1, skipped: 0, refused: [] })).toBe(
      'Imported 5 captures: 4 restored as history, 1 queued for delivery. ' +
        '0 captures already here, skipped.',
    );
  });

  it('warns of delivered captures the retention will remove', () => {
    const text = describeImport({
      restored: 3,
      requeued: 0,
      skipped: 0,
      refused: [],
      expiring: { count: 2, retentionDays: 30 },
    });

    expect(text).toBe(
      'Imported 3 captures: 3 restored as history, 0 queued for delivery. ' +
        '0 captures already here, skipped. 2 delivered captures are older than the 30-day ' +
        'retention set in Settings and will leave the history at its next clean-up.',
    );
  });

  it('lists each refused record with its reason', () => {
    const text = describeImport({
      restored: 0,
      requeued: 0,
      skipped: 1,
      refused: [{ index: 2, id: 'abc', reason: 'id: is not the event’s event_id' }],
    });

    expect(text).toBe(
      'Imported 0 captures: 0 restored as history, 0 queued for delivery. ' +
        '1 capture already here, skipped. ' +
        '1 record refused: record 3 (abc): id: is not the event’s event_id.',
    );
  });

  it('names only the first 20 refused records, each id cut short', () => {
    const refused = Array.from({ length: 1000 }, (_, index) => ({
      index,
      id: 'x'.repeat(10_000),
      reason: 'bad',
    }));

    const text = describeImport({ restored: 0, requeued: 0, skipped: 0, refused });

    expect(text).toContain('1,000 records refused');
    expect(text).toContain(`record 20 (${'x'.repeat(64)}): bad; and 980 more.`);
    expect(text.length).toBeLessThan(2000);
  });
});
