/**
 * A place or word folded for comparison: lower case, no diacritics, no dots, one space
 * between words, so `Tôkyô`, `Tokyo` and `TOKYO` meet, and `St. Louis` meets `St Louis`.
 */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[.’']/g, '')
    .replace(/[\s-]+/g, ' ')
    .trim();
}
