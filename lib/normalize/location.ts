import type { RawPerson } from '../extract/types';
import { citiesNamed, type KnownCity } from './city';
import { countryName, toCountryCode } from './country';
import { readDisplayLocation, type DisplayParts } from './location-parts';
import { findSubdivision, subdivisionsNamed, type Subdivision } from './subdivision';
import { CITY_SUBDIVISIONS } from './subdivision-names';
import { canonicalTimeZone, isIanaTimeZone, timeZoneForCountry } from './time-zone';

/** The location properties of a `user_enriched` event. */
export type LocationKey =
  | 'enrichment_city'
  | 'enrichment_state'
  | 'enrichment_state_code'
  | 'enrichment_country'
  | 'enrichment_country_code'
  | 'enrichment_location'
  | 'enrichment_time_zone';

/** Where a location value came from: a raw field, or `derived` when computed. */
type LocationSource = keyof RawPerson | 'derived';

/** Location properties, each with the raw field it came from (`derived` when computed). */
export interface NormalizedLocation {
  values: Partial<Record<LocationKey, string>>;
  sources: Partial<Record<LocationKey, LocationSource>>;
}

/** A region written as a code (`QC`, `NSW`), which goes to the state code as written. */
const REGION_CODE = /^[A-Z]{2,3}$/;

/** A value with the raw field it was read from. */
interface Sourced {
  value: string;
  source: LocationSource;
}

/** City, region and country as read, before the region is matched to a subdivision. */
interface ReadPlace {
  city?: Sourced;
  region?: Sourced;
  countryCode?: Sourced;
}

/** A value from a field, if the field has one. */
function from(value: string | undefined, source: LocationSource): Sourced | undefined {
  return value?.trim() ? { value: value.trim(), source } : undefined;
}

/** Whether a known city lies in the subdivision, judged by the name of its province. */
function liesIn(city: KnownCity, subdivision: Subdivision): boolean {
  return findSubdivision(city.countryCode, city.province)?.code === subdivision.code;
}

/** Known cities of this name, in the country and region when those are known. */
function matchingCities(city: string, countryCode?: string, region?: Subdivision): KnownCity[] {
  const inCountry = citiesNamed(city).filter(
    (known) => !countryCode || known.countryCode === countryCode,
  );
  const inRegion = region ? inCountry.filter((known) => liesIn(known, region)) : [];

  return inRegion.length > 0 ? inRegion : inCountry;
}

/** The one value every item gives, or `undefined` when they disagree or there are none. */
function onlyValue<T>(items: T[], pick: (item: T) => string): string | undefined {
  const values = new Set(items.map(pick));

  return values.size === 1 ? [...values][0] : undefined;
}

/**
 * The country of a city and region written without one (`Austin, TX`, `München, Bayern`):
 * the only country where a known city of that name lies in a region of that name or
 * code, else the only country with a region of that name. Otherwise `undefined`.
 */
function inferCountry(city: string, region: string): string | undefined {
  const viaCity = citiesNamed(city).filter((known) => {
    const subdivision = findSubdivision(known.countryCode, region);

    return subdivision !== undefined && liesIn(known, subdivision);
  });
  if (viaCity.length > 0) return onlyValue(viaCity, (known) => known.countryCode);
  if (REGION_CODE.test(region)) return undefined;

  return onlyValue(subdivisionsNamed(region), (found) => found.countryCode);
}

/** `City, XX`: XX as a country when the city lies there, as a region code otherwise. */
function readCityAndCode(city: string, code: string): ReadPlace {
  const asCountry = toCountryCode(code);
  const inThatCountry = asCountry ? matchingCities(city, asCountry) : [];
  const asRegion = inferCountry(city, code);
  const place = { city: { value: city, source: 'location' as const } };
  if (inThatCountry.length > 0 && !asRegion) {
    return { ...place, countryCode: { value: asCountry!, source: 'location' } };
  }
  const country = asRegion && inThatCountry.length === 0 ? asRegion : undefined;

  return { ...place, region: { value: code, source: 'location' }, ...countryOf(country) };
}

/** A derived country code, if there is one. */
function countryOf(code: string | undefined): Pick<ReadPlace, 'countryCode'> {
  return code ? { countryCode: { value: code, source: 'derived' } } : {};
}

/**
 * A lone place before a country: a region when the country has one of that name (and a
 * city too when the region is a city, `Berlin`), else a city when a known city of the
 * country has that name, else a region code as written. An unknown name stays unread.
 */
function readLonePlace(place: string, countryCode: string | undefined): ReadPlace {
  const subdivision = countryCode ? findSubdivision(countryCode, place) : undefined;
  const asRead = { value: place, source: 'location' as const };
  if (subdivision) {
    const isCity = CITY_SUBDIVISIONS.has(`${countryCode}-${subdivision.code}`);

    return isCity ? { city: asRead, region: asRead } : { region: asRead };
  }
  if (countryCode && matchingCities(place, countryCode).length > 0) return { city: asRead };

  return REGION_CODE.test(place) ? { region: asRead } : {};
}

