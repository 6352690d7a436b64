import { normalizeWhitespace } from '../extract/text';
import { isCjkName, splitCjkName, type NameSplit } from './cjk-name';
import {
  CREDENTIALS,
  CREDENTIALS_AFTER_COMMA,
  DECORATION_PHRASES,
  GENERATIONAL_SUFFIXES,
  HONORIFICS,
  HONORIFICS_NEEDING_DOT,
  JOB_WORDS,
  PARTICLES,
  PARTICLES_NEEDING_LOWER_CASE,
  VIETNAMESE_SURNAMES,
} from './name-parts';

/** A person's names as the event carries them. */
export interface PersonName {
  fullName?: string;
  firstName?: string;
  lastName?: string;
}

/** The page's own name fields, when it has them, and the name as written. */
export interface NameInput {
  displayName?: string;
  givenName?: string;
  familyName?: string;
}

/** A cleaned name, with the split its writing made certain (`Last, First`). */
interface CleanedName {
  fullName: string;
  split?: NameSplit;
}

/** Pictographs, flags, skin-tone modifiers, keycaps, joiners, selectors and tag letters. */
const EMOJI_PARTS = [
  '\\p{Extended_Pictographic}',
  '\\p{Regional_Indicator}',
  '\\p{Emoji_Modifier}',
  '\\u20e3\\ufe0f',
  '\\u{e0020}-\\u{e007f}',
];
const EMOJI = new RegExp(`[${EMOJI_PARTS.join('')}]`, 'gu');

/** Text in brackets: nicknames, pronouns (LinkedIn's `(She/Her)`), other scripts. */
const BRACKETED = /\([^)]*\)|\[[^\]]*\]|（[^）]*）|【[^】]*】/g;

/** A nickname in quotes; a lone apostrophe (`O'Brien`) is not a quote. */
const QUOTE_MARKS = '"“”„«»';
const QUOTED_TEXT = `[${QUOTE_MARKS}][^${QUOTE_MARKS}]*[${QUOTE_MARKS}]`;
const SINGLE_QUOTED_TEXT = `‘[^’]*’|(^|\\s)'[^']+'(?=\\s|$)`;
const QUOTED = new RegExp(`${QUOTED_TEXT}|${SINGLE_QUOTED_TEXT}`, 'g');

/** Pronouns written without brackets (`she/her`, `He / Him / His`). */
const SUBJECT_PRONOUN = '(she|he|they|ze|xe)';
const OBJECT_PRONOUN = '(her|hers|him|his|them|theirs|they|she|he)';
const PRONOUNS = new RegExp(
  `(^|\\s)${SUBJECT_PRONOUN}\\s*/\\s*${OBJECT_PRONOUN}(\\s*/\\s*\\p{L}+)?(?=\\s|$)`,
  'giu',
);

/** Separators after which a page writes a headline or a status (`Jo Example | Hiring`). */
const SEPARATOR = /\s+[|–—•·-]\s+|\s*\|\s*/;

/** A word folded for the word lists: lower case, without dots. */
function fold(word: string): string {
  return word.toLowerCase().replace(/\./g, '').replace(/-/g, ' ');
}

/** The first part before a separator that is not a status such as `Open to work`. */
function dropHeadline(name: string): string {
  const segments = name.split(SEPARATOR).map((segment) => segment.trim());

  return (
    segments.find((segment) => /\p{L}/u.test(segment) && !DECORATION_PHRASES.test(segment)) ?? ''
  );
}

/**
 * Longer than any real name; such text is refused rather than cleaned, which also bounds
 * the work of the bracket and quote patterns on hostile input.
 */
const MAX_NAME_LENGTH = 200;

/** The name without emoji, bracketed or quoted nicknames, pronouns and headlines. */
function dropDecorations(written: string): string {
  if (written.length > MAX_NAME_LENGTH) return '';
  const name = normalizeWhitespace(written)
    .normalize('NFC')
    .replace(EMOJI, ' ')
    // A zero-width joiner belongs inside a word (some scripts need it), not beside a space.
    .replace(/(?<!\p{L})\u200d|\u200d(?!\p{L})/gu, '')
    .replace(BRACKETED, ' ')
    .replace(QUOTED, ' ')
    .replace(PRONOUNS, ' ')
    .replace(/\s+/g, ' ');

  return dropHeadline(name)
    .replace(/^[\s,;:|-]+|[\s,;:|-]+$/g, '')
    .trim();
}

