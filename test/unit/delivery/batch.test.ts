import { describe, expect, it } from 'vitest';
import { fitBatch, jsonSizeBytes, requestBodyBytes } from '../../../lib/delivery/batch';

const item = (sizeBytes: number, name = String(sizeBytes)) => ({ name, sizeBytes });

describe('requestBodyBytes', () => {
  it('matches the UTF-8 length of JSON.stringify of the events', () => {
    const events = [{ a: 'é' }, { b: '😀' }, { c: [1, 2] }];

    const bytes = requestBodyBytes(events.map(jsonSizeBytes));

    expect(bytes).toBe(Buffer.byteLength(JSON.stringify(events), 'utf8'));
  });

  it('counts an empty array as two bytes', () => {
    expect(requestBodyBytes([])).toBe(2);
  });
});

describe('fitBatch', () => {
  it('fills the body up to exactly maxBytes', () => {
    // [ + 4 + , + 4 + ] = 11 bytes.
    const plan = fitBatch([item(4, 'a'), item(4, 'b'), item(1, 'c')], {
      maxEvents: 10,
      maxBytes: 11,
    });

    expect(plan.batch.map((entry) => entry.name)).toEqual(['a', 'b']);
    expect(plan.oversized).toEqual([]);
  });

  it('stops at the first item that does not fit, keeping order for the next batch', () => {
    const plan = fitBatch([item(4, 'a'), item(5, 'b'), item(1, 'c')], {
      maxEvents: 10,
      maxBytes: 11,
    });

    expect(plan.batch.map((entry) => entry.name)).toEqual(['a']);
  });

  it('stops at maxEvents', () => {
    const plan = fitBatch([item(1), item(1), item(1)], { maxEvents: 2, maxBytes: 1000 });

    expect(plan.batch).toHaveLength(2);
  });

  it('sets apart items too big for a body of their own, wherever they are', () => {
    const plan = fitBatch([item(3, 'a'), item(9, 'big'), item(3, 'b')], {
      maxEvents: 10,
      maxBytes: 10,
    });

    expect(plan.batch.map((entry) => entry.name)).toEqual(['a', 'b']);
    expect(plan.oversized.map((entry) => entry.name)).toEqual(['big']);
  });
});
