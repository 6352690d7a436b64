import { isCountryName, toCountryCode } from './country';
import { foldForMatch } from './fold';
import { METRO_AREAS, type MetroArea } from './metro-areas';
import { citiesNamed } from './city';
import { subdivisionsNamed } from './subdivision';

/** What a display string such as `München, Bayern, Deutschland` tells apart. */
export interface DisplayParts {
  /** The first of two or more places before the country. */
  city?: string;
  /** The last of two or more places before the country. */
  region?: string;
  /** A lone place before the country: a city, a region, or both (`Berlin`). */
  place?: string;
  /** The country's code when the string names one, as a name in any known language. */
  countryCode?: string;
  /** `City, XX`: XX could be a region code or a country code; the city decides. */
  cityAndCode?: { city: string; code: string };
  metro?: MetroArea;
}

/** Parts naming an area rather than a city (`Greater Madrid Metropolitan Area`). */
const AREA_PART = /\b(area|metropolitan|metro|metroplex)\b/i;

/** Pictographs and flags decorating a location (`📍 Berlin 🇩🇪`). */
const DECORATION = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u200d\ufe0f]/gu;

/** The parts of a display string, split at commas and the separators some sites use. */
function splitParts(location: string): string[] {
  return location
    .replace(DECORATION, ' ')
    .split(/[,;|·•]/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * A lone part as a country: written as a name (`CA` alone is ambiguous) that no other
 * country uses for a region (`Georgia`: the country or the US state).
 */
function loneCountry(part: string): string | undefined {
  if (!isCountryName(part)) return undefined;
  const code = toCountryCode(part);

  return code && isRegionElsewhere(part, code) ? undefined : code;
}

/** Whether another country has a region of this name (`Georgia`: a US state too). */
function isRegionElsewhere(name: string, countryCode: string): boolean {
  return subdivisionsNamed(name).some((found) => found.countryCode !== countryCode);
}

/**
 * The country of `Place, Country` when the country's name is also a region elsewhere: only
 * when the place is a known city of that country (`Tbilisi, Georgia`), not of the other
 * (`Atlanta, Georgia` is the US state).
 */
function countryOfAmbiguousPair(place: string, countryCode: string): string | undefined {
  const cities = citiesNamed(place);
  const isThere = cities.some((city) => city.countryCode === countryCode);
  const isElsewhere = cities.some((city) => city.countryCode !== countryCode);

  return isThere && !isElsewhere ? countryCode : undefined;
}

/** A metropolitan area from the table, unless the string names another country. */
function metroArea(places: string[], countryCode: string | undefined): MetroArea | undefined {
  const metro = places.length === 1 ? METRO_AREAS[foldForMatch(places[0]!)] : undefined;

  return metro && (!countryCode || metro.countryCode === countryCode) ? metro : undefined;
}

/** Places and country of a display string; nothing is resolved against a country yet. */
export function readDisplayLocation(location: string): DisplayParts {
  const parts = splitParts(location);
  if (parts.length === 1) {
    const metro = metroArea(parts, undefined);

    return metro ? { metro } : { countryCode: loneCountry(parts[0]!) };
  }
  const [first = '', last = ''] = [parts[0], parts.at(-1)];
  if (parts.length === 2 && /^[A-Z]{2}$/.test(last)) {
    return { cityAndCode: { city: first, code: last } };
  }
  const written = toCountryCode(last);
  const ambiguous = parts.length === 2 && written && isRegionElsewhere(last, written);
  const countryCode = ambiguous ? countryOfAmbiguousPair(first, written) : written;
  if (ambiguous && !countryCode) return {};
  const places = written ? parts.slice(0, -1) : parts;
  const metro = metroArea(places, countryCode);
  if (metro) return { countryCode: metro.countryCode, metro };
  if (places.some((part) => AREA_PART.test(part))) return { countryCode };
  if (places.length === 1) return { countryCode, place: places[0] };

  return { countryCode, city: places[0], region: places.at(-1) };
}