/** Whether a word is an honorific: `Dr`, `Dr.`, `Prof.`; `Ing` only with its dot. */
function isHonorific(word: string): boolean {
  const folded = fold(word);
  if (!HONORIFICS.has(folded)) return false;

  return !HONORIFICS_NEEDING_DOT.has(folded) || word.endsWith('.');
}

/** Drops honorifics, several in a row too (`Prof. Dr. med.`), keeping at least one word. */
function dropHonorifics(words: string[]): string[] {
  const start = words.findIndex((word) => !isHonorific(word.replace(/,$/, '')));

  return start <= 0 ? words : words.slice(start);
}

/** Whether a comma-separated part holds only credentials or generational suffixes. */
function isCredentialPart(part: string): boolean {
  const words = part.trim().split(/\s+/).map(fold);
  const isCredential = (word: string) =>
    CREDENTIALS.has(word) || CREDENTIALS_AFTER_COMMA.has(word) || GENERATIONAL_SUFFIXES.has(word);

  return words.length > 0 && (words.every(isCredential) || CREDENTIALS.has(words.join(' ')));
}

/** Drops credentials written at the end without a comma (`Jonas Weber MBA PMP`). */
function dropTrailingCredentials(words: string[]): string[] {
  const kept = [...words];
  while (kept.length > 1 && CREDENTIALS.has(fold(kept.at(-1)!))) kept.pop();

  return kept;
}

/** Whether the words could be a family name alone: one word, or particles and a word. */
function looksLikeFamilyName(words: string[]): boolean {
  return words.every((word, index) => index === words.length - 1 || PARTICLES.has(fold(word)));
}

/**
 * The name with its comma parts read: credentials dropped, generational suffixes kept,
 * `Last, First` turned around, a job title after a comma dropped. A comma part that is
 * none of these is kept as written: the name's order is not certain.
 */
function readCommaParts(name: string): CleanedName {
  const [head = '', ...tail] = name.split(',').map((part) => part.trim());
  const suffixes = tail.filter((part) => GENERATIONAL_SUFFIXES.has(fold(part)));
  const rest = tail.filter((part) => part && !isCredentialPart(part));
  const headWords = dropTrailingCredentials(dropHonorifics(head.split(' ')));
  const withSuffixes = (words: string[]) => [...words, ...suffixes].join(' ');
  if (rest.length === 0 || (rest.length === 1 && JOB_WORDS.test(rest[0]!))) {
    return { fullName: withSuffixes(headWords) };
  }
  const given = dropHonorifics(rest[0]!.split(' '));
  if (rest.length === 1 && looksLikeFamilyName(headWords) && given.length <= 3) {
    const split = { firstName: given[0], lastName: headWords.join(' ') };

    return { fullName: withSuffixes([...given, ...headWords]), split };
  }

  return { fullName: [headWords.join(' '), ...rest].join(', ') };
}

/** The cleaned name and the split its writing made certain, if any. */
function cleanName(written: string): CleanedName | undefined {
  const name = dropDecorations(written);
  if (name === '') return undefined;
  const cleaned = readCommaParts(name);

  return cleaned.fullName === '' ? undefined : cleaned;
}

/**
 * The name without decorations: emoji, nicknames in brackets or quotes, pronouns,
 * headlines after a separator (`| Hiring`), honorifics and credentials. `Last, First`
 * is turned around; generational suffixes (`Jr.`) stay.
 */
export function cleanFullName(written: string): string | undefined {
  return cleanName(written)?.fullName;
}

/** Whether a word is an initial (`J.`, `K`). */
function isInitial(word: string): boolean {
  return /^\p{L}\.?$/u.test(word);
}

/** Whether a word is a particle starting a family name (`van`; `Van` only if not a name). */
function isParticle(word: string): boolean {
  const folded = fold(word);
  if (/^(al|el)-\p{L}/iu.test(word)) return true;
  if (!PARTICLES.has(folded)) return false;

  return !PARTICLES_NEEDING_LOWER_CASE.has(folded) || word === folded;
}

