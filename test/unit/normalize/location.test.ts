import { describe, expect, it } from 'vitest';
import { normalizeLocation } from '../../../lib/normalize/location';

/** The values proposed for a location display string alone. */
function valuesOf(location: string) {
  return normalizeLocation({ location }).values;
}

describe('normalizeLocation', () => {
  it('splits "City, Region, Country" and derives the country name and zone', () => {
    expect(valuesOf('Valencia, Valencian Community, Spain')).toEqual({
      enrichment_city: 'Valencia',
      enrichment_state: 'Valencian Community',
      enrichment_state_code: 'VC',
      enrichment_country_code: 'ES',
      enrichment_country: 'Spain',
      enrichment_location: 'Valencia, Valencian Community, Spain',
      enrichment_time_zone: 'Europe/Madrid',
    });
  });

  it.each([
    ['München, Bayern, Deutschland', 'München', 'Bayern', 'BY', 'DE', 'Europe/Berlin'],
    ['Munich, Bavaria, Germany', 'Munich', 'Bavaria', 'BY', 'DE', 'Europe/Berlin'],
    [
      'Köln, Nordrhein-Westfalen, Deutschland',
      'Köln',
      'Nordrhein-Westfalen',
      'NW',
      'DE',
      'Europe/Berlin',
    ],
    ['Paris, Île-de-France, France', 'Paris', 'Île-de-France', 'IDF', 'FR', 'Europe/Paris'],
    ['Rennes, Bretagne, France', 'Rennes', 'Bretagne', 'BRE', 'FR', 'Europe/Paris'],
    ['São Paulo, São Paulo, Brasil', 'São Paulo', 'São Paulo', 'SP', 'BR', 'America/Sao_Paulo'],
    [
      'Rio de Janeiro, Rio de Janeiro, Brazil',
      'Rio de Janeiro',
      'Rio de Janeiro',
      'RJ',
      'BR',
      'America/Sao_Paulo',
    ],
    ['Toronto, Ontario, Canada', 'Toronto', 'Ontario', 'ON', 'CA', 'America/Toronto'],
    [
      'Vancouver, British Columbia, Canada',
      'Vancouver',
      'British Columbia',
      'BC',
      'CA',
      'America/Vancouver',
    ],
    ['Austin, Texas, United States', 'Austin', 'Texas', 'TX', 'US', 'America/Chicago'],
    [
      'Seattle, Washington, United States',
      'Seattle',
      'Washington',
      'WA',
      'US',
      'America/Los_Angeles',
    ],
    [
      'Springfield, Illinois, United States',
      'Springfield',
      'Illinois',
      'IL',
      'US',
      'America/Chicago',
    ],
    ['Portland, Oregon, USA', 'Portland', 'Oregon', 'OR', 'US', 'America/Los_Angeles'],
    ['Barcelona, Cataluña, España', 'Barcelona', 'Cataluña', 'CT', 'ES', 'Europe/Madrid'],
    ['Sevilla, Andalucía, España', 'Sevilla', 'Andalucía', 'AN', 'ES', undefined],
    ['Milano, Lombardia, Italia', 'Milano', 'Lombardia', '25', 'IT', 'Europe/Rome'],
    [
      'Rotterdam, Zuid-Holland, Nederland',
      'Rotterdam',
      'Zuid-Holland',
      'ZH',
      'NL',
      'Europe/Amsterdam',
    ],
    [
      'Rotterdam, South Holland, Netherlands',
      'Rotterdam',
      'South Holland',
      'ZH',
      'NL',
      'Europe/Amsterdam',
    ],
    ['Kraków, Małopolskie, Polska', 'Kraków', 'Małopolskie', '12', 'PL', 'Europe/Warsaw'],
    ['Kraków, Lesser Poland, Poland', 'Kraków', 'Lesser Poland', '12', 'PL', 'Europe/Warsaw'],
    ['Zürich, Zürich, Schweiz', 'Zürich', 'Zürich', 'ZH', 'CH', 'Europe/Zurich'],
    ['Lisboa, Lisboa, Portugal', 'Lisboa', 'Lisboa', '11', 'PT', undefined],
    ['Bengaluru, Karnataka, India', 'Bengaluru', 'Karnataka', 'KA', 'IN', 'Asia/Kolkata'],
    [
      'Sydney, New South Wales, Australia',
      'Sydney',
      'New South Wales',
      'NSW',
      'AU',
      'Australia/Sydney',
    ],
    ['Accra, Greater Accra, Ghana', 'Accra', 'Greater Accra', 'AA', 'GH', 'Africa/Accra'],
    ['Kumasi, Ashanti, Ghana', 'Kumasi', 'Ashanti', 'AH', 'GH', 'Africa/Accra'],
    ['Guadalajara, Jalisco, México', 'Guadalajara', 'Jalisco', 'JAL', 'MX', 'America/Mexico_City'],
    ['Osaka, Osaka, Japan', 'Osaka', 'Osaka', '27', 'JP', 'Asia/Tokyo'],
  ])('reads %j', (location, city, state, stateCode, countryCode, timeZone) => {
    const values = valuesOf(location);

    expect(values).toMatchObject({
      enrichment_city: city,
      enrichment_state: state,
      enrichment_state_code: stateCode,
      enrichment_country_code: countryCode,
    });
    expect(values.enrichment_time_zone).toBe(timeZone);
  });

  it.each([
    ['Germany', 'DE', 'Germany', undefined],
    ['Deutschland', 'DE', 'Germany', undefined],
    ['España', 'ES', 'Spain', undefined],
    ['Brasil', 'BR', 'Brazil', undefined],
    ['Polska', 'PL', 'Poland', 'Europe/Warsaw'],
    ['Nederland', 'NL', 'Netherlands', 'Europe/Amsterdam'],
    ['Italia', 'IT', 'Italy', 'Europe/Rome'],
    ['Österreich', 'AT', 'Austria', 'Europe/Vienna'],
    ['Sverige', 'SE', 'Sweden', 'Europe/Stockholm'],
    ['Ghana', 'GH', 'Ghana', 'Africa/Accra'],
    ['日本', 'JP', 'Japan', 'Asia/Tokyo'],
    ['United States', 'US', 'United States of America', undefined],
    ['Mexico', 'MX', 'Mexico', undefined],
    ['🇩🇪 Deutschland', 'DE', 'Germany', undefined],
  ])('reads the country alone in %j', (location, code, country, timeZone) => {
    const values = valuesOf(location);

    expect(values).toMatchObject({ enrichment_country_code: code, enrichment_country: country });
    expect(values.enrichment_city).toBeUndefined();
    expect(values.enrichment_state).toBeUndefined();
    expect(values.enrichment_time_zone).toBe(timeZone);
  });

  it.each([
    ['California, United States', 'California', 'CA', 'US'],
    ['Texas, USA', 'Texas', 'TX', 'US'],
    ['Bayern, Deutschland', 'Bayern', 'BY', 'DE'],
    ['Île-de-France, France', 'Île-de-France', 'IDF', 'FR'],
    ['Ontario, Canada', 'Ontario', 'ON', 'CA'],
    ['São Paulo, Brasil', 'São Paulo', 'SP', 'BR'],
    ['New York, United States', 'New York', 'NY', 'US'],
    ['Catalonia, Spain', 'Catalonia', 'CT', 'ES'],
  ])('reads %j as a region, leaving the city empty', (location, state, code, country) => {
    const values = valuesOf(location);

    expect(values).toMatchObject({
      enrichment_state: state,
      enrichment_state_code: code,
      enrichment_country_code: country,
    });
    expect(values.enrichment_city).toBeUndefined();
  });

  it.each([
    ['Tokyo, Japan', 'Tokyo', 'Tokyo', 'JP', 'Asia/Tokyo'],
    ['Berlin, Germany', 'Berlin', 'Berlin', 'DE', 'Europe/Berlin'],
    ['Wien, Österreich', 'Wien', 'Wien', 'AT', 'Europe/Vienna'],
  ])('reads the city-state %j as both city and region', (location, city, state, code, zone) => {
    expect(valuesOf(location)).toMatchObject({
      enrichment_city: city,
      enrichment_state: state,
      enrichment_country_code: code,
      enrichment_time_zone: zone,
    });
  });

  it.each([
    ['Valencia, Spain', 'Valencia', 'ES', 'Europe/Madrid'],
    ['Toronto, Canada', 'Toronto', 'CA', 'America/Toronto'],
    ['Seattle, United States', 'Seattle', 'US', 'America/Los_Angeles'],
    ['Montréal, Canada', 'Montréal', 'CA', 'America/Toronto'],
    ['Kraków, Polska', 'Kraków', 'PL', 'Europe/Warsaw'],
  ])('reads %j as a known city of the country', (location, city, code, zone) => {
    const values = valuesOf(location);

    expect(values).toMatchObject({
      enrichment_city: city,
      enrichment_country_code: code,
      enrichment_time_zone: zone,
    });
    expect(values.enrichment_state).toBeUndefined();
  });

  it('leaves a lone place it knows neither as a region nor as a city empty', () => {
    const values = valuesOf('Quillhaven, Canada');

    expect(values).toMatchObject({ enrichment_country_code: 'CA' });
    expect(values.enrichment_city).toBeUndefined();
    expect(values.enrichment_state).toBeUndefined();
  });

  it('keeps a region written as a code in the state code and names it from the ISO list', () => {
    const { values, sources } = normalizeLocation({ location: 'Montréal, QC, Canada' });

    expect(values).toMatchObject({
      enrichment_city: 'Montréal',
      enrichment_state_code: 'QC',
      enrichment_state: 'Quebec',
      enrichment_country_code: 'CA',
      enrichment_time_zone: 'America/Toronto',
    });
    expect(sources).toMatchObject({
      enrichment_state_code: 'location',
      enrichment_state: 'derived',
    });
  });

  it.each([
    ['New York, NY', 'New York', 'NY', 'New York', 'US', 'America/New_York'],
    ['Austin, TX', 'Austin', 'TX', 'Texas', 'US', 'America/Chicago'],
    ['Los Angeles, CA', 'Los Angeles', 'CA', 'California', 'US', 'America/Los_Angeles'],
    ['Springfield, MO', 'Springfield', 'MO', 'Missouri', 'US', 'America/Chicago'],
    ['London, ON', 'London', 'ON', 'Ontario', 'CA', 'America/Toronto'],
    ['Sydney, NSW', 'Sydney', 'NSW', 'New South Wales', 'AU', 'Australia/Sydney'],
  ])('reads "City, ST" %j with the country the city lies in', (location, ...expected) => {
    const [city, code, state, country, zone] = expected;

    expect(valuesOf(location)).toMatchObject({
      enrichment_city: city,
      enrichment_state_code: code,
      enrichment_state: state,
      enrichment_country_code: country,
      enrichment_time_zone: zone,
    });
  });

  it('reads "City, XX" as a country code when the city lies in that country', () => {
    expect(valuesOf('Berlin, DE')).toMatchObject({
      enrichment_city: 'Berlin',
      enrichment_country_code: 'DE',
      enrichment_time_zone: 'Europe/Berlin',
    });
  });

  it('keeps a region code as written when no known city tells the country', () => {
    const values = valuesOf('Quillhaven, ZQ');

    expect(values).toMatchObject({ enrichment_city: 'Quillhaven', enrichment_state_code: 'ZQ' });
    expect(values.enrichment_country_code).toBeUndefined();
  });

  it.each([
    ['München, Bayern', 'München', 'Bayern', 'BY', 'DE'],
    ['Austin, Texas', 'Austin', 'Texas', 'TX', 'US'],
    ['Guimarães, Braga', 'Guimarães', 'Braga', '03', 'PT'],
  ])('infers the country of %j from the region', (location, city, state, code, country) => {
    expect(valuesOf(location)).toMatchObject({
      enrichment_city: city,
      enrichment_state: state,
      enrichment_state_code: code,
      enrichment_country_code: country,
    });
  });

  it.each([
    ['Greater Seattle Area', undefined, 'Washington', 'WA', 'US', 'America/Los_Angeles'],
    ['San Francisco Bay Area', undefined, 'California', 'CA', 'US', 'America/Los_Angeles'],
    ['Greater London', 'London', undefined, undefined, 'GB', 'Europe/London'],
    ['London Area, United Kingdom', undefined, undefined, undefined, 'GB', 'Europe/London'],
    ['Greater Toronto Area, Canada', undefined, 'Ontario', 'ON', 'CA', 'America/Toronto'],
    [
      'Greater Madrid Metropolitan Area',
      undefined,
      'Comunidad de Madrid',
      'MD',
      'ES',
      'Europe/Madrid',
    ],
    ['New York City Metropolitan Area', undefined, undefined, undefined, 'US', 'America/New_York'],
  ])('maps the metropolitan area %j through the table', (location, ...expected) => {
    const [city, state, code, country, zone] = expected;
    const { values, sources } = normalizeLocation({ location });

    expect(values.enrichment_city).toBe(city);
    expect(values.enrichment_state).toBe(state);
    expect(values.enrichment_state_code).toBe(code);
    expect(values.enrichment_country_code).toBe(country);
    expect(values.enrichment_time_zone).toBe(zone);
    expect(values.enrichment_location).toBe(location);
    expect(sources.enrichment_time_zone).toBe('derived');
  });

  it('takes an area missing from the table for no city', () => {
    const values = valuesOf('Greater Quillhaven Metropolitan Area, Canada');

    expect(values).toEqual({
      enrichment_country_code: 'CA',
      enrichment_country: 'Canada',
      enrichment_location: 'Greater Quillhaven Metropolitan Area, Canada',
    });
  });

  it('ignores a table area when the string names another country', () => {
    const values = valuesOf('Greater London, Canada');

    expect(values.enrichment_country_code).toBe('CA');
    expect(values.enrichment_city).toBeUndefined();
  });

  it.each(['Georgia', 'Luxembourg'])(
    'leaves %j alone empty: it is a country and another country region',
    (location) => {
      expect(valuesOf(location)).toEqual({ enrichment_location: location });
    },
  );

  it.each(['CA', 'Quillhaven', 'Earth', 'Remote', 'Paris'])(
    'proposes only the display string for %j alone',
    (location) => {
      expect(valuesOf(location)).toEqual({ enrichment_location: location });
    },
  );

  it('reads Georgia the country and Georgia the state when the string says which', () => {
    expect(valuesOf('Tbilisi, Georgia')).toMatchObject({
      enrichment_city: 'Tbilisi',
      enrichment_country_code: 'GE',
    });
    expect(valuesOf('Atlanta, Georgia, United States')).toMatchObject({
      enrichment_state_code: 'GA',
      enrichment_country_code: 'US',
      enrichment_time_zone: 'America/New_York',
    });
  });

  it('leaves the zone empty for a city name found twice in the country', () => {
    const values = valuesOf('Springfield, United States');

    expect(values.enrichment_time_zone).toBeUndefined();
    expect(values.enrichment_country_code).toBe('US');
  });

  it('leaves the zone empty for a region of a country with several zones', () => {
    expect(valuesOf('Texas, United States').enrichment_time_zone).toBeUndefined();
  });

  it('keeps a region it cannot match as written, without a code', () => {
    const values = valuesOf('Quillhaven, Northmarch, Canada');

    expect(values).toMatchObject({ enrichment_city: 'Quillhaven', enrichment_state: 'Northmarch' });
    expect(values.enrichment_state_code).toBeUndefined();
  });

  it('reads parts split by other separators and drops decorations', () => {
    expect(valuesOf('📍 Lagos · Lagos · Nigeria')).toMatchObject({
      enrichment_city: 'Lagos',
      enrichment_state_code: 'LA',
      enrichment_country_code: 'NG',
      enrichment_time_zone: 'Africa/Lagos',
    });
  });

  it('prefers structured address parts and composes the display string from them', () => {
    const { values, sources } = normalizeLocation({
      locality: 'Accra',
      region: 'Greater Accra',
      country: 'GH',
    });

    expect(values).toMatchObject({
      enrichment_city: 'Accra',
      enrichment_state: 'Greater Accra',
      enrichment_state_code: 'AA',
      enrichment_country_code: 'GH',
      enrichment_location: 'Accra, Greater Accra, Ghana',
      enrichment_time_zone: 'Africa/Accra',
    });
    expect(sources).toMatchObject({ enrichment_city: 'locality', enrichment_time_zone: 'derived' });
  });

  it('reads a structured country written as a name in another language', () => {
    const { values } = normalizeLocation({ locality: 'Poznań', country: 'Polska' });

    expect(values).toMatchObject({ enrichment_country_code: 'PL', enrichment_country: 'Poland' });
  });

  it('uses a stated IANA zone, in its current name, and ignores a bare offset', () => {
    const stated = normalizeLocation({
      location: 'Montréal, QC, Canada',
      timeZone: 'America/Montreal',
    });
    const offset = normalizeLocation({ location: 'Toronto, ON, Canada', timeZone: 'UTC-04:00' });

    expect(stated.values.enrichment_time_zone).toBe('America/Toronto');
    expect(stated.sources.enrichment_time_zone).toBe('timeZone');
    expect(offset.values.enrichment_time_zone).toBe('America/Toronto');
    expect(offset.sources.enrichment_time_zone).toBe('derived');
  });
});

describe('normalizeLocation with a country name that is also a region elsewhere', () => {
  it('proposes no country for a US city followed by its state', () => {
    const { values } = normalizeLocation({ location: 'Atlanta, Georgia' });

    expect(values).toEqual({ enrichment_location: 'Atlanta, Georgia' });
  });

  it('still reads the country when the city is one of its own', () => {
    const { values } = normalizeLocation({ location: 'Tbilisi, Georgia' });

    expect(values).toMatchObject({ enrichment_country_code: 'GE' });
  });
});
