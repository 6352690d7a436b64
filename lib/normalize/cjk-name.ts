import {
  CHINESE_COMPOUND_SURNAMES,
  JAPANESE_SURNAMES,
  KOREAN_COMPOUND_SURNAMES,
} from './name-parts';

/** First and last name as the event carries them. */
export interface NameSplit {
  firstName?: string;
  lastName?: string;
}

/** Scripts written family name first (Han, kana, Hangul). */
export const CJK_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Latin letters, which a name written in CJK script alone does not have. */
const LATIN = /\p{Script=Latin}/u;

/** Kana: a name with any is Japanese. */
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Hangul only: a Korean name. */
const HANGUL_ONLY = /^\p{Script=Hangul}+$/u;

/** Middle dots between a foreign name's parts in Japanese and Chinese (`ジョン・スミス`). */
const MIDDLE_DOT = /[・·•‧]/;

/** Whether a name is written in CJK script only, and so family name first. */
export function isCjkName(name: string): boolean {
  return CJK_SCRIPT.test(name) && !LATIN.test(name);
}

/** Family name first: `family` characters, then the given name. */
function familyFirst(name: string, family: number): NameSplit {
  const chars = [...name];

  return { lastName: chars.slice(0, family).join(''), firstName: chars.slice(family).join('') };
}

/** A Korean name without spaces: one syllable of family name, two for the known ones. */
function splitKorean(name: string): NameSplit {
  const chars = [...name];
  if (chars.length >= 3 && KOREAN_COMPOUND_SURNAMES.has(chars.slice(0, 2).join(''))) {
    return chars.length <= 4 ? familyFirst(name, 2) : {};
  }

  return chars.length === 2 || chars.length === 3 ? familyFirst(name, 1) : {};
}

/**
 * A Chinese or Japanese name without spaces. Known compound Chinese and common Japanese
 * family names decide the split; otherwise a name of two or three Han characters is
 * Chinese, with a one-character family name (`王小明` → `王` `小明`). Kana without a known
 * family name, or four characters and more, are not split.
 */
function splitHan(name: string): NameSplit {
  const chars = [...name];
  const compound = chars.slice(0, 2).join('');
  if (chars.length >= 3 && CHINESE_COMPOUND_SURNAMES.has(compound)) return familyFirst(name, 2);
  const japanese = JAPANESE_SURNAMES.find(
    (surname) => name.startsWith(surname) && name.length > surname.length,
  );
  if (japanese) return familyFirst(name, japanese.length);
  if (KANA.test(name)) return {};

  return chars.length === 2 || chars.length === 3 ? familyFirst(name, 1) : {};
}

/**
 * First and last name of a name written in CJK script: family name first when written
 * with a space or without, given name first for foreign names joined by a middle dot.
 */
export function splitCjkName(name: string): NameSplit {
  const dotted = name.split(MIDDLE_DOT).filter(Boolean);
  if (dotted.length === 2) return { firstName: dotted[0], lastName: dotted[1] };
  const words = name.split(' ');
  if (words.length === 2) return { lastName: words[0], firstName: words[1] };
  if (words.length > 2 || dotted.length > 2) return {};

  return HANGUL_ONLY.test(name) ? splitKorean(name) : splitHan(name);
}
