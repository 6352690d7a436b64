/** Letters that Unicode decomposition leaves whole, with the ASCII spelling writers use. */
const LETTER_FALLBACKS: Record<string, string> = {
  ß: 'ss',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ı: 'i',
};

/**
 * What separates the titles of a headline, or a title from its employer: bars, bullets,
 * semicolons, a dash between spaces, `@` and the word for "at" in the supported languages.
 * A slash, comma or `&` stays: they join parts of one title (`Founder/CEO`, `VP, Sales`).
 */
const SEGMENT_SEPARATOR = /[|•·▪►‣;@–—]|\s-\s|\s(?:at|bei|chez|presso|bij)\s/i;

/**
 * The first non-empty part of a headline: `CEO & Co-founder | Investor` gives
 * `CEO & Co-founder`.
 */
export function firstTitleSegment(title: string): string {
  const segments = title.split(SEGMENT_SEPARATOR).map((segment) => segment.trim());

  return segments.find((segment) => /[\p{L}\p{N}]/u.test(segment)) ?? '';
}

/** A letter that has no decomposition, written in plain Latin letters (`ß` → `ss`). */
function spellOut(letter: string): string {
  return LETTER_FALLBACKS[letter] ?? letter;
}

/**
 * The text lower-cased, without diacritics, with every run of other characters (emoji,
 * punctuation, decorations) as one space: `Co-Founder 🚀` → `co founder`.
 */
export function foldTitle(text: string): string {
  const lower = text.toLowerCase();
  // ASCII has nothing to decompose; the 1,800 keywords are folded each time the popup opens.
  const bare = /^[\u0000-\u007f]*$/.test(lower) ? lower : withoutDiacritics(lower);

  return bare.replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Lower-case text without diacritics, the letters decomposition leaves whole spelled out. */
function withoutDiacritics(lower: string): string {
  const spelled = lower.replace(/[ßłøæœđı]/g, spellOut);

  return spelled.normalize('NFD').replace(/\p{M}/gu, '');
}
