import { foldTitle } from './fold-title';
import type { Keywords } from './types';

/** Where one keyword of one taxonomy entry was found in a folded title. */
export interface KeywordMatch<Value> {
  value: Value;
  start: number;
  end: number;
}

/**
 * A keyword ready to look for. Most of the 1,800 keywords occur in no given title; a text
 * every match contains rules them out with one `includes`, and their expressions are never
 * compiled: compiling and running all of them took tens of milliseconds per popup.
 */
export interface KeywordPattern {
  /** Folded text that every match contains (its longest literal run of words). */
  required: string;
  /** The keyword's global expression, compiled on first use. */
  expression(): RegExp;
}

/** A taxonomy entry with its keywords prepared. */
export interface CompiledEntry<Value> {
  value: Value;
  patterns: readonly KeywordPattern[];
}

const WORD_START = '(?<![a-z0-9])';
const WORD_END = '(?![a-z0-9])';
// A word that goes on is matched to its end, so a longer phrase still contains the match
// (`vice president*` covers all of `presidente`, hiding the `president*` inside it).
const REST_OF_WORD = '[a-z0-9]*';
const REST_OF_COMPOUND = '[a-z0-9]+';
const ONE_TO_THREE_WORDS = '[a-z0-9]+(?: [a-z0-9]+){0,2}';

/** The keyword's words, folded, with `...` (one to three words) kept as written. */
function foldedWords(keyword: string): string[] {
  const core = keyword.trim().replace(/^\*/, '').replace(/[*+]$/, '');

  return core
    .split(/\s+/)
    .map((word) => (word === '...' ? word : foldTitle(word)))
    .filter(Boolean);
}

/** Compiles one keyword pattern (syntax in `Keywords`) to a global regular expression. */
export function compileKeyword(keyword: string): RegExp {
  const body = foldedWords(keyword)
    .map((word) => (word === '...' ? ONE_TO_THREE_WORDS : word))
    .join(' ');
  const start = keyword.startsWith('*') ? '' : WORD_START;
  const end = keyword.endsWith('+')
    ? REST_OF_COMPOUND
    : keyword.endsWith('*')
      ? REST_OF_WORD
      : WORD_END;

  return new RegExp(`${start}${body}${end}`, 'g');
}

/** The longest run of literal words in a keyword: every match of it contains that text. */
export function requiredText(keyword: string): string {
  const runs = foldedWords(keyword).join(' ').split('...');

  return runs
    .map((run) => run.trim())
    .reduce((longest, run) => (run.length > longest.length ? run : longest), '');
}

/** Prepares one keyword: its required text now, its expression when first needed. */
export function prepareKeyword(keyword: string): KeywordPattern {
  let compiled: RegExp | undefined;

  return {
    required: requiredText(keyword),
    expression: () => (compiled ??= compileKeyword(keyword)),
  };
}

/** The keyword patterns of one language list, or of all of them, in writing order. */
export function listKeywords(keywords: Keywords): string[] {
  const lists = Object.values(keywords).flatMap((list) => list.split(','));

  return lists.map((keyword) => keyword.trim()).filter(Boolean);
}

/** Every keyword of every language, compiled for one entry. */
export function compileEntry<Value>(value: Value, keywords: Keywords): CompiledEntry<Value> {
  const unique = new Set(listKeywords(keywords));

  return { value, patterns: [...unique].map(prepareKeyword) };
}

/** Every place in the folded title where an entry's keyword occurs. */
export function findKeywords<Value>(
  folded: string,
  entries: readonly CompiledEntry<Value>[],
): KeywordMatch<Value>[] {
  return entries.flatMap(({ value, patterns }) =>
    patterns
      .filter((pattern) => folded.includes(pattern.required))
      .flatMap((pattern) =>
        [...folded.matchAll(pattern.expression())].map((found) => ({
          value,
          start: found.index,
          end: found.index + found[0].length,
        })),
      ),
  );
}

/**
 * The matches not lying inside a longer one, so a phrase outweighs its words
 * (`sales engineer` hides `sales` and `engineer`; `vice president` hides `president`).
 * `canHide` may spare a match that agrees with the longer one; by default none is spared.
 */
export function keepLongest<Value>(
  matches: KeywordMatch<Value>[],
  canHide: (outer: Value, inner: Value) => boolean = () => true,
): KeywordMatch<Value>[] {
  const isHidden = (inner: KeywordMatch<Value>, outer: KeywordMatch<Value>) =>
    outer.start <= inner.start &&
    inner.end <= outer.end &&
    outer.end - outer.start > inner.end - inner.start &&
    canHide(outer.value, inner.value);

  return matches.filter((match) => !matches.some((other) => isHidden(match, other)));
}
