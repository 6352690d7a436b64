/**
 * A company's headquarters as location fields `normalizeLocation` reads, plus the street
 * address and postal code of the office line that matches it.
 */
import type { RawCompany } from '../extract/types';
import { citiesNamed } from './city';
import { toCountryCode } from './country';

/** Fields for `normalizeLocation`, and the raw field each one was taken from. */
export interface CompanyPlace {
  fields: Pick<RawCompany, 'locality' | 'region' | 'country'> & { location?: string };
  from: Partial<Record<'locality' | 'region' | 'country' | 'location', keyof RawCompany>>;
  streetAddress?: string;
  postalCode?: string;
}

/** Comma-separated parts, trimmed, empty ones dropped. */
function splitParts(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Whether two place names are the same, ignoring case and surrounding space. */
function samePlace(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The office line of the headquarters (`Maasboulevard 1, Rotterdam, South Holland 3011 AA,
 * NL`): one that has the city as one of its parts. Its country, the street before the
 * city, and the postal code after it: what is left once the headquarters' other parts
 * (region, country) are removed.
 */
function readOfficeLine(line: string, city: string, otherParts: string[]) {
  const parts = splitParts(line);
  const cityIndex = parts.findIndex((part) => samePlace(part, city));
  if (cityIndex < 0) return undefined;
  const last = parts.at(-1) ?? '';
  const countryCode = parts.length - 1 > cityIndex ? toCountryCode(last) : undefined;
  const between = parts.slice(cityIndex + 1, countryCode ? -1 : undefined).join(' ');
  const rest = otherParts.reduce((text, part) => text.replace(part, ''), between).trim();

  return {
    country: countryCode,
    streetAddress: parts.slice(0, cityIndex).join(', ') || undefined,
    // Only text with a digit, at most a short code: `3011 AA`, `6700`, `SW1A 1AA`.
    postalCode: /\d/.test(rest) && rest.length <= 10 ? rest : undefined,
  };
}

/**
 * `Place, Country` of an organization. A member's location on LinkedIn names a region
 * that way, so `normalizeLocation` reads the place as a region; an organization states
 * where its office is, so a place that is a known city of that country is the city.
 */
function readCityAndCountry(display: string): CompanyPlace['fields'] | undefined {
  const [place, country, ...more] = splitParts(display);
  if (!place || !country || more.length > 0 || /^[A-Z]{2}$/.test(country)) return undefined;
  const code = toCountryCode(country);
  const isCity = code && citiesNamed(place).some((city) => city.countryCode === code);

  return isCity ? { locality: place, country: code } : undefined;
}

/** Location fields from the page's structured address parts. */
function readStructured(fields: RawCompany): CompanyPlace {
  const keys = (['locality', 'region', 'country'] as const).filter((key) => fields[key]);

  return {
    fields: { locality: fields.locality, region: fields.region, country: fields.country },
    from: Object.fromEntries(keys.map((key) => [key, key])),
    streetAddress: fields.streetAddress,
    postalCode: fields.postalCode,
  };
}

/** Location fields from the headquarters display string and the matching office line. */
function readDisplayed(display: string, addresses: string[]): CompanyPlace {
  const [city, ...otherParts] = splitParts(display);
  const office = city
    ? addresses.map((line) => readOfficeLine(line, city, otherParts)).find(Boolean)
    : undefined;
  const street = { streetAddress: office?.streetAddress, postalCode: office?.postalCode };
  const cityAndCountry = readCityAndCountry(display);
  if (cityAndCountry) {
    return {
      fields: cityAndCountry,
      from: { locality: 'headquarters', country: 'headquarters' },
      ...street,
    };
  }

  return {
    fields: { location: display, country: office?.country },
    from: { location: 'headquarters', ...(office?.country ? { country: 'addresses' } : {}) },
    ...street,
  };
}

/**
 * Where the company is: structured address parts when the page has them, else its
 * headquarters as written, with the country, street and postal code of the office line
 * that matches it. Office lines alone are not read: any of them could be a branch.
 */
export function readCompanyPlace(fields: RawCompany): CompanyPlace {
  if (fields.locality || fields.country) return readStructured(fields);
  if (fields.headquarters) return readDisplayed(fields.headquarters, fields.addresses ?? []);

  return { fields: {}, from: {} };
}
