import { describe, expect, it } from 'vitest';
import {
  compileEntry,
  compileKeyword,
  findKeywords,
  keepLongest,
  listKeywords,
  requiredText,
} from '../../../../lib/normalize/title/keyword-pattern';

/** Whether a keyword pattern occurs in an already folded title. */
function matches(keyword: string, folded: string): boolean {
  return compileKeyword(keyword).test(folded);
}

describe('compileKeyword', () => {
  it('matches whole words only', () => {
    expect(matches('cto', 'cto')).toBe(true);
    expect(matches('cto', 'doctor')).toBe(false);
    expect(matches('intern', 'international sales')).toBe(false);
  });

  it('lets a leading star accept a compound’s first part', () => {
    expect(matches('*leiter', 'vertriebsleiter')).toBe(true);
    expect(matches('leiter', 'vertriebsleiter')).toBe(false);
  });

  it('lets a trailing star accept an ending and a plus require one', () => {
    expect(matches('vertrieb*', 'vertriebsleiter')).toBe(true);
    expect(matches('vertrieb*', 'vertrieb')).toBe(true);
    expect(matches('personal+', 'personalleiter')).toBe(true);
    expect(matches('personal+', 'personal assistant')).toBe(false);
  });

  it('lets three dots stand for one to three words', () => {
    expect(matches('chief ... officer', 'chief revenue officer')).toBe(true);
    expect(matches('chief ... officer', 'chief product and technology officer')).toBe(true);
    expect(matches('chief ... officer', 'chief officer')).toBe(false);
  });

  it('folds the keyword as it folds titles', () => {
    expect(matches('geschäftsführer*', 'geschaftsfuhrerin')).toBe(true);
    expect(matches("chef d'équipe", 'chef d equipe')).toBe(true);
  });
});

describe('listKeywords', () => {
  it('splits each language list on commas and line breaks', () => {
    expect(listKeywords({ en: 'a, b c,\n  d', de: 'e' })).toEqual(['a', 'b c', 'd', 'e']);
  });
});

describe('requiredText', () => {
  it('is the longest literal run of folded words', () => {
    expect(requiredText('chief ... officer')).toBe('officer');
    expect(requiredText('*gründer*')).toBe('grunder');
    expect(requiredText('co-founder*')).toBe('co founder');
    expect(requiredText('head of ...')).toBe('head of');
  });
});

describe('findKeywords', () => {
  it('finds keywords whose required text the title holds, and only where they match', () => {
    const entry = compileEntry('lead', { en: 'head of ..., cto, lead*, team lead' });

    const found = findKeywords('team lead and head of platform engineering', [entry]);

    expect(found.map(({ start, end }) => [start, end])).toEqual([
      [14, 42],
      [5, 9],
      [0, 9],
    ]);
  });
});

describe('keepLongest', () => {
  it('drops a match lying inside a longer one and keeps overlapping ones', () => {
    const inner = { value: 'inner', start: 5, end: 9 };
    const outer = { value: 'outer', start: 0, end: 9 };
    const overlapping = { value: 'overlapping', start: 7, end: 12 };

    expect(keepLongest([inner, outer, overlapping])).toEqual([outer, overlapping]);
  });

  it('keeps two matches of the same span', () => {
    const first = { value: 'first', start: 0, end: 4 };
    const second = { value: 'second', start: 0, end: 4 };

    expect(keepLongest([first, second])).toEqual([first, second]);
  });
});
