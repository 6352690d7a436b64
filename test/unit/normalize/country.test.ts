import { describe, expect, it } from 'vitest';
import { countryName, toCountryCode } from '../../../lib/normalize/country';

describe('toCountryCode', () => {
  it.each([
    ['Spain', 'ES'],
    ['es', 'ES'],
    ['ESP', 'ES'],
    ['United States', 'US'],
    ['USA', 'US'],
    ['The Netherlands', 'NL'],
    ['UK', 'GB'],
    [' Ghana ', 'GH'],
    ['Deutschland', 'DE'],
    ['Allemagne', 'DE'],
    ['España', 'ES'],
    ['espana', 'ES'],
    ['Brasil', 'BR'],
    ['Polska', 'PL'],
    ['Nederland', 'NL'],
    ['Italia', 'IT'],
    ['Schweiz', 'CH'],
    ['Österreich', 'AT'],
    ['Türkiye', 'TR'],
    ['Россия', 'RU'],
    ['日本', 'JP'],
    ['대한민국', 'KR'],
    ['United States of America', 'US'],
    ['England', 'GB'],
  ])('reads %j as %j', (written, code) => {
    expect(toCountryCode(written)).toBe(code);
  });

  it('gives undefined for a name two countries share', () => {
    expect(toCountryCode('Congo')).toBeUndefined();
  });

  it('gives undefined for a place that is not a country', () => {
    expect(toCountryCode('Valencia')).toBeUndefined();
    expect(toCountryCode('ZZ')).toBeUndefined();
  });
});

describe('countryName', () => {
  it('names a code in English', () => {
    expect(countryName('GH')).toBe('Ghana');
    expect(countryName('PL')).toBe('Poland');
  });
});
