import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { CITY_FIELDS_READ, type CityRow } from '../lib/normalize/city-list';

/** The module the build replaces: `cityList()` over the whole `city-timezones` package. */
const CITY_LIST_MODULE = /[\\/]lib[\\/]normalize[\\/]city-list\.ts$/;

/** Keeps only the fields of each row that the city lookup reads. */
export function trimCityRows(json: string): CityRow[] {
  const rows = JSON.parse(json) as Record<string, unknown>[];

  return rows.map(
    (row) => Object.fromEntries(CITY_FIELDS_READ.map((field) => [field, row[field]])) as CityRow,
  );
}

/**
 * The code of `lib/normalize/city-list.ts` for the extension: `cityList()` returns the same
 * rows (the fields read), kept as one string in a compact form (each row an array, the
 * ASCII name left out where it is the name, time zones numbered) and decoded on the first
 * call. About 270 kB instead of the package's 1.9 MB of JSON.
 */
export function compactCityListModule(json: string): string {
  const rows = trimCityRows(json);
  const zones = [...new Set(rows.map((row) => row.timezone))];
  const compact = rows.map((row) => [
    row.city,
    row.city_ascii === row.city ? 0 : row.city_ascii,
    row.iso2,
    row.province,
    zones.indexOf(row.timezone),
  ]);
  const data = JSON.stringify(JSON.stringify({ zones, rows: compact }));

  return [
    `const data = ${data};`,
    'let decoded;',
    'export function cityList() {',
    '  if (decoded) return decoded;',
    '  const { zones, rows } = JSON.parse(data);',
    '  decoded = rows.map(([city, ascii, iso2, province, zone]) => ({',
    '    city, city_ascii: ascii === 0 ? city : ascii, iso2, province, timezone: zones[zone],',
    '  }));',
    '  return decoded;',
    '}',
  ].join('\n');
}

/**
 * A Vite plugin that gives the extension's bundle a compact city list, decoded when a
 * lookup first needs it, in place of the `city-timezones` package. The background, which
 * proposes the properties, loads its script at every worker start; the package's list
 * (1.9 MB of JSON, mostly fields never read: coordinates, population, other names) would be
 * most of it, parsed into 7,000 objects each time, though most profiles are read without
 * it. Node (tests, the CLI) reads the package itself; both see the same rows.
 */
export function trimCityTable(): Plugin {
  return {
    name: 'enrichment-capture:trim-city-table',
    enforce: 'pre',
    load(id) {
      if (!CITY_LIST_MODULE.test(id)) return null;
      const listPath = createRequire(import.meta.url).resolve('city-timezones/data/cityMap.json');

      return compactCityListModule(readFileSync(listPath, 'utf8'));
    },
  };
}
