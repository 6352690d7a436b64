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

/** Titles written before a name; those that are also given names only with their dot. */
const HONORIFIC = /^((dr|dra|prof|professor|mr|mrs|ms|mx|sir|dame)\.?|(rev|ing|mag|sr|sra)\.)\s+/i;

/** Degrees and certifications that are never a surname, stripped wherever they end a name. */
const POST_NOMINAL = /^(ph\.?d\.?|mba|m\.?sc\.?|b\.?sc\.?|cpa|cfa|pmp|esq\.?|dphil|facs|frcs)$/i;

/** Short post-nominals that are also surnames (`Li Ma`), stripped only after a comma. */
const COMMA_POST_NOMINAL = /^(m\.?d\.?|ma|ba|bs|ms|pe|rn|jd|llm|cissp|cpa|ceo|cto)$/i;

/** Family-name particles that start a last name (`van der Berg`, `de la Cruz`). */
const PARTICLE = /^(van|von|der|den|de|del|della|di|da|dos|das|du|la|le|bin|ibn|al|ter|ten)$/i;

/** Scripts written family name first (Han, kana, Hangul). */
const FAMILY_FIRST_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Pictographs, flags, skin-tone modifiers, keycaps, joiners, selectors and tag letters. */
const EMOJI_PARTS = [
  '\\p{Extended_Pictographic}',
  '\\p{Regional_Indicator}',
  '\\p{Emoji_Modifier}',
  '\\u20e3\\u200d\\ufe0f',
  '\\u{e0020}-\\u{e007f}',
];
const EMOJI = new RegExp(`[${EMOJI_PARTS.join('')}]`, 'gu');

/** Drops honorifics, several in a row too (`Prof. Dr.`). */
function dropHonorifics(name: string): string {
  let rest = name;
  while (HONORIFIC.test(rest)) rest = rest.replace(HONORIFIC, '');

  return rest;
}

/** Drops post-nominals, whether after a comma (`, PhD`) or at the end (`MBA`). */
function dropPostNominals(name: string): string {
  const [head = '', ...tail] = name.split(',');
  const isPostNominal = (word: string) => POST_NOMINAL.test(word) || COMMA_POST_NOMINAL.test(word);
  const kept = tail.filter((part) => !part.trim().split(/\s+/).every(isPostNominal));
  const words = [head, ...kept].join(',').trim().split(/\s+/);
  while (words.length > 1 && POST_NOMINAL.test(words.at(-1)!.replace(/,$/, ''))) words.pop();

  return words.join(' ').replace(/,$/, '');
}

/**
 * The name without decorations: emoji, nicknames in parentheses or quotes (also
 * LinkedIn's pronouns, `(She/Her)`), honorifics and post-nominals.
 */
export function cleanFullName(written: string): string | undefined {
  const name = written
    .replace(EMOJI, ' ')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/["“”„«»][^"“”„«»]*["“”„«»]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const cleaned = dropPostNominals(dropHonorifics(name)).replace(/\s+/g, ' ').trim();

  return cleaned === '' ? undefined : cleaned;
}

/**
 * First and last name split off a cleaned full name when the page gives no name fields.
 * Only the certain cases: two words, a particle-led surname, or a family-first script
 * written with a space. `Ana María López` could hold a middle or a second family name,
 * so its last name is left empty.
 */
export function splitFullName(fullName: string): Omit<PersonName, 'fullName'> {
  const words = fullName.split(' ');
  if (words.length < 2) return {};
  if (FAMILY_FIRST_SCRIPT.test(fullName)) {
    return words.length === 2 ? { lastName: words[0], firstName: words[1] } : {};
  }
  const particle = words.findIndex((word, index) => index > 0 && PARTICLE.test(word));
  if (words.length === 2 || particle > 0) {
    const start = particle > 0 ? particle : 1;

    return { firstName: words.slice(0, start).join(' '), lastName: words.slice(start).join(' ') };
  }

  return { firstName: words[0] };
}

/**
 * Full, first and last name. First and last come from the page's own name fields when it
 * has them, never from splitting the display name.
 */
export function normalizeName(input: NameInput): PersonName {
  const given = input.givenName?.trim() || undefined;
  const family = input.familyName?.trim() || undefined;
  const written = input.displayName ?? [given, family].filter(Boolean).join(' ');
  const fullName = cleanFullName(written);
  if (given || family) return { fullName, firstName: given, lastName: family };

  return { fullName, ...(fullName ? splitFullName(fullName) : {}) };
}
