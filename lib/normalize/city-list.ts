import { cityMapping, type CityData } from 'city-timezones';

/** The fields of the city list that the city lookup reads. */
export const CITY_FIELDS_READ = [
  'city',
  'city_ascii',
  'iso2',
  'province',
  'timezone',
] as const satisfies readonly (keyof CityData)[];

/** A row of the city list, as far as it is read. */
export type CityRow = Pick<CityData, (typeof CITY_FIELDS_READ)[number]>;

/**
 * The rows of the city list (`city-timezones`). In the extension's build this module is
 * replaced by a compact copy of the same rows that is decoded on the first call
 * (build/trim-city-table.ts): the background loads its script at every worker start, and
 * most profiles are read without the list, which would be most of that script.
 */
export function cityList(): readonly CityRow[] {
  return cityMapping;
}
