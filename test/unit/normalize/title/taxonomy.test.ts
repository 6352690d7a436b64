import { describe, expect, it } from 'vitest';
import { foldTitle } from '../../../../lib/normalize/title/fold-title';
import {
  compileKeyword,
  listKeywords,
  requiredText,
} from '../../../../lib/normalize/title/keyword-pattern';
import { ROLE_FAMILIES, ROLE_NEUTRAL_PHRASES } from '../../../../lib/normalize/title/role-families';
import {
  SENIORITY_LEVELS,
  SENIORITY_NEUTRAL_PHRASES,
} from '../../../../lib/normalize/title/seniority-levels';
import { SENIORITY_ORDER, type Keywords } from '../../../../lib/normalize/title/types';

const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl'];

/** The owner of each keyword, to find one keyword claimed by two owners. */
function findSharedKeywords(owners: [string, Keywords][]): string[] {
  const ownerOf = new Map<string, string>();
  const shared: string[] = [];
  for (const [owner, keywords] of owners) {
    for (const keyword of new Set(listKeywords(keywords))) {
      const previous = ownerOf.get(keyword);
      if (previous && previous !== owner) shared.push(`${keyword}: ${previous} / ${owner}`);
      ownerOf.set(keyword, owner);
    }
  }

  return shared;
}

describe('the role taxonomy', () => {
  it('names every family in all eight languages', () => {
    for (const family of ROLE_FAMILIES) {
      const named = LANGUAGES.filter(
        (language) =>
          family.subRoles.some((subRole) => language in subRole.keywords) ||
          language in family.keywords,
      );

      expect(named, family.name).toEqual(LANGUAGES);
    }
  });

  it('gives each keyword to one family at most', () => {
    const owners = ROLE_FAMILIES.flatMap((family) => [
      [family.name, family.keywords] as [string, Keywords],
      ...family.subRoles.map((subRole) => [family.name, subRole.keywords] as [string, Keywords]),
    ]);

    expect(findSharedKeywords([...owners, ['neutral', ROLE_NEUTRAL_PHRASES]])).toEqual([]);
  });

  it('has unique family and sub-role names', () => {
    const names = ROLE_FAMILIES.map((family) => family.name);
    const subRoles = ROLE_FAMILIES.flatMap((family) => family.subRoles.map(({ name }) => name));

    expect(new Set(names).size).toBe(names.length);
    expect(new Set(subRoles).size).toBe(subRoles.length);
  });
});

describe('the seniority taxonomy', () => {
  it('lists the levels highest first, as SENIORITY_ORDER does', () => {
    expect(SENIORITY_LEVELS.map(({ level }) => level)).toEqual([...SENIORITY_ORDER]);
  });

  it('gives each keyword to one level at most', () => {
    const owners = SENIORITY_LEVELS.map(
      ({ level, keywords }) => [level, keywords] as [string, Keywords],
    );

    expect(findSharedKeywords([...owners, ['neutral', SENIORITY_NEUTRAL_PHRASES]])).toEqual([]);
  });

  it('has markers in at least four languages for every level', () => {
    for (const { level, keywords } of SENIORITY_LEVELS) {
      expect(Object.keys(keywords).length, level).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('every keyword', () => {
  const all = [
    ...ROLE_FAMILIES.flatMap((family) => [
      family.keywords,
      ...family.subRoles.map((subRole) => subRole.keywords),
    ]),
    ROLE_NEUTRAL_PHRASES,
    ...SENIORITY_LEVELS.map(({ keywords }) => keywords),
    SENIORITY_NEUTRAL_PHRASES,
  ].flatMap(listKeywords);

  it('compiles to a pattern that finds its own plain form', () => {
    for (const keyword of all) {
      const plain = keyword.replace(/^\*|[*+]$/g, '').replace(/\.\.\./g, 'some words');
      const sample = keyword.endsWith('+') ? `${plain}x` : plain;

      expect(compileKeyword(keyword).test(foldTitle(sample)), keyword).toBe(true);
    }
  });

  it('has a required text that every match of its own plain form contains', () => {
    for (const keyword of all) {
      const plain = keyword.replace(/^\*|[*+]$/g, '').replace(/\.\.\./g, 'some words');
      const sample = foldTitle(keyword.endsWith('+') ? `${plain}x` : plain);

      for (const found of sample.matchAll(compileKeyword(keyword))) {
        expect(found[0], keyword).toContain(requiredText(keyword));
      }
    }
  });
});
