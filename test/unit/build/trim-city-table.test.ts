import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { compactCityListModule, trimCityRows } from '../../../build/trim-city-table';
import { CITY_FIELDS_READ, cityList } from '../../../lib/normalize/city-list';

const require = createRequire(import.meta.url);
const cityListJson = readFileSync(require.resolve('city-timezones/data/cityMap.json'), 'utf8');

/** The rows of the package, with only the fields the city lookup reads. */
const rowsRead = cityList().map((row) =>
  Object.fromEntries(CITY_FIELDS_READ.map((field) => [field, row[field]])),
);

describe('trimCityRows', () => {
  it('keeps every city with the fields the city lookup reads, unchanged', () => {
    expect(trimCityRows(cityListJson)).toEqual(rowsRead);
  });
});

describe('compactCityListModule', () => {
  it('gives the same rows as the package, as far as they are read', async () => {
    const code = compactCityListModule(cityListJson);

    const module = (await import(
      /* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`
    )) as { cityList(): unknown[] };

    expect(module.cityList()).toEqual(rowsRead);
    expect(module.cityList()).toBe(module.cityList());
  });

  it('is a small part of the list’s size', () => {
    expect(compactCityListModule(cityListJson).length).toBeLessThan(cityListJson.length / 5);
  });
});