/** Whether a word is written in capitals, as French and other pages write family names. */
function isCapitalized(word: string): boolean {
  return /\p{L}{2}/u.test(word) && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** `Jean DUPONT` or `DUPONT Jean`: the family name is the run of words in capitals. */
function splitByCapitals(words: string[]): NameSplit | undefined {
  const capitals = words.map(isCapitalized);
  const count = capitals.filter(Boolean).length;
  if (count === 0 || count === words.length) return undefined;
  const first = capitals.indexOf(true);
  const isRun = capitals.slice(first, first + count).every(Boolean);
  const atAnEnd = first === 0 || first + count === words.length;
  if (!isRun || !atAnEnd) return undefined;
  const family = words.slice(first, first + count).join(' ');
  const given = words.filter((_, index) => !capitals[index]);

  return { firstName: given[0], lastName: family };
}

/** A name in Latin or other left-to-right scripts written given name first. */
function splitGivenFirst(words: string[]): NameSplit {
  const byCapitals = splitByCapitals(words);
  if (byCapitals) return byCapitals;
  // `Nguyen Van An` is family name first, and `Van` is a middle name: no split is certain.
  if (words.length > 2 && VIETNAMESE_SURNAMES.has(fold(words[0]!))) return {};
  const particle = words.findIndex((word, index) => index > 0 && isParticle(word));
  const isPrefixed = particle > 0 && words[particle]!.includes('-');
  if (particle > 0 && (particle < words.length - 1 || isPrefixed)) {
    return {
      firstName: words.slice(0, particle).join(' '),
      lastName: words.slice(particle).join(' '),
    };
  }
  const [first = '', second = '', third] = words;
  if (words.length === 2) {
    if (isInitial(second)) return { firstName: first };

    return isInitial(first) ? { lastName: second } : { firstName: first, lastName: second };
  }
  if (words.length === 3 && isInitial(second) && !isInitial(first)) {
    return { firstName: first, lastName: third };
  }

  return isInitial(first) ? {} : { firstName: first };
}

/**
 * First and last name split off a cleaned full name when the page gives no name fields.
 * Only the certain cases: two words, a particle-led or capitalized family name, a middle
 * initial, or a CJK name. `Ana María López` could hold a middle or a second family name,
 * so its last name is left empty.
 */
export function splitFullName(fullName: string): NameSplit {
  // A comma left in a cleaned name marks an order that could not be read.
  if (fullName.includes(',')) return {};
  if (isCjkName(fullName)) return splitCjkName(fullName);
  const words = fullName.split(' ').filter(Boolean);
  while (words.length > 2 && GENERATIONAL_SUFFIXES.has(fold(words.at(-1)!))) words.pop();
  if (words.length < 2) return {};

  return splitGivenFirst(words);
}

/** A given or family name field without decorations, honorifics and credentials. */
function cleanNamePart(part: string | undefined): string | undefined {
  const name = part && dropDecorations(part);
  if (!name) return undefined;
  const [head = '', ...tail] = name.split(',').map((piece) => piece.trim());
  const words = dropTrailingCredentials(dropHonorifics(head.split(' ')));
  const kept = tail.filter((piece) => piece && !isCredentialPart(piece));

  return [words.join(' '), ...kept].join(', ') || undefined;
}

/** Given and family name as one full name; a CJK name family name first. */
function composeFullName(given?: string, family?: string): string | undefined {
  if (given && family && isCjkName(given + family)) {
    return /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(given + family)
      ? `${family} ${given}`
      : `${family}${given}`;
  }

  return [given, family].filter(Boolean).join(' ') || undefined;
}

/**
 * Full, first and last name. First and last come from the page's own name fields when it
 * has them, never from splitting the display name.
 */
export function normalizeName(input: NameInput): PersonName {
  const given = cleanNamePart(input.givenName);
  const family = cleanNamePart(input.familyName);
  const cleaned = input.displayName ? cleanName(input.displayName) : undefined;
  const fullName = cleaned?.fullName ?? composeFullName(given, family);
  if (given || family) return { fullName, firstName: given, lastName: family };
  if (!cleaned) return { fullName };

  return { fullName, ...(cleaned.split ?? splitFullName(cleaned.fullName)) };
}
