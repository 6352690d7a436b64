import { describe, expect, it } from 'vitest';
import { readCompanyPlace } from '../../../lib/normalize/company-location';

describe('readCompanyPlace', () => {
  it('takes country, street and postal code from the office line of the headquarters', () => {
    const place = readCompanyPlace({
      headquarters: 'Rotterdam, South Holland',
      addresses: [
        'Havnegade 9, Esbjerg, 6700, DK',
        'Maasboulevard 1, Rotterdam, South Holland 3011 AA, NL',
      ],
    });

    expect(place).toEqual({
      fields: { location: 'Rotterdam, South Holland', country: 'NL' },
      from: { location: 'headquarters', country: 'addresses' },
      streetAddress: 'Maasboulevard 1',
      postalCode: '3011 AA',
    });
  });

  it('reads no office line that does not name the city of the headquarters', () => {
    const place = readCompanyPlace({
      headquarters: 'Rotterdam, South Holland',
      addresses: ['Havnegade 9, Esbjerg, 6700, DK'],
    });

    expect(place.fields).toEqual({ location: 'Rotterdam, South Holland', country: undefined });
    expect(place.streetAddress).toBeUndefined();
  });

  it('reads an organization\'s "City, Country" as the city', () => {
    const place = readCompanyPlace({ headquarters: 'Lisbon, Portugal' });

    expect(place.fields).toEqual({ locality: 'Lisbon', country: 'PT' });
  });

  it('leaves a place that is no known city of the country to normalizeLocation', () => {
    const place = readCompanyPlace({ headquarters: 'Nowhereshire, Portugal' });

    expect(place.fields).toEqual({ location: 'Nowhereshire, Portugal', country: undefined });
  });

  it('prefers structured address parts', () => {
    const place = readCompanyPlace({
      headquarters: 'Somewhere else',
      locality: 'Aarhus',
      country: 'DK',
      postalCode: '8000',
    });

    expect(place).toMatchObject({
      fields: { locality: 'Aarhus', country: 'DK' },
      from: { locality: 'locality', country: 'country' },
      postalCode: '8000',
    });
  });
});
