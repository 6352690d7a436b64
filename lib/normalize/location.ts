import type { RawPerson } from '../extract/types';
import { countryName, toCountryCode } from './country';
import { isIanaTimeZone, timeZoneForCountry } from './time-zone';

/** The location properties of a `user_enriched` event. */
export type LocationKey =
  | 'enrichment_city'
  | 'enrichment_state'
  | 'enrichment_state_code'
  | 'enrichment_country'
  | 'enrichment_country_code'
  | 'enrichment_location'
  | 'enrichment_time_zone';

/** Location properties, each with the raw field it came from (`derived` when computed). */
export interface NormalizedLocation {
  values: Partial<Record<LocationKey, string>>;
  sources: Partial<Record<LocationKey, keyof RawPerson | 'derived'>>;
}

/** A region written as a code (`QC`, `NSW`), which goes to the state code as written. */
const REGION_CODE = /^[A-Z]{2,3}$/;

/** Parts naming an area rather than a city (`Greater Madrid Metropolitan Area`). */
const AREA_PART = /\b(area|metropolitan|metro)\b/i;

/** The parts of a display string that could be told apart. */
interface DisplayParts {
  city?: string;
  region?: string;
  countryCode?: string;
}

/** City, region and country of a display string such as `Montréal, QC, Canada`. */
function splitDisplayString(location: string): DisplayParts {
  const parts = location
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const last = parts.at(-1) ?? '';
  // `Austin, TX`: a final two-letter part after a city is a region, not a country code.
  const isRegionCode = parts.length === 2 && /^[A-Z]{2}$/.test(last);
  // A lone part is a country only when written as a name: `CA` alone is ambiguous.
  const isLoneCode = parts.length === 1 && last.length <= 3;
  const countryCode = isRegionCode || isLoneCode ? undefined : toCountryCode(last);
  const places = countryCode ? parts.slice(0, -1) : parts;
  if (places.some((part) => AREA_PART.test(part))) return { countryCode };
  // A single place before the country could be a city or a region: only a code is certain.
  if (places.length === 1) {
    return { countryCode, region: REGION_CODE.test(places[0]!) ? places[0] : undefined };
  }

  return { countryCode, city: places[0], region: places.length > 1 ? places.at(-1) : undefined };
}

/** Adds a value and its source when the value is present and the key is still empty. */
function put(
  result: NormalizedLocation,
  key: LocationKey,
  value: string | undefined,
  source: keyof RawPerson | 'derived',
) {
  if (!value || result.values[key]) return;
  result.values[key] = value;
  result.sources[key] = source;
}

/** A region as a state name, or as a state code when written as one. */
function putRegion(
  result: NormalizedLocation,
  region: string | undefined,
  source: keyof RawPerson,
) {
  const key = region && REGION_CODE.test(region) ? 'enrichment_state_code' : 'enrichment_state';
  put(result, key, region, source);
}

/** The zone the page states if it is an IANA zone, else the country's only zone. */
function putTimeZone(result: NormalizedLocation, fields: RawPerson) {
  if (fields.timeZone && isIanaTimeZone(fields.timeZone)) {
    put(result, 'enrichment_time_zone', fields.timeZone, 'timeZone');
  }
  const code = result.values.enrichment_country_code;
  put(result, 'enrichment_time_zone', code && timeZoneForCountry(code), 'derived');
}

/**
 * Location properties from the raw fields: structured address parts first, then the
 * display string's parts. Nothing is guessed: an ambiguous part is left out.
 */
export function normalizeLocation(fields: RawPerson): NormalizedLocation {
  const result: NormalizedLocation = { values: {}, sources: {} };
  const parsed: DisplayParts = fields.location ? splitDisplayString(fields.location) : {};

  put(result, 'enrichment_city', fields.locality, 'locality');
  put(result, 'enrichment_city', parsed.city, 'location');
  putRegion(result, fields.region, 'region');
  putRegion(result, parsed.region, 'location');
  put(
    result,
    'enrichment_country_code',
    fields.country && toCountryCode(fields.country),
    'country',
  );
  put(result, 'enrichment_country_code', parsed.countryCode, 'location');
  const code = result.values.enrichment_country_code;
  put(result, 'enrichment_country', code && countryName(code), 'derived');
  put(result, 'enrichment_location', fields.location, 'location');
  const country = result.values.enrichment_country ?? fields.country;
  const parts = [fields.locality, fields.region, country].filter(Boolean);
  // Only structured parts: composed with the country's name, not a bare code.
  put(result, 'enrichment_location', parts.join(', '), 'derived');
  putTimeZone(result, fields);

  return result;
}
