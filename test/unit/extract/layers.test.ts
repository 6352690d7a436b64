import { describe, expect, it } from 'vitest';
import { mergeLayers, readLayer } from '../../../lib/extract/layers';

describe('layers', () => {
  it('takes each field from the first layer that has it and records its origin', () => {
    const merged = mergeLayers([
      { origin: 'structured-data', fields: { displayName: 'A', phones: [] } },
      { origin: 'page-text', fields: { displayName: 'B', location: 'Oslo', phones: ['1'] } },
    ]);

    expect(merged.fields).toEqual({ displayName: 'A', location: 'Oslo', phones: ['1'] });
    expect(merged.origins).toEqual({
      displayName: 'structured-data',
      location: 'page-text',
      phones: 'page-text',
    });
  });

  it('turns a layer that throws into an empty layer', () => {
    const layer = readLayer('broken', 'page-text', () => {
      throw new TypeError('boom');
    });

    expect(layer.fields).toEqual({});
  });
});