/** City, region and country as the display string writes them. */
function readDisplay(parts: DisplayParts): ReadPlace {
  if (parts.cityAndCode) return readCityAndCode(parts.cityAndCode.city, parts.cityAndCode.code);
  const countryCode = from(parts.countryCode, 'location');
  if (parts.place) return { countryCode, ...readLonePlace(parts.place, parts.countryCode) };

  return {
    countryCode,
    city: from(parts.city, 'location'),
    region: from(parts.region, 'location'),
  };
}

/** Structured address parts first, then what the display string adds. */
function readPlace(fields: RawPerson, parts: DisplayParts): ReadPlace {
  const display = readDisplay(parts);
  const ownCountry = fields.country ? toCountryCode(fields.country) : undefined;
  const read: ReadPlace = {
    city: from(fields.locality, 'locality') ?? display.city,
    region: from(fields.region, 'region') ?? display.region,
    countryCode: from(ownCountry, 'country') ?? display.countryCode,
  };
  if (!read.countryCode && read.city && read.region) {
    read.countryCode = countryOf(inferCountry(read.city.value, read.region.value)).countryCode;
  }

  return read;
}

/** Adds a value and its source when the value is present and the key is still empty. */
function put(
  result: NormalizedLocation,
  key: LocationKey,
  value: string | undefined,
  source: LocationSource,
) {
  if (!value || result.values[key]) return;
  result.values[key] = value;
  result.sources[key] = source;
}

/**
 * The region as written, and its ISO 3166-2 subdivision code when the country is known
 * and has one region of that name or code. A region written as a code is kept as the code
 * and named from the ISO list; an unknown name is kept without a code.
 */
function putRegion(result: NormalizedLocation, region: Sourced, countryCode?: string) {
  const subdivision = countryCode ? findSubdivision(countryCode, region.value) : undefined;
  const isCode = REGION_CODE.test(region.value);
  if (!subdivision) {
    put(result, isCode ? 'enrichment_state_code' : 'enrichment_state', region.value, region.source);
    return;
  }
  put(result, 'enrichment_state', isCode ? subdivision.name : region.value, region.source);
  put(result, 'enrichment_state_code', subdivision.code, isCode ? region.source : 'derived');
  if (isCode) result.sources.enrichment_state = 'derived';
}

/**
 * The zone the page states if it is an IANA zone; else the country's only zone; else the
 * zone of the one known city of that name in the country (and region, when known).
 */
function timeZoneOf(read: ReadPlace, fields: RawPerson, countryCode?: string): Sourced | undefined {
  if (fields.timeZone && isIanaTimeZone(fields.timeZone)) {
    return { value: canonicalTimeZone(fields.timeZone), source: 'timeZone' };
  }
  const ofCountry = countryCode ? timeZoneForCountry(countryCode) : undefined;
  if (ofCountry || !read.city || !countryCode) return from(ofCountry, 'derived');
  const region = read.region && findSubdivision(countryCode, read.region.value);
  const cities = matchingCities(read.city.value, countryCode, region || undefined);
  const zone = onlyValue(cities, (city) => city.timeZone);

  return from(zone && canonicalTimeZone(zone), 'derived');
}

/** Fills the values a metropolitan area from the table gives, where still empty. */
function putMetro(result: NormalizedLocation, metro: DisplayParts['metro']) {
  if (!metro) return;
  put(result, 'enrichment_city', metro.city, 'derived');
  put(result, 'enrichment_state', metro.state, 'derived');
  put(result, 'enrichment_state_code', metro.stateCode, 'derived');
  put(result, 'enrichment_country_code', metro.countryCode, 'derived');
  put(result, 'enrichment_time_zone', metro.timeZone, 'derived');
}

/**
 * Location properties from the raw fields: structured address parts first, then the
 * display string's parts (`City, Region, Country` in many languages, metropolitan areas
 * from a table). Nothing is guessed: an ambiguous part is left out.
 */
export function normalizeLocation(fields: RawPerson): NormalizedLocation {
  const result: NormalizedLocation = { values: {}, sources: {} };
  const parts: DisplayParts = fields.location ? readDisplayLocation(fields.location) : {};
  const read = readPlace(fields, parts);
  const countryCode = read.countryCode?.value ?? parts.metro?.countryCode;

  put(result, 'enrichment_city', read.city?.value, read.city?.source ?? 'derived');
  if (read.region) putRegion(result, read.region, countryCode);
  put(
    result,
    'enrichment_country_code',
    read.countryCode?.value,
    read.countryCode?.source ?? 'derived',
  );
  const timeZone = timeZoneOf(read, fields, countryCode);
  put(result, 'enrichment_time_zone', timeZone?.value, timeZone?.source ?? 'derived');
  putMetro(result, parts.metro);
  const code = result.values.enrichment_country_code;
  put(result, 'enrichment_country', code && countryName(code), 'derived');
  put(result, 'enrichment_location', fields.location, 'location');
  const country = result.values.enrichment_country ?? fields.country;
  const structured = [fields.locality, fields.region, country].filter(Boolean);
  // Only structured parts: composed with the country's name, not a bare code.
  put(result, 'enrichment_location', structured.join(', '), 'derived');

  return result;
}
