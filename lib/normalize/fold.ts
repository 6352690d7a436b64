/** Text made of ASCII only: it has no diacritics to take off. */
const ASCII_ONLY = /^[\u0000-\u007f]*$/;

/**
 * A place or word folded for comparison: lower case, no diacritics, no dots, one space
 * between words, so `Tôkyô`, `Tokyo` and `TOKYO` meet, and `St. Louis` meets `St Louis`.
 */
export function foldForMatch(text: string): string {
  // The place indexes fold tens of thousands of names, mostly ASCII, each time the popup
  // opens: skipping Unicode normalization for those halves the popup's location work.
  const plain = ASCII_ONLY.test(text) ? text : withoutDiacritics(text);

  return plain
    .toLowerCase()
    .replace(/[.’']/g, '')
    .replace(/[\s-]+/g, ' ')
    .trim();
}

/** Base letters only: marks taken off, and the letters NFD does not split mapped by hand. */
function withoutDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss');
}
