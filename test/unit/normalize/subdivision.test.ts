import { describe, expect, it } from 'vitest';
import { findSubdivision, subdivisionsNamed } from '../../../lib/normalize/subdivision';

describe('findSubdivision', () => {
  it.each([
    ['DE', 'Bayern', 'BY'],
    ['DE', 'Bavaria', 'BY'],
    ['DE', 'by', 'BY'],
    ['US', 'California', 'CA'],
    ['US', 'CA', 'CA'],
    ['CA', 'Québec', 'QC'],
    ['ES', 'Comunidad de Madrid', 'MD'],
    ['ES', 'Valenciana, Comunidad', 'VC'],
    ['JP', 'Tokyo', '13'],
    ['IN', 'Maharashtra', 'MH'],
    ['BR', 'State of São Paulo', 'SP'],
  ])('finds the %s region written %j: %s', (country, written, code) => {
    expect(findSubdivision(country, written)?.code).toBe(code);
  });

  it('names a region written as a code in a readable order', () => {
    expect(findSubdivision('ES', 'MD')?.name).toBe('Comunidad de Madrid');
    expect(findSubdivision('CA', 'QC')?.name).toBe('Quebec');
  });

  it('gives undefined for a name the country has no region for', () => {
    expect(findSubdivision('US', 'Bavaria')).toBeUndefined();
    expect(findSubdivision('US', 'ZZ')).toBeUndefined();
  });

  it('finds every country with a region of a name', () => {
    const countries = subdivisionsNamed('Limburg').map((found) => found.countryCode);

    expect(countries.sort()).toEqual(['BE', 'NL']);
  });
});
