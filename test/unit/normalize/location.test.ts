import { describe, expect, it } from 'vitest';
import { normalizeLocation } from '../../../lib/normalize/location';

describe('normalizeLocation', () => {
  it('splits "City, Region, Country" and derives the country name', () => {
    const { values } = normalizeLocation({ location: 'Valencia, Valencian Community, Spain' });

    expect(values).toEqual({
      enrichment_city: 'Valencia',
      enrichment_state: 'Valencian Community',
      enrichment_country_code: 'ES',
      enrichment_country: 'Spain',
      enrichment_location: 'Valencia, Valencian Community, Spain',
    });
  });

  it('keeps a region written as a code in the state code, as written', () => {
    const { values } = normalizeLocation({ location: 'Montréal, QC, Canada' });

    expect(values).toMatchObject({
      enrichment_city: 'Montréal',
      enrichment_state_code: 'QC',
      enrichment_country_code: 'CA',
    });
    expect(values.enrichment_state).toBeUndefined();
  });

  it('reads "City, ST" as a city and a state code, not a country code', () => {
    const { values } = normalizeLocation({ location: 'Los Angeles, CA' });

    expect(values).toMatchObject({ enrichment_city: 'Los Angeles', enrichment_state_code: 'CA' });
    expect(values.enrichment_country_code).toBeUndefined();
  });

  it('leaves city and state empty when one place before the country is ambiguous', () => {
    const { values } = normalizeLocation({ location: 'California, United States' });

    expect(values.enrichment_city).toBeUndefined();
    expect(values.enrichment_state).toBeUndefined();
    expect(values.enrichment_country_code).toBe('US');
  });

  it('does not take a metropolitan area for a city', () => {
    const { values } = normalizeLocation({ location: 'Greater Madrid Metropolitan Area' });

    expect(values).toEqual({ enrichment_location: 'Greater Madrid Metropolitan Area' });
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
      enrichment_country_code: 'GH',
      enrichment_location: 'Accra, Greater Accra, Ghana',
      enrichment_time_zone: 'Africa/Accra',
    });
    expect(sources).toMatchObject({ enrichment_city: 'locality', enrichment_time_zone: 'derived' });
  });

  it('uses a stated IANA zone and ignores a bare offset', () => {
    const stated = normalizeLocation({
      location: 'Toronto, ON, Canada',
      timeZone: 'America/Toronto',
    });
    const offset = normalizeLocation({ location: 'Toronto, ON, Canada', timeZone: 'UTC-04:00' });

    expect(stated.values.enrichment_time_zone).toBe('America/Toronto');
    expect(offset.values.enrichment_time_zone).toBeUndefined();
  });
});
