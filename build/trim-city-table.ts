import type { Plugin } from 'vite';
import { CITY_FIELDS_READ } from '../lib/normalize/city';

/** The city list `city-timezones` ships, required by its index as JSON. */
const CITY_TABLE = /[\\/]city-timezones[\\/]data[\\/]cityMap\.json$/;

/** Keeps only the fields of each row that `lib/normalize/city.ts` reads. */
export function trimCityRows(json: string): string {
  const rows = JSON.parse(json) as Record<string, unknown>[];
  const trimmed = rows.map((row) =>
    Object.fromEntries(CITY_FIELDS_READ.map((field) => [field, row[field]])),
  );

  return JSON.stringify(trimmed);
}

/**
 * A Vite plugin that trims the city list (1.9 MB of JSON) to the fields the extension reads
 * before it is bundled: the popup loads and parses it each time it opens, and the fields
 * left out (coordinates, population, other names) are most of its weight. Node (tests, the
 * CLI) reads the whole list; both see the same values for the fields read.
 */
export function trimCityTable(): Plugin {
  return {
    name: 'enrichment-capture:trim-city-table',
    // Before Vite's own JSON plugin turns the file into a module.
    enforce: 'pre',
    transform(code, id) {
      // Only the file itself: `?commonjs-proxy` and other ids are modules already.
      if (!CITY_TABLE.test(id)) return null;

      return { code: trimCityRows(code), map: null };
    },
  };
}
