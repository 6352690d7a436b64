import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../../../lib/normalize/fold';

describe('foldForMatch', () => {
  it('folds ASCII names to lower case without dots, apostrophes or repeated spaces', () => {
    expect(foldForMatch('  St. Louis ')).toBe('st louis');
    expect(foldForMatch("Côte-d'Ivoire")).toBe('cote divoire');
    expect(foldForMatch('Rio\tGrande -  do Sul')).toBe('rio grande do sul');
  });

  it('takes diacritics and the letters NFD does not split off other names', () => {
    expect(foldForMatch('Tôkyô')).toBe('tokyo');
    expect(foldForMatch('Łódź')).toBe('lodz');
    expect(foldForMatch('Tromsø')).toBe('tromso');
    expect(foldForMatch('Gießen')).toBe('giessen');
    expect(foldForMatch('Provence-Alpes-Côte d’Azur')).toBe('provence alpes cote dazur');
  });

  it('folds an ASCII name and its accented spelling alike', () => {
    expect(foldForMatch('MUNCHEN')).toBe(foldForMatch('München'));
  });
});
