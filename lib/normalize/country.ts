import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';

// Names are looked up in English; pages in other languages mostly write codes or English.
countries.registerLocale(english);

/**
 * The ISO 3166-1 alpha-2 code of a country written as an alpha-2 or alpha-3 code or as an
 * English name (`Spain`, `ESP`, `es`, `USA`, `UK`), or `undefined` when it is not a country.
 */
export function toCountryCode(written: string): string | undefined {
  const value = written.trim();
  if (/^[a-z]{2}$/i.test(value) && countries.isValid(value)) return value.toUpperCase();
  if (/^[a-z]{3}$/i.test(value)) {
    const code = countries.alpha3ToAlpha2(value.toUpperCase());
    if (code) return code;
  }

  return countries.getAlpha2Code(value, 'en');
}

/** The English name of a country code, e.g. `GH` → `Ghana`. */
export function countryName(code: string): string | undefined {
  return countries.getName(code, 'en');
}
