import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { trimCityRows } from '../../../build/trim-city-table';
import { CITY_FIELDS_READ } from '../../../lib/normalize/city';

const require = createRequire(import.meta.url);
const cityTable = readFileSync(require.resolve('city-timezones/data/cityMap.json'), 'utf8');

describe('trimCityRows', () => {
  it('keeps every city with the fields the city lookup reads, unchanged', () => {
    const full = JSON.parse(cityTable) as Record<string, unknown>[];

    const trimmed = JSON.parse(trimCityRows(cityTable)) as Record<string, unknown>[];

    expect(trimmed).toHaveLength(full.length);
    expect(Object.keys(trimmed[0]!)).toEqual([...CITY_FIELDS_READ]);
    trimmed.forEach((row, index) => {
      for (const field of CITY_FIELDS_READ) expect(row[field]).toBe(full[index]![field]);
    });
  });

  it('leaves out most of the list’s weight', () => {
    expect(trimCityRows(cityTable).length).toBeLessThan(cityTable.length / 2);
  });
});
