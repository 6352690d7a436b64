import { iso31662 } from 'iso-3166';
import { foldForMatch } from './fold';
import { SUBDIVISION_ALIASES } from './subdivision-names';

/** A first-level subdivision of a country (a state, province, region or prefecture). */
export interface Subdivision {
  /** The subdivision part of the ISO 3166-2 code: `CA` of `US-CA`, `BY` of `DE-BY`. */
  code: string;
  /** The country's ISO 3166-1 alpha-2 code. */
  countryCode: string;
  /** The ISO list's name in a readable order: `Comunidad de Madrid`, not `Madrid, Comunidad de`. */
  name: string;
}

/** Generic words some pages put before a region's name (`State of São Paulo`). */
const GENERIC_PREFIX = /^(state of|province of|estado de|provincia de|prefecture of|land) /;

/** Words that end a name written the ISO list's inverted way (`Murcia, Región de`). */
const INVERTED_TAIL = /\b(de|del|of|do|da|la)$/;

/** A readable name: `Madrid, Comunidad de` → `Comunidad de Madrid`; bilingual → first. */
function readableName(isoName: string): string {
  const [head = '', tail] = isoName.split(', ');
  if (tail === undefined) return isoName;

  return INVERTED_TAIL.test(tail) || !tail.includes(' ') ? `${tail} ${head}` : head;
}

/** The names a subdivision may be written as, beyond its ISO 3166-2 code. */
function namesOf(isoName: string, isoCode: string): string[] {
  const withoutNote = isoName.replace(/\s*\([^)]*\)/, '');
  const note = /\(([^)]*)\)/.exec(isoName)?.[1];

  return [isoName, readableName(isoName), withoutNote, ...(note ? [note] : [])].concat(
    SUBDIVISION_ALIASES[isoCode] ?? [],
  );
}

/** Folded names of every first-level subdivision, each with the full codes it may mean. */
let nameIndex: Map<string, Set<string>> | undefined;
let byCode: Map<string, Subdivision> | undefined;

/** Builds both indexes once, on first use: the ISO list has about 5,000 rows. */
function indexes() {
  if (nameIndex && byCode) return { nameIndex, byCode };
  nameIndex = new Map();
  byCode = new Map();
  for (const { code, name, parent } of iso31662) {
    if (parent.length !== 2) continue;
    byCode.set(code, { code: code.slice(3), countryCode: parent, name: readableName(name) });
    for (const written of namesOf(name, code)) {
      const key = foldForMatch(written);
      nameIndex.set(key, (nameIndex.get(key) ?? new Set()).add(code));
    }
  }

  return { nameIndex, byCode };
}

/** Every first-level subdivision, of any country, that a written name may mean. */
export function subdivisionsNamed(written: string): Subdivision[] {
  const { nameIndex: names, byCode: codes } = indexes();
  const folded = foldForMatch(written);
  const found = names.get(folded) ?? names.get(folded.replace(GENERIC_PREFIX, '')) ?? [];

  return [...found].map((code) => codes.get(code)!);
}

/** The subdivision of a country written as its code (`QC`, `NSW`, `by`), if it has one. */
export function subdivisionByCode(countryCode: string, written: string): Subdivision | undefined {
  if (!/^[a-z0-9]{1,3}$/i.test(written)) return undefined;

  return indexes().byCode.get(`${countryCode}-${written}`.toUpperCase());
}

/**
 * The one subdivision of a country that a region written as a name or a code means, or
 * `undefined` when none does or the name is shared by two (a region and a province).
 */
export function findSubdivision(countryCode: string, written: string): Subdivision | undefined {
  const byItsCode = subdivisionByCode(countryCode, written.trim());
  if (byItsCode) return byItsCode;
  const named = subdivisionsNamed(written).filter((found) => found.countryCode === countryCode);

  return named.length === 1 ? named[0] : undefined;
}
