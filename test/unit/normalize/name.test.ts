import { describe, expect, it } from 'vitest';
import { cleanFullName, normalizeName, splitFullName } from '../../../lib/normalize/name';

describe('cleanFullName', () => {
  it.each([
    ['Dr. Amara Okafor, PhD', 'Amara Okafor'],
    ['Prof. Dr. Lena Brandt', 'Lena Brandt'],
    ['Jonas Weber MBA', 'Jonas Weber'],
    ['Priya Raman, MD, FACS', 'Priya Raman'],
    ['Robert "Bobby" Tables', 'Robert Tables'],
    ['Katarzyna (Kasia) Nowak', 'Katarzyna Nowak'],
    ['Sam Rivera (They/Them)', 'Sam Rivera'],
    ['🚀 Mia Chen 🇸🇬', 'Mia Chen'],
    ['  Ana   María López ', 'Ana María López'],
  ])('cleans %j to %j', (written, cleaned) => {
    expect(cleanFullName(written)).toBe(cleaned);
  });

  it('keeps surnames that look like degrees when no comma marks them', () => {
    expect(cleanFullName('Li Ma')).toBe('Li Ma');
    expect(cleanFullName('Ingrid Pe')).toBe('Ingrid Pe');
  });

  it('keeps given names that are also honorifics without their dot', () => {
    expect(cleanFullName('Ing Wong')).toBe('Ing Wong');
  });

  it('gives undefined when nothing is left', () => {
    expect(cleanFullName(' 🎉 ')).toBeUndefined();
  });
});

describe('splitFullName', () => {
  it('splits two words into first and last name', () => {
    expect(splitFullName('Ingrid Valdés')).toEqual({ firstName: 'Ingrid', lastName: 'Valdés' });
  });

  it('starts the last name at a family-name particle', () => {
    expect(splitFullName('Anneke van der Berg')).toEqual({
      firstName: 'Anneke',
      lastName: 'van der Berg',
    });
  });

  it('leaves the last name empty when a middle name and a double surname look alike', () => {
    expect(splitFullName('Ana María López')).toEqual({ firstName: 'Ana' });
  });

  it('keeps the family-name-first order of CJK names', () => {
    expect(splitFullName('山田 太郎')).toEqual({ lastName: '山田', firstName: '太郎' });
  });

  it('does not split a single word', () => {
    expect(splitFullName('Prince')).toEqual({});
  });
});

describe('normalizeName', () => {
  it('takes first and last name from the page name fields, never from a split', () => {
    const name = normalizeName({
      displayName: 'Marisol Quintero Vega',
      givenName: 'Marisol',
      familyName: 'Quintero Vega',
    });

    expect(name).toEqual({
      fullName: 'Marisol Quintero Vega',
      firstName: 'Marisol',
      lastName: 'Quintero Vega',
    });
  });

  it('composes the full name from the name fields when no display name is given', () => {
    expect(normalizeName({ givenName: 'Tomasz', familyName: 'Wierzbicki' }).fullName).toBe(
      'Tomasz Wierzbicki',
    );
  });

  it('splits the cleaned display name when the page has no name fields', () => {
    expect(normalizeName({ displayName: 'Dr. Ingrid Valdés, PhD' })).toEqual({
      fullName: 'Ingrid Valdés',
      firstName: 'Ingrid',
      lastName: 'Valdés',
    });
  });
});
