import { cityList } from './city-list';
import { foldForMatch } from './fold';

/** A city the city list knows, with where it lies. */
export interface KnownCity {
  countryCode: string;
  /** The province as the list writes it (`Bayern`, `Lesser Poland`), not a code. */
  province: string;
  timeZone: string;
}

/**
 * Local names the city list (`city-timezones`, English names) lacks, for cities of
 * countries with several zones, where the city decides the zone (Germany counts: the tz
 * database gives Büsingen Zurich's zone). Others need no entry: the country's zone serves.
 */
const CITY_ALIASES: Record<string, string> = {
  munchen: 'munich',
  koln: 'cologne',
  'frankfurt am main': 'frankfurt',
  'ciudad de mexico': 'mexico city',
  cdmx: 'mexico city',
  'nueva york': 'new york',
  'new york city': 'new york',
  nyc: 'new york',
  moskva: 'moscow',
  'sankt peterburg': 'st petersburg',
  'saint petersburg': 'st petersburg',
  'las palmas de gran canaria': 'las palmas',
};

let byName: Map<string, KnownCity[]> | undefined;

/** Cities by folded name (both the written and the ASCII form), built once on first use. */
function cityIndex(): Map<string, KnownCity[]> {
  if (byName) return byName;
  byName = new Map();
  for (const entry of cityList()) {
    const known = { countryCode: entry.iso2, province: entry.province, timeZone: entry.timezone };
    const written = entry.city === entry.city_ascii ? [entry.city] : [entry.city, entry.city_ascii];
    const names = new Set(written.map(foldForMatch));
    for (const name of names) byName.set(name, [...(byName.get(name) ?? []), known]);
  }

  return byName;
}

/** Every known city with this name, in any country (`Valencia`: Spain and Venezuela). */
export function citiesNamed(written: string): KnownCity[] {
  const folded = foldForMatch(written);

  return cityIndex().get(CITY_ALIASES[folded] ?? folded) ?? [];
}
